// Dates as precisely as the record knows them: an event known only by its year reads "2021", not "2021-01-01".
import type { IsoDate } from '../types';

export type DatePrecision = 'day' | 'month' | 'year';

export function dateAt(date: IsoDate, precision: DatePrecision = 'day'): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date;
}

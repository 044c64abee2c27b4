// Arithmetic on calendar days written as ISO dates (yyyy-mm-dd), in UTC: no time zone moves a day.
import type { IsoDate } from './types';

/** The day `days` after `from` (before it, when negative). */
export function addDays(from: IsoDate, days: number): IsoDate {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

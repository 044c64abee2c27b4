// An event's date as precisely as the record knows it: "2025-01-21", "September 2025", or just "2021".
import type { FactEvent } from '../factbase/schema';

/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function eventDate(event: Pick<FactEvent, 'date' | 'datePrecision'> | undefined): string {
  if (!event) return '';
  const [year, month] = event.date.split('-');
  if (event.datePrecision === 'year') return year;
  if (event.datePrecision === 'month') return `${MONTHS[Number(month) - 1]} ${year}`;
  return event.date;
}

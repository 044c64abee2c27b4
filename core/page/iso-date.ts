// Turns the date strings pages put in metadata into a calendar date (YYYY-MM-DD), or null.
// The date is taken as written: "2023-01-23T23:30:00-08:00" is 2023-01-23 (the writer's calendar day);
// converting through `Date` would shift it to the reader's or UTC's day.
import type { IsoDate } from '../types';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Numeric forms: 2023-01-23, 2023-1-5, 2023/01/23, 2023.01.23, 20230123, each optionally followed by a time. */
const NUMERIC = /^(\d{4})([-/.]?)(\d{1,2})\2(\d{1,2})(?:$|[Tt\s])/;
/** "January 23, 2023", "Jan. 23 2023", "Monday, January 23, 2023 10:00 AM". */
const MONTH_FIRST = /^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])/i;
/** "23 January 2023", "Mon, 23 Jan 2023 10:00:00 GMT". */
const DAY_FIRST = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?:$|[\s,T])/i;

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YYYY-MM-DD for a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date a metadata string names, or null when it is empty, malformed or impossible. */
export function normalizeDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s.length === 0 || s.length > 200) return null;
  let m = NUMERIC.exec(s);
  // Compact 8-digit form only without separators of any kind, so "2023123" or a Unix time never match.
  if (m !== null && (m[2] !== '' || (m[3].length === 2 && m[4].length === 2))) {
    return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  m = MONTH_FIRST.exec(s);
  if (m !== null && MONTHS[m[1].toLowerCase()] !== undefined) {
    return isoDate(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));
  }
  m = DAY_FIRST.exec(s);
  if (m !== null && MONTHS[m[2].toLowerCase()] !== undefined) {
    return isoDate(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));
  }
  return null;
}

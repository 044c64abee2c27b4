import type { IsoDate } from '@/core/types';

/** Today in the reader's calendar: what "now" means for a verdict. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

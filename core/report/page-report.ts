// What the extension knows about one tab: the claims highlighted on its page and how they were judged.
// Sent by the page's annotator to the background (claim summaries only, never the page's text).
import { STATUSES, type IsoDate, type JudgedClaim, type Status } from '../types';

export interface ReportedClaim extends JudgedClaim {
  /** Shared by every highlight element of the claim on the page (`data-plens-claim`). */
  annotationId: string;
}

export interface PageReport {
  url: string;
  title: string | null;
  published: IsoDate | null;
  asOf: IsoDate;
  factBase: { version: string; published: IsoDate };
  /** In reading order. */
  claims: ReportedClaim[];
}

export type StatusCounts = Record<Status, number>;

export function countByStatus(claims: readonly { status: Status }[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const c of claims) counts[c.status]++;
  return counts;
}

/** Claims a reader should look at again: outdated or contradicted (the toolbar badge). */
export function needsAttention(claims: readonly { status: Status }[]): number {
  return claims.filter((c) => c.status === 'outdated' || c.status === 'contradicted').length;
}

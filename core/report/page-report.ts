// What the extension knows about one tab: the claims highlighted on its page and how they were judged.
// Sent by the page's annotator to the background (claim summaries only, never the page's text).
import { STATUSES, type IsoDate, type JudgedClaim, type Status } from '../types';

/**
 * What the popup and the toolbar badge use of a judged claim. The source, the amendment, the fact's summary and
 * the engine's trail stay with the card on the page: the page's main thread serialises the report after every
 * scan, and they made two thirds of it (76.8 → 27.8 kB of JSON for the benchmark's long article).
 */
export type ReportedClaim = Omit<JudgedClaim, (typeof CARD_ONLY)[number]> & {
  /** Shared by every highlight element of the claim on the page (`data-plens-claim`). */
  annotationId: string;
};

/** Fields of a judged claim the report leaves out. */
export const CARD_ONLY = ['source', 'factSummary', 'amendment', 'score', 'why'] as const;

export function reportedClaim(claim: JudgedClaim, annotationId: string): ReportedClaim {
  const { source, factSummary, amendment, score, why, ...reported } = claim;
  return { ...reported, annotationId };
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

/** The statuses a reader should look at again: everything but supported. */
export const ATTENTION: readonly Status[] = ['outdated', 'contradicted', 'unverified'];

export function needsLook(status: Status): boolean {
  return ATTENTION.includes(status);
}

/** How many claims need another look (the popup's first list and the toolbar badge). */
export function needsAttention(claims: readonly { status: Status }[]): number {
  return claims.filter((c) => needsLook(c.status)).length;
}

/** The toolbar button's tooltip: what the badge counts. */
export function badgeTitle(claims: readonly { status: Status }[]): string {
  const n = needsAttention(claims);
  if (claims.length === 0) return 'Partnership Lens';
  const counts = countByStatus(claims);
  const parts = ATTENTION.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return n === 0
    ? `Partnership Lens: ${claims.length} partnership ${claims.length === 1 ? 'claim' : 'claims'}, all supported`
    : `Partnership Lens: ${n} ${n === 1 ? 'claim needs' : 'claims need'} attention (${parts.join(', ')}) of ${claims.length} on this page`;
}

// What a claim's card says, as plain strings: built once, rendered by the in-page card (DOM) and the popup (React).
import type { IsoDate, JudgedClaim, SourceRef, Status } from '../types';
import { STATUS_SYMBOL, STATUS_WORD } from './labels';

export interface FactBaseStamp {
  version: string;
  published: IsoDate;
}

export interface CardModel {
  status: Status;
  symbol: string;
  /** The status in words, with its date when one is known: "Outdated since 2025-01-21". */
  headline: string;
  explanation: string;
  /** What the fact base says, in its own words. */
  factSummary: string | null;
  /** When that was true: "2019-07-22 → 2025-01-21", "since 2025-10-28", "until 2024-07-10". */
  period: string | null;
  /** The event that last changed the fact: "2025-01-21: cloud exclusivity replaced by …". */
  amendment: { date: IsoDate; summary: string; source: SourceRef | null } | null;
  /** "Accurate when published (2023-01-23)", "Already outdated when published (…)"; null without a page date. */
  asPublished: string | null;
  source: SourceRef | null;
  /** "Fact base 1.0.0 of 2026-11-20". */
  factBase: string;
}

export function periodOf(from: IsoDate | null, to: IsoDate | null): string | null {
  if (from && to) return `${from} → ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return null;
}

function headlineOf(claim: JudgedClaim): string {
  const word = STATUS_WORD[claim.status];
  if (claim.status === 'outdated') {
    const since = claim.validTo ?? claim.amendment?.date;
    return since ? `${word} since ${since}` : word;
  }
  return word;
}

/** The as-published line: how the claim stood on the page's publication date. */
export function asPublishedLine(asPublished: Status | null, published: IsoDate | null): string | null {
  if (asPublished === null) return null;
  const when = published ? ` (${published})` : '';
  switch (asPublished) {
    case 'supported':
      return `Accurate when published${when}`;
    case 'outdated':
      return `Already outdated when published${when}`;
    case 'contradicted':
      return `Already contradicted by the record when published${when}`;
    case 'unverified':
      return `Could not be verified when published${when}`;
  }
}

/** The explanation without a leading restatement of the headline ("Outdated since …: "). */
function withoutHeadline(explanation: string, headline: string): string {
  const prefix = `${headline}:`;
  return explanation.startsWith(prefix) ? explanation.slice(prefix.length).trimStart() : explanation;
}

export function describeClaim(
  claim: JudgedClaim,
  page: { published: IsoDate | null },
  factBase: FactBaseStamp,
): CardModel {
  const headline = headlineOf(claim);
  return {
    status: claim.status,
    symbol: STATUS_SYMBOL[claim.status],
    headline,
    explanation: withoutHeadline(claim.explanation, headline),
    factSummary: claim.factSummary,
    period: periodOf(claim.validFrom, claim.validTo),
    amendment: claim.amendment
      ? { date: claim.amendment.date, summary: claim.amendment.summary, source: claim.amendment.source }
      : null,
    asPublished: asPublishedLine(claim.asPublished, page.published),
    source: claim.source ?? claim.amendment?.source ?? null,
    factBase: `Fact base ${factBase.version} of ${factBase.published}`,
  };
}

// What a highlight's card says, as plain strings: built once, rendered by the in-page card (DOM). Verdict first,
// then how the claim stands now and when published, then the primary source, then the details. Nothing is
// said twice, and the date in "Outdated since …" is the date of the event the card describes.
import type { FactBase } from '../factbase/schema';
import type { IsoDate, JudgedClaim, SourceRef, Status } from '../types';
import { dateAt } from './dates';
import { STATUS_SYMBOL, STATUS_WORD } from './labels';

export interface FactBaseStamp {
  version: string;
  published: IsoDate;
}

/** What the card reads from the fact base (the bundled copy or the downloaded one). */
export type CardFacts = Pick<FactBase, 'partnerships' | 'events' | 'facts'>;

/** Where "how this term changed" leads: a lane of a partnership's timeline, with the claim placed on it. */
export interface TimelineTarget {
  partnership: string;
  topic: string;
  factId: string | null;
  status: Status;
  published: IsoDate | null;
}

export interface DetailRow {
  term: string;
  text: string;
  source?: SourceRef | null;
}

export interface VerdictModel {
  status: Status;
  symbol: string;
  /** The status in words, with its date when one is known: "Outdated since 2025-01-21". */
  headline: string;
  /** The partnership's name from the fact base, when the claim names one. */
  partnership: string | null;
  /** How the claim stands now, without restating the headline. */
  now: string;
  /** "Accurate when published (2023-01-23)"; null without an as-published verdict. */
  asPublished: string | null;
  source: SourceRef | null;
  details: DetailRow[];
  timeline: TimelineTarget | null;
}

export interface CardModel {
  verdicts: VerdictModel[];
  /** "Fact base 1.0.0 of 2026-11-20". */
  factBase: string;
}

export function periodOf(from: string | null, to: string | null): string | null {
  if (from && to) return `from ${from} until ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return null;
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

/** Openings of the engine's explanation that only restate the status the headline already gives. */
const RESTATEMENTS = [
  /^(?:supported|outdated|contradicted|unverified)(?: since [^.:]*)?[.:]\s*/i,
  /^agrees with the record:\s*/i,
  /^contradicted by the record:\s*/i,
];

export function withoutRestatement(explanation: string): string {
  let text = explanation.trim();
  for (const re of RESTATEMENTS) text = text.replace(re, '');
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : explanation;
}

function eventRef(facts: CardFacts, id: string | null | undefined) {
  const event = id ? facts.events.find((e) => e.id === id) : undefined;
  if (!event) return null;
  const s = event.sources[0];
  return {
    id: event.id,
    date: event.date,
    when: dateAt(event.date, event.datePrecision),
    summary: event.summary,
    source: s ? { title: s.title, url: s.url } : null,
  };
}

export function describeVerdict(
  claim: JudgedClaim,
  page: { published: IsoDate | null },
  facts: CardFacts,
): VerdictModel {
  const fact = claim.factId ? facts.facts.find((f) => f.id === claim.factId) : undefined;
  const began = eventRef(facts, fact?.since);
  const endEvent = eventRef(facts, fact?.until);
  // A term that ended on a later day of its event's row (an inquiry closed) ended on that day.
  const ended =
    endEvent && fact?.endedOn
      ? { ...endEvent, date: fact.endedOn, when: dateAt(fact.endedOn, 'day') }
      : endEvent;
  const word = STATUS_WORD[claim.status];
  const source = claim.source ?? claim.amendment?.source ?? null;

  // The event that ended the fact is what "outdated" is about; the engine's amendment is the fallback.
  const change =
    claim.status === 'outdated'
      ? (ended ?? (claim.amendment ? { ...claim.amendment, when: claim.amendment.date } : null))
      : null;
  const headline = change ? `${word} since ${change.when}` : word;

  const now = withoutRestatement(claim.explanation);
  const details: DetailRow[] = [];
  if (claim.factSummary && !now.includes(claim.factSummary) && !claim.explanation.includes(claim.factSummary))
    details.push({ term: 'The record says', text: claim.factSummary });
  const period = periodOf(began?.when ?? claim.validFrom, ended?.when ?? claim.validTo);
  if (period) details.push({ term: 'Held', text: period });
  if (change) {
    details.push({
      term: `What changed on ${change.when}`,
      text: change.summary,
      source: change.source && change.source.title !== source?.title ? change.source : null,
    });
  } else if (claim.amendment) {
    const a = claim.amendment;
    const known = eventRef(facts, a.eventId);
    details.push({
      term: `Event behind this verdict (${known?.when ?? a.date})`,
      text: a.summary,
      source: a.source && a.source.title !== source?.title ? a.source : null,
    });
  }
  const partnership = claim.partnership
    ? (facts.partnerships.find((p) => p.id === claim.partnership)?.name ?? null)
    : null;
  return {
    status: claim.status,
    symbol: STATUS_SYMBOL[claim.status],
    headline,
    partnership,
    now,
    asPublished: asPublishedLine(claim.asPublished, page.published),
    source,
    details,
    timeline: claim.partnership
      ? {
          partnership: claim.partnership,
          topic: fact?.topic ?? claim.topic,
          factId: claim.factId,
          status: claim.status,
          published: page.published,
        }
      : null,
  };
}

const SEVERITY: Record<Status, number> = { contradicted: 0, outdated: 1, unverified: 2, supported: 3 };

/** The card of one highlight: every claim it carries, the most serious first. */
export function describeClaims(
  claims: readonly JudgedClaim[],
  page: { published: IsoDate | null },
  facts: CardFacts,
  factBase: FactBaseStamp,
): CardModel {
  const verdicts = [...claims]
    .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status])
    .map((c) => describeVerdict(c, page, facts));
  return { verdicts, factBase: `Fact base ${factBase.version} of ${factBase.published}` };
}

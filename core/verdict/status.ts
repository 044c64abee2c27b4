// Time-aware status of one fact match: what the record said at the time the sentence points to,
// compared with the record at the reference date (now, or the publication date).
import type { Framing } from '../claims/time-frame';
import type { Fact, FactEvent } from '../factbase/schema';
import type { IsoDate, Status } from '../types';
import { addDays } from '../iso-days';
import type { FactMatch } from './match-facts';

/** Days after a term ended within which "until this week" may still be read as its end. */
const TOLD_LATE = 90;

export const SEVERITY: Record<Status, number> = { supported: 0, unverified: 1, outdated: 2, contradicted: 3 };

export interface FactPeriod {
  from: IsoDate | null;
  to: IsoDate | null;
}

export function factPeriod(fact: Fact, events: Map<string, FactEvent>): FactPeriod {
  return {
    from: fact.since ? (events.get(fact.since)?.date ?? null) : null,
    to: fact.until ? (fact.endedOn ?? events.get(fact.until)?.date ?? null) : null,
  };
}

/** Press-only figures settle nothing: a claim resting on one is unverified. */
export function restsOnPressFigure(fact: Fact): boolean {
  const v = fact.values;
  return (
    fact.confidence === 'reported' &&
    (v.amountUsd !== undefined ||
      v.amountRange !== undefined ||
      v.percent !== undefined ||
      v.percentRange !== undefined)
  );
}

export function statusAt(
  match: FactMatch,
  framing: Framing,
  ref: IsoDate,
  events: Map<string, FactEvent>,
): Status {
  const { fact } = match;
  // A figure that is only sought or negotiated cannot be wrong yet: the record does not settle it.
  if (match.clash && match.intended) return 'unverified';
  // Talks or deliberation ("is weighing a fresh investment"): whatever the record settled before, this is not it.
  if (match.deliberated) return 'unverified';
  // "Is probably not going to happen": a forecast, which the record settles neither way.
  if (match.foretold) return 'unverified';
  if (match.deniesWrong) return match.clash ? 'contradicted' : 'supported';
  if (fact.confidence === 'wrong' || match.clash) return 'contradicted';
  if (restsOnPressFigure(fact) || match.statesUndisclosed) return 'unverified';
  // A report of a report: the record has the term only from the press, and the sentence itself passes it on
  // as hearsay ("according to people familiar…"). Said plainly, the press-only term is taken as stated.
  if (fact.confidence === 'reported' && match.hedged) return 'unverified';
  const { from, to } = factPeriod(fact, events);
  if (!from) return 'unverified';
  // "The term was scrapped": right once the term has ended, wrong while it still holds.
  if (match.removal)
    return to !== null && to <= ref ? 'supported' : from <= ref ? 'contradicted' : 'unverified';
  if (from > ref) return 'unverified'; // not yet on the record at that date
  const endedBy = to !== null && to <= ref;
  // "Had held firm since 2019", told long after the record ended the term: the unbroken run is wrong.
  if (framing === 'past')
    return match.heldToTelling !== undefined && to !== null && addDays(to, TOLD_LATE) < match.heldToTelling
      ? 'contradicted'
      : 'supported';
  // "Has never held a stake", once a stake came to be: the denial is wrong, not just stale.
  if (match.neverUpToNow && endedBy) return 'contradicted';
  // "Is due to close by March 31, 2026", read after that day: a forecast that is no longer current.
  if (match.forecastBy !== undefined && match.forecastBy < ref) return 'outdated';
  return endedBy ? 'outdated' : 'supported';
}

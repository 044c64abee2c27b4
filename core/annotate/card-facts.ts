// The part of a fact base that the cards of some claims read (core/annotate/card-model): what a judge hands
// the annotator with its claims, a few kilobytes instead of the whole fact base.
import type { FactBase } from '../factbase/schema';
import type { JudgedClaim } from '../types';
import type { CardFacts } from './card-model';

export function cardFactsFor(claims: readonly JudgedClaim[], factBase: FactBase): CardFacts {
  const factIds = new Set<string>();
  const partnershipIds = new Set<string>();
  const eventIds = new Set<string>();
  for (const c of claims) {
    if (c.factId) factIds.add(c.factId);
    if (c.partnership) partnershipIds.add(c.partnership);
    if (c.amendment) eventIds.add(c.amendment.eventId);
  }
  const facts = factBase.facts.filter((f) => factIds.has(f.id));
  for (const f of facts) {
    if (f.since) eventIds.add(f.since);
    if (f.until) eventIds.add(f.until);
  }
  return {
    facts,
    events: factBase.events.filter((e) => eventIds.has(e.id)),
    partnerships: factBase.partnerships.filter((p) => partnershipIds.has(p.id)),
  };
}

/**
 * What the cards of two scans' claims read, the later scan's entries first: a highlight kept from the earlier
 * scan (one stopped part-way) still finds its card's facts.
 */
export function mergeCardFacts(earlier: CardFacts, later: CardFacts): CardFacts {
  const merged = <T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] => {
    const ids = new Set(b.map((x) => x.id));
    return [...b, ...a.filter((x) => !ids.has(x.id))];
  };
  return {
    facts: merged(earlier.facts, later.facts),
    events: merged(earlier.events, later.events),
    partnerships: merged(earlier.partnerships, later.partnerships),
  };
}

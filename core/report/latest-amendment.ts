// The partnership a page is about and the latest change to its terms, for the popup's context line.
import type { FactBase, FactEvent, Partnership } from '../factbase/schema';
import type { AmendmentContext, IsoDate } from '../types';

/** The partnership most of the claims rest on; the only one when the fact base has just one. */
export function partnershipOf(
  claims: readonly { partnership: string | null }[],
  factBase: Pick<FactBase, 'partnerships'>,
): Partnership | null {
  const votes = new Map<string, number>();
  for (const c of claims) if (c.partnership) votes.set(c.partnership, (votes.get(c.partnership) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = id;
  if (best !== null) return factBase.partnerships.find((p) => p.id === best) ?? null;
  return factBase.partnerships.length === 1 ? factBase.partnerships[0] : null;
}

export function amendmentOf(event: FactEvent): AmendmentContext {
  const source = event.sources[0];
  return {
    eventId: event.id,
    date: event.date,
    summary: event.summary,
    source: source ? { title: source.title, url: source.url } : null,
  };
}

/**
 * The latest event on or before `asOf` that changed the partnership's terms, preferring events the parties
 * confirmed (press-only reports come last) so the primary source is theirs.
 */
export function latestAmendment(
  factBase: Pick<FactBase, 'events'>,
  partnershipId: string,
  asOf: IsoDate,
): AmendmentContext | null {
  const events = factBase.events.filter((e) => e.partnership === partnershipId && e.date <= asOf);
  const latest = (list: FactEvent[]) =>
    list.reduce<FactEvent | null>((best, e) => (best === null || e.date >= best.date ? e : best), null);
  const chosen = latest(events.filter((e) => e.confidence === 'confirmed')) ?? latest(events);
  return chosen ? amendmentOf(chosen) : null;
}

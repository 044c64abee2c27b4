// One term told in two deals' records: a funding round two investors took part in is in each investor's record,
// with the same figures from the same day. A sentence about it, on a page led by one of those deals, is read as
// that deal's, though the sentence names the other investor beside it.
import type { Fact } from '../factbase/schema';
import type { CompiledFactBase, CompiledPartnership } from './compile';

const twins = new WeakMap<CompiledFactBase, Map<string, Fact[]>>();

/** What makes two facts one term: its topic, its figures and the day it began. */
function termKey(cfb: CompiledFactBase, fact: Fact): string | null {
  if (fact.confidence === 'wrong' || Object.keys(fact.values).length === 0 || !fact.since) return null;
  const began = cfb.events.get(fact.since)?.date;
  if (!began) return null;
  const values = Object.entries(fact.values).sort(([a], [b]) => (a < b ? -1 : 1));
  return `${fact.topic}|${began}|${JSON.stringify(values)}`;
}

/** The same term in the given deal's record, if that record holds it too. */
export function sameTermIn(cfb: CompiledFactBase, fact: Fact, deal: CompiledPartnership): Fact | null {
  if (fact.partnership === deal.partnership.id) return null;
  let byKey = twins.get(cfb);
  if (!byKey) {
    byKey = new Map();
    for (const f of cfb.facts.values()) {
      const key = termKey(cfb, f);
      if (key === null) continue;
      const list = byKey.get(key);
      if (list) list.push(f);
      else byKey.set(key, [f]);
    }
    twins.set(cfb, byKey);
  }
  const key = termKey(cfb, fact);
  if (key === null) return null;
  return byKey.get(key)?.find((f) => f.partnership === deal.partnership.id) ?? null;
}

// The fact base made ready for matching: regexes compiled once, facts and events indexed.
// Cached per fact-base object, so the content script and the CLI compile it once.
import { compilePartyMatcher, type PartyMatcher } from '../claims/parties';
import { otherCompanyRegex } from '../claims/other-companies';
import type { ClaimPattern, Fact, FactBase, FactEvent, Partnership } from '../factbase/schema';
import type { Topic } from '../types';

export interface CompiledPattern {
  index: number;
  pattern: ClaimPattern;
  fact: Fact;
  groups: RegExp[];
  unless: RegExp[];
}

export interface CompiledPartnership {
  partnership: Partnership;
  parties: PartyMatcher;
  /** Companies that are not parties of this partnership. */
  others: RegExp;
  patternsByTopic: Map<Topic, CompiledPattern[]>;
  /** Events of this partnership, oldest first. */
  events: FactEvent[];
}

export interface CompiledFactBase {
  source: FactBase;
  partnerships: CompiledPartnership[];
  facts: Map<string, Fact>;
  events: Map<string, FactEvent>;
}

const cache = new WeakMap<FactBase, CompiledFactBase>();

export function compileFactBase(fb: FactBase): CompiledFactBase {
  const hit = cache.get(fb);
  if (hit) return hit;
  const facts = new Map(fb.facts.map((f) => [f.id, f]));
  const events = new Map(fb.events.map((e) => [e.id, e]));
  const partyNames = fb.partnerships.flatMap((p) =>
    p.parties.flatMap((party) => [party.name, ...party.aliases]),
  );
  const partnerships = fb.partnerships.map((partnership): CompiledPartnership => {
    const parties = compilePartyMatcher(partnership);
    const patternsByTopic = new Map<Topic, CompiledPattern[]>();
    fb.patterns.forEach((pattern, index) => {
      const fact = facts.get(pattern.fact);
      if (!fact || fact.partnership !== partnership.id) return;
      const compiled: CompiledPattern = {
        index,
        pattern,
        fact,
        groups: pattern.cues.map((g) => new RegExp(g.join('|'), 'gi')),
        unless: pattern.unless.map((u) => new RegExp(u, 'i')),
      };
      const list = patternsByTopic.get(fact.topic) ?? [];
      list.push(compiled);
      patternsByTopic.set(fact.topic, list);
    });
    return {
      partnership,
      parties,
      others: otherCompanyRegex(partyNames, parties.party),
      patternsByTopic,
      events: fb.events
        .filter((e) => e.partnership === partnership.id)
        .sort((a, b) => byString(a.date, b.date)),
    };
  });
  const compiled = { source: fb, partnerships, facts, events };
  cache.set(fb, compiled);
  return compiled;
}

/** Code-unit order: right for ISO dates, and free of the ICU collator's start-up cost in the page. */
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The fact base made ready for matching: vocabulary and party names compiled once, facts indexed by the
// relation their frames use. Cached per fact-base object, so the content script and the CLI compile it once.
import { buildLexicon, type Lexicon } from '../claims/lexicon/lexicon';
import { placesOf } from '../claims/all-matches';
import { companiesRegex, isOtherCompany } from '../claims/other-companies';
import { compilePartyMatcher, type PartyMatcher, sharedHints } from '../claims/parties';
import type { Fact, FactBase, FactEvent, FactFrame, FullFrame, Partnership } from '../factbase/schema';
import type { IsoDate, Span } from '../types';
import { readPendingEngineTables } from './read-engine-tables';

export interface CompiledFrame {
  fact: Fact;
  frame: FullFrame;
  /** Literal names the sentence must contain. */
  mentions: RegExp[];
  /** The day of the frame's `writtenFrom` event: text written before it is not read with this frame. */
  writtenFrom: IsoDate | null;
}

export interface CompiledPartnership {
  partnership: Partnership;
  parties: PartyMatcher;
  /** Every company the fact base names, shared by all partnerships (null when it knows none). */
  readonly companies: RegExp | null;
  /** Where `text` names a company that is not a party of this partnership. */
  otherPlaces(text: string): Span[];
  /** Frames of this partnership's facts, by relation word class. */
  readonly framesByRelation: Map<string, CompiledFrame[]>;
  /** Events of this partnership, oldest first. */
  events: FactEvent[];
}

export interface CompiledFactBase {
  source: FactBase;
  lexicon: Lexicon;
  partnerships: CompiledPartnership[];
  facts: Map<string, Fact>;
  events: Map<string, FactEvent>;
}

const cache = new WeakMap<FactBase, CompiledFactBase>();

function literal(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  // A name that is one capitalised word is a proper name only when written so (or in capitals): "Frontier",
  // the product, is not "frontier models", nor "Foundry" a chip foundry.
  if (/^[A-Z][a-z]+$/.test(name))
    return new RegExp(`(?<![\\w])(?:${escaped}|${escaped.toUpperCase()})(?:e?s)?(?![a-z])`);
  // The name as written, or its plural ("TPU", "TPUs").
  return new RegExp(`(?<![\\w])${escaped}(?:e?s)?(?![a-z])`, 'i');
}

export function compileFactBase(fb: FactBase): CompiledFactBase {
  // A build's tables, when the thread registered them: before anything is looked up (and compiled without them).
  readPendingEngineTables();
  const hit = cache.get(fb);
  if (hit) return hit;
  const facts = new Map(fb.facts.map((f) => [f.id, f]));
  const events = new Map(fb.events.map((e) => [e.id, e]));
  const lexicon = fb.lexicon ?? { words: {}, otherCompanies: [] };
  const companyNames = [
    ...new Set([
      ...fb.partnerships.flatMap((p) => p.parties.flatMap((party) => [party.name, ...party.aliases])),
      ...lexicon.otherCompanies,
    ]),
  ];
  const factsOf = new Map<string, Fact[]>();
  for (const fact of fb.facts) {
    const list = factsOf.get(fact.partnership);
    if (list) list.push(fact);
    else factsOf.set(fact.partnership, [fact]);
  }
  const shared = sharedHints(fb.partnerships);
  let companies: RegExp | null | undefined;
  const allCompanies = () => {
    if (companies === undefined) companies = companiesRegex(companyNames);
    return companies;
  };
  const partnerships = fb.partnerships.map((partnership): CompiledPartnership => {
    // One regex per distinct party (core/claims/parties namesRegex): a party in several partnerships is looked
    // for once per sentence.
    const parties = compilePartyMatcher(partnership, shared);
    // Both built when a sentence first asks: a page is about one or two partnerships of the eight, and may never
    // need another partnership's frames or its view of other companies.
    let frames: Map<string, CompiledFrame[]> | undefined;
    let isOther: ((name: string) => boolean) | undefined;
    return {
      partnership,
      parties,
      get companies() {
        return allCompanies();
      },
      otherPlaces(text: string): Span[] {
        const re = allCompanies();
        if (re === null) return [];
        isOther ??= isOtherCompany(parties.party, new Set(partnership.alsoInvolved ?? []));
        const other = isOther;
        return placesOf(re, text).filter((m) => other(text.slice(m.start, m.end)));
      },
      get framesByRelation() {
        frames ??= compileFrames(factsOf.get(partnership.id) ?? [], events);
        return frames;
      },
      events: fb.events
        .filter((e) => e.partnership === partnership.id)
        .sort((a, b) => byString(a.date, b.date)),
    };
  });
  const compiled = { source: fb, lexicon: buildLexicon(lexicon.words), partnerships, facts, events };
  cache.set(fb, compiled);
  return compiled;
}

/** A partnership's frames by relation word class, in fact-base order. */
function compileFrames(
  facts: readonly Fact[],
  events: ReadonlyMap<string, FactEvent>,
): Map<string, CompiledFrame[]> {
  const byRelation = new Map<string, CompiledFrame[]>();
  for (const fact of facts) {
    for (const frame of fact.frames) {
      const full = withDefaults(frame);
      const writtenFrom = full.writtenFrom ? (events.get(full.writtenFrom)?.date ?? null) : null;
      const compiled = { fact, frame: full, mentions: full.mentions.map(literal), writtenFrom };
      const list = byRelation.get(frame.relation);
      if (list) list.push(compiled);
      else byRelation.set(frame.relation, [compiled]);
    }
  }
  return byRelation;
}

/**
 * Frames are written compactly: what a frame leaves out is empty or false.
 */
function withDefaults(frame: FactFrame): FullFrame {
  return {
    with: [],
    without: [],
    negated: false,
    mentions: [],
    bothParties: false,
    names: [],
    needs: [],
    checks: [],
    valuation: false,
    ...frame,
  };
}

/** Code-unit order: right for ISO dates, and free of the ICU collator's start-up cost in the page. */
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Matching one sentence against the claim patterns of a partnership: cue groups narrow, values confirm
// (or clash), and fuse.js scores how close the wording is to the pattern's typical phrasings.
import Fuse from 'fuse.js';
import { clausesCovering } from '../claims/clauses';
import type { FoundValue, SentenceValues, ValueKind } from '../claims/values';
import type { Fact, FactValues } from '../factbase/schema';
import type { Span, Topic } from '../types';
import type { CompiledPartnership, CompiledPattern } from './compile';

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.4 };

/** Cue groups of one pattern must all match within this many characters. */
const MAX_CUE_SPAN = 110;
/** A value the pattern needs may sit this far outside the clauses of the cue match. */
const NEED_REACH = 60;

export interface ValueClash {
  kind: ValueKind;
  stated: number;
  expected: FactValues;
}

export interface FactMatch {
  fact: Fact;
  pattern: CompiledPattern;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  clash: ValueClash | null;
  /** The claim states a figure the record says was never disclosed. */
  statesUndisclosed: boolean;
  /** 0..1, higher is better: the cue match plus how close the wording is to the pattern's phrasings. */
  readonly score: number;
  /** The closest typical phrasing and its fuse.js score (0 = identical). Computed on first use. */
  wording(): { phrasing: string; fuse: number };
  why: string[];
}

export interface SentenceContext {
  folded: string;
  values: SentenceValues;
  clauses: Span[];
  topics: Set<Topic>;
  /** The sentence names both parties of the partnership being matched. */
  bothParties: boolean;
}

function firstMatches(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    if (out.length >= 12) break;
  }
  return out;
}

/** For each place the first cue group matches, the tightest window in which every group matches. */
function cueWindows(groups: RegExp[], text: string): Span[] {
  const hits = groups.map((g) => firstMatches(g, text));
  if (hits.some((h) => h.length === 0)) return [];
  const windows: Span[] = [];
  for (const [s0, e0] of hits[0]) {
    let start = s0;
    let end = e0;
    for (const other of hits.slice(1)) {
      let nearest = other[0];
      let dist = Number.POSITIVE_INFINITY;
      for (const h of other) {
        const d = Math.max(0, h[0] - e0, s0 - h[1]);
        if (d < dist) {
          dist = d;
          nearest = h;
        }
      }
      start = Math.min(start, nearest[0]);
      end = Math.max(end, nearest[1]);
    }
    if (end - start <= MAX_CUE_SPAN) windows.push({ start, end });
  }
  return windows;
}

function agrees(kind: ValueKind, v: FoundValue, expected: FactValues): boolean {
  switch (kind) {
    case 'amountUsd':
      if (expected.amountRange)
        return v.value >= expected.amountRange[0] && v.value <= expected.amountRange[1];
      return (
        expected.amountUsd !== undefined &&
        Math.abs(v.value - expected.amountUsd) <= expected.amountUsd * 0.04
      );
    case 'percent':
      if (expected.percentRange)
        return v.value >= expected.percentRange[0] && v.value <= expected.percentRange[1];
      return expected.percent !== undefined && Math.abs(v.value - expected.percent) <= 1;
    case 'year':
      return v.value === expected.year;
    case 'termEnd':
      return v.value === expected.termEnd;
    case 'month':
      return v.value === expected.month;
  }
}

/** Months are compared within the fact's own year: "a July 2026 amendment" vs April 2026. */
function comparable(kind: ValueKind, v: FoundValue, values: FactValues): boolean {
  return (
    kind !== 'month' ||
    values.month === undefined ||
    Math.floor(v.value / 100) === Math.floor(values.month / 100)
  );
}

function factHasValue(kind: ValueKind, values: FactValues): boolean {
  if (kind === 'amountUsd') return values.amountUsd !== undefined || values.amountRange !== undefined;
  if (kind === 'percent') return values.percent !== undefined || values.percentRange !== undefined;
  return values[kind] !== undefined;
}

const KINDS: ValueKind[] = ['amountUsd', 'percent', 'year', 'termEnd', 'month'];

interface ValueVerdict {
  ok: boolean;
  clash: ValueClash | null;
  statesUndisclosed: boolean;
  why: string[];
}

/** Compares the figures stated near the cue match with the fact's. */
function compareValues(p: CompiledPattern, window: Span, ctx: SentenceContext): ValueVerdict {
  const clause = clausesCovering(ctx.clauses, window.start, window.end);
  const inClause = (v: FoundValue) => v.start >= clause.start && v.end <= clause.end;
  const nearby = (v: FoundValue) =>
    inClause(v) || (v.end >= window.start - NEED_REACH && v.start <= window.end + NEED_REACH);
  const why: string[] = [];
  let clash: ValueClash | null = null;
  const { values, undisclosed } = p.fact;
  for (const kind of KINDS) {
    const needed = p.pattern.needs.includes(kind);
    const stated = ctx.values.values.filter(
      (v) => v.kind === kind && (needed ? nearby(v) : inClause(v)) && comparable(kind, v, values),
    );
    if (needed && stated.length === 0) return { ok: false, clash: null, statesUndisclosed: false, why };
    if (stated.length === 0 || !factHasValue(kind, values)) continue;
    const match = stated.find((v) => agrees(kind, v, values));
    if (match) {
      why.push(`${kind} ${ctx.folded.slice(match.start, match.end)} agrees`);
    } else if (p.pattern.checks.includes(kind)) {
      clash = { kind, stated: stated[0].value, expected: values };
      why.push(`${kind} ${ctx.folded.slice(stated[0].start, stated[0].end)} clashes with the record`);
    } else {
      return { ok: false, clash: null, statesUndisclosed: false, why };
    }
  }
  const statesUndisclosed = undisclosed.some((kind) =>
    ctx.values.values.some((v) => v.kind === kind && inClause(v)),
  );
  if (statesUndisclosed) why.push('states a figure the parties never disclosed');
  return { ok: true, clash, statesUndisclosed, why };
}

function phrasingScore(fuse: Fuse<string>, phrasings: string[]): { phrasing: string; fuse: number } {
  let best = { fuse: 1, phrasing: phrasings[0] };
  for (const phrasing of phrasings) {
    const score = fuse.search(phrasing)[0]?.score ?? 1;
    if (score < best.fuse) best = { fuse: score, phrasing };
  }
  return best;
}

export function matchFacts(ctx: SentenceContext, partnership: CompiledPartnership): FactMatch[] {
  const matches: FactMatch[] = [];
  for (const topic of ctx.topics) {
    for (const p of partnership.patternsByTopic.get(topic) ?? []) {
      if (p.pattern.bothParties && !ctx.bothParties) continue;
      const windows = cueWindows(p.groups, ctx.folded);
      if (windows.length === 0 || p.unless.some((u) => u.test(ctx.folded))) continue;
      // The first place where the values agree; a clash only when no place agrees.
      let window: Span | null = null;
      let compared: ValueVerdict | null = null;
      for (const w of windows) {
        const c = compareValues(p, w, ctx);
        if (c.ok && (!compared || (compared.clash && !c.clash))) {
          window = w;
          compared = c;
        }
      }
      if (!window || !compared) continue;
      const cueText = ctx.folded.slice(window.start, window.end);
      // fuse.js runs only for the matches a verdict needs (the decisive one, and ties): it is the costly part.
      let wording: { phrasing: string; fuse: number } | null = null;
      const phrasings = p.pattern.phrasings;
      matches.push({
        fact: p.fact,
        pattern: p,
        start: window.start,
        end: window.end,
        clash: compared.clash,
        statesUndisclosed: compared.statesUndisclosed,
        wording() {
          if (!wording) {
            // Scored around the cue match, not over the whole sentence: Bitap's cost grows with the text.
            const around = ctx.folded.slice(Math.max(0, window.start - 40), window.end + 40);
            wording = phrasingScore(new Fuse([around], FUSE_OPTIONS), phrasings);
          }
          return wording;
        },
        get score() {
          // Cue match is the evidence; wording closeness ranks competing facts.
          return Math.round((0.6 + 0.4 * (1 - this.wording().fuse)) * 1000) / 1000;
        },
        why: [`${p.fact.id}: cues "${cueText}"`, ...compared.why],
      });
    }
  }
  return dedupeByFact(matches);
}

function dedupeByFact(matches: FactMatch[]): FactMatch[] {
  const best = new Map<string, FactMatch>();
  for (const m of matches) {
    const seen = best.get(m.fact.id);
    // A wording that agrees with the fact outweighs one that clashes with it.
    // Otherwise the tighter cue match.
    const better =
      seen && Boolean(m.clash) === Boolean(seen.clash) ? m.end - m.start < seen.end - seen.start : !m.clash;
    if (!seen || better) best.set(m.fact.id, m);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

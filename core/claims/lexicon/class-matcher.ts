// Where a word class occurs, found without regular expressions. The notation (compile-lexicon.ts) is defined
// by the regexes compileClass builds; this matcher finds exactly what they find — the same alternatives in
// the same order, the same greedy and lazy choices, the same boundaries — as tests/unit/engine/class-matcher
// checks on every class and on random text.
//
// Why: a page's first use of each class regex compiles it, and a class is an alternation of dozens of words.
// Compiling the classes a long article needs took ~10 ms of the page's main thread on every page, more than
// matching itself; this matcher is a few small functions the engine warms up once.

import { isRegexSpace, isRegexWordChar } from '../../char-codes';
import { FIGURE_WORDS } from '../number-words';

/**
 * One step of an entry, as a number (so a class's matcher is plain data a build can ship, see
 * core/verdict/engine-tables): a character code (0 or more, case-folded when the class ignores case), or one
 * of the operations below: `[- ]?`, `['’]`, `[\w-]*`, `\s+`, the `_` gap, the end boundary.
 */
type Step = number;
const HYPHEN = -1;
const APOSTROPHE = -2;
const WORD_TAIL = -3;
const SPACES = -4;
const GAP = -5;
const END = -6;
/** A scale word after an entry's first word: its own word, or a figure written with its abbreviation. */
const SCALE_BILLION = -7;
const SCALE_MILLION = -8;

/**
 * Scale words after an entry's first word stand also for their abbreviations, on their own ("4 bln") or glued to a
 * figure ("$2.75bn", "US$300m", "13B"): news writes money so more often than in words. As a regex (compile-lexicon
 * scaleSource): `(?:billion|bln|bn|[\w$.,]*\d(?:bln|bn|b))`.
 */
interface Scale {
  readonly step: Step;
  readonly words: readonly string[];
  readonly glued: readonly string[];
}
export const SCALES: ReadonlyMap<string, Scale> = new Map([
  ['billion', { step: SCALE_BILLION, words: ['billion', 'bln', 'bn'], glued: ['bln', 'bn', 'b'] }],
  ['million', { step: SCALE_MILLION, words: ['million', 'mln', 'mn'], glued: ['mln', 'mn', 'm'] }],
]);
const SCALE_OF_STEP = new Map<Step, Scale>([...SCALES.values()].map((s) => [s.step, s]));

interface Entry {
  /** Its place in the alternation. */
  index: number;
  /**
   * The lead flag (1: the entry starts with a word character, `(?<![A-Za-z_-])`), then the steps: the very array of
   * a build's data (MatcherData), not a copy, which kept a second copy of some 27,000 steps alive in every page's
   * engine.
   */
  steps: Step[];
}

export interface ClassMatcher {
  /** Entries in the order the regex alternation tries them, by their first character (canonical case). */
  byFirst: Map<number, Entry[]>;
  /** Entries whose first step is not a plain character (tried everywhere, merged in order). */
  anywhere: Entry[];
  ignoreCase: boolean;
  /** Every entry starts with a word character, so a match can only start where a word does. */
  wordStartsOnly: boolean;
}

/** A matcher as plain data: each entry, in alternation order, as `[lead ? 1 : 0, ...steps]`. */
export interface MatcherData {
  ignoreCase: boolean;
  entries: number[][];
}

const GAP_WORDS = 5;

/** Compiles entries (already in alternation order) for one case mode. */
export function classMatcher(entries: readonly string[], ignoreCase: boolean): ClassMatcher {
  return matcherOf(
    entries.map((entry, index) => compileEntry(entry, index, ignoreCase)),
    ignoreCase,
  );
}

/** The matcher a build wrote down with matcherData. */
export function matcherFromData(data: MatcherData): ClassMatcher {
  return matcherOf(
    data.entries.map((steps, index) => ({ index, steps })),
    data.ignoreCase,
  );
}

export function matcherData(m: ClassMatcher): MatcherData {
  const all = [...[...m.byFirst.values()].flat(), ...m.anywhere].sort((a, b) => a.index - b.index);
  return { ignoreCase: m.ignoreCase, entries: all.map((e) => e.steps) };
}

function matcherOf(compiled: Entry[], ignoreCase: boolean): ClassMatcher {
  const byFirst = new Map<number, Entry[]>();
  const anywhere: Entry[] = [];
  let wordStartsOnly = true;
  for (const entry of compiled) {
    const first = entry.steps[1];
    if (first >= 0) {
      const list = byFirst.get(first);
      if (list) list.push(entry);
      else byFirst.set(first, [entry]);
    } else {
      anywhere.push(entry);
    }
    if (entry.steps[0] !== 1 || first < 0) wordStartsOnly = false;
  }
  return { byFirst, anywhere, ignoreCase, wordStartsOnly };
}

function compileEntry(entry: string, index: number, ignoreCase: boolean): Entry {
  const tokens = entry.trim().split(/\s+/);
  const steps: Step[] = [/^\w/.test(tokens[0]) ? 1 : 0];
  tokens.forEach((token, i) => {
    if (token === '_') return;
    if (i > 0) steps.push(tokens[i - 1] === '_' ? GAP : SPACES);
    const scale = i > 0 ? SCALES.get(token) : undefined;
    if (scale !== undefined) {
      steps.push(scale.step);
      return;
    }
    const open = token.endsWith('*');
    const body = open ? token.slice(0, -1) : token;
    for (let k = 0; k < body.length; k++) {
      const c = body[k];
      if (c === '-') steps.push(HYPHEN);
      else if (c === "'") steps.push(APOSTROPHE);
      else {
        const code = body.charCodeAt(k);
        steps.push(ignoreCase ? canonical(code) : code);
      }
    }
    if (open) steps.push(WORD_TAIL);
  });
  const last = tokens[tokens.length - 1];
  if (/\w$/.test(last)) steps.push(END);
  return { index, steps };
}

/** Case folding of a case-insensitive regex without the `u` flag (ECMAScript's Canonicalize). */
function canonical(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const u = upper.charCodeAt(0);
  return u < 128 ? code : u;
}

/**
 * A text read for matching: its characters case-folded, and where each character stands, case-folded or as
 * written (the latter only for the few capitals-only entries, when one asks). Every class of a sentence reads
 * the same text, so the last one is kept.
 */
class ReadText {
  readonly folded: Uint16Array;
  /** Positions of each case-folded character code, in order. */
  readonly foldedAt = new Map<number, number[]>();
  private written: Map<number, number[]> | null = null;
  private wordStartList: number[] | null = null;

  constructor(readonly text: string) {
    this.folded = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) {
      this.folded[i] = canonical(text.charCodeAt(i));
      addPosition(this.foldedAt, this.folded[i], i);
    }
  }

  /** Where a word starts (see afterFigureHyphen): the only places an entry with a lead can match. */
  get wordStarts(): number[] {
    if (this.wordStartList === null) {
      this.wordStartList = [];
      const text = this.text;
      const list = this.wordStartList;
      // Once per character of every sentence: the common answer is read here, without a call.
      for (let i = 0; i < text.length; i++) {
        const c = i === 0 ? 32 : text.charCodeAt(i - 1);
        if (!joinsWord(c) || (c === 45 && afterFigureHyphen(text, i))) list.push(i);
      }
    }
    return this.wordStartList;
  }

  /** Positions of each character code as written, in order. */
  get writtenAt(): Map<number, number[]> {
    if (this.written === null) {
      this.written = new Map();
      for (let i = 0; i < this.text.length; i++) addPosition(this.written, this.text.charCodeAt(i), i);
    }
    return this.written;
  }
}

function addPosition(map: Map<number, number[]>, code: number, i: number): void {
  const list = map.get(code);
  if (list) list.push(i);
  else map.set(code, [i]);
}

let lastRead: ReadText | null = null;

function readText(text: string): ReadText {
  if (lastRead?.text !== text) lastRead = new ReadText(text);
  return lastRead;
}

/**
 * Lets go of the text last read (memory): a sentence is a slice of its page's text, and holds all of it, which
 * the judging worker would otherwise keep, with the read, until the next page (60 kB on the long article).
 */
export function forgetLastRead(): void {
  lastRead = null;
}

/** `[A-Za-z_-]`, what may not stand before an entry that starts with a word character. */
function joinsWord(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/**
 * A word starts where no letter, `_` or `-` stands before it, and after a hyphen that follows a figure
 * ("4.5-gigawatt", "five-gigawatt", "four-and-a-half-gigawatt"): the figure qualifies the word, it is not part of
 * it. This is the second test, for a `-` at `p - 1`.
 */
function afterFigureHyphen(text: string, p: number): boolean {
  if (p < 2) return false;
  const d = text.charCodeAt(p - 2);
  if (d >= 48 && d <= 57) return true;
  let from = p - 1;
  while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  return FIGURE_WORDS.has(text.slice(from, p - 1).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[^\s.,;:!?]`: a character of a word the gap may step over. */
function isGapWordChar(c: number): boolean {
  return !isRegexSpace(c) && c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 33 && c !== 63;
}

/** `[.,](?=\d)`: a figure's decimal point or thousands comma, which a gap's word may hold. */
function isDecimalPoint(text: string, k: number): boolean {
  const next = text.charCodeAt(k + 1);
  const c = text.charCodeAt(k);
  return (c === 46 || c === 44) && next >= 48 && next <= 57;
}

/**
 * Matches `steps` from step `i` at `pos`; the end of the first match the regex would find, or -1. Choices are
 * tried in the regex's order: greedy ones longest first, the gap's words fewest first.
 */
function matchAt(text: string, steps: Step[], i: number, pos: number, fold: Uint16Array | null): number {
  if (i >= steps.length) return pos;
  const step = steps[i];
  const n = text.length;
  if (step >= 0) {
    if (pos >= n) return -1;
    if ((fold === null ? text.charCodeAt(pos) : fold[pos]) !== step) return -1;
    return matchAt(text, steps, i + 1, pos + 1, fold);
  }
  switch (step) {
    case HYPHEN: {
      const c = pos < n ? text.charCodeAt(pos) : -1;
      if (c === 45 || c === 32) {
        const r = matchAt(text, steps, i + 1, pos + 1, fold);
        if (r >= 0) return r;
      }
      return matchAt(text, steps, i + 1, pos, fold);
    }
    case APOSTROPHE: {
      const c = pos < n ? text.charCodeAt(pos) : -1;
      if (c !== 39 && c !== 0x2019) return -1;
      return matchAt(text, steps, i + 1, pos + 1, fold);
    }
    case WORD_TAIL: {
      let k = pos;
      while (k < n && (isRegexWordChar(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
      for (let j = k; j >= pos; j--) {
        const r = matchAt(text, steps, i + 1, j, fold);
        if (r >= 0) return r;
      }
      return -1;
    }
    case SPACES: {
      let k = pos;
      while (k < n && isRegexSpace(text.charCodeAt(k))) k++;
      for (let j = k; j > pos; j--) {
        const r = matchAt(text, steps, i + 1, j, fold);
        if (r >= 0) return r;
      }
      return -1;
    }
    case GAP: {
      let k = pos;
      while (k < n && isRegexSpace(text.charCodeAt(k))) k++;
      for (let j = k; j > pos; j--) {
        const r = gapWords(text, steps, i, j, 0, fold);
        if (r >= 0) return r;
      }
      return -1;
    }
    case END:
      return pos < n && isRegexWordChar(text.charCodeAt(pos)) ? -1 : matchAt(text, steps, i + 1, pos, fold);
    default:
      return matchScale(text, steps, i, pos, fold);
  }
}

/** A scale step (see SCALES): its words in order, then a figure-glued abbreviation, the run longest first. */
function matchScale(text: string, steps: Step[], i: number, pos: number, fold: Uint16Array | null): number {
  const scale = SCALE_OF_STEP.get(steps[i]);
  if (scale === undefined) throw new Error(`unknown step ${steps[i]}`);
  for (const word of scale.words) {
    if (spelledAt(text, pos, word, fold)) {
      const r = matchAt(text, steps, i + 1, pos + word.length, fold);
      if (r >= 0) return r;
    }
  }
  const n = text.length;
  let k = pos;
  // `[\w$.,]*`
  while (k < n && (isRegexWordChar(text.charCodeAt(k)) || ',.$'.includes(text[k]))) k++;
  for (let d = k - 1; d >= pos; d--) {
    const c = text.charCodeAt(d);
    if (c < 48 || c > 57) continue;
    for (const unit of scale.glued) {
      if (!spelledAt(text, d + 1, unit, fold)) continue;
      const r = matchAt(text, steps, i + 1, d + 1 + unit.length, fold);
      if (r >= 0) return r;
    }
  }
  return -1;
}

/** Whether the lower-case `word` is written at `at` (in any case when the class ignores case). */
function spelledAt(text: string, at: number, word: string, fold: Uint16Array | null): boolean {
  if (at + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) {
    const code = word.charCodeAt(j);
    if (fold === null ? text.charCodeAt(at + j) !== code : fold[at + j] !== canonical(code)) return false;
  }
  return true;
}

/** The lazy part of the gap, `(?:(?:[^\s.;:!?]|\.(?=\d))+\s+){0,5}?`, with `count` words already stepped over. */
function gapWords(
  text: string,
  steps: Step[],
  i: number,
  pos: number,
  count: number,
  fold: Uint16Array | null,
): number {
  const r = matchAt(text, steps, i + 1, pos, fold);
  if (r >= 0 || count === GAP_WORDS) return r;
  const n = text.length;
  let w = pos;
  while (w < n && (isGapWordChar(text.charCodeAt(w)) || isDecimalPoint(text, w))) w++;
  for (let wordEnd = w; wordEnd > pos; wordEnd--) {
    let s = wordEnd;
    while (s < n && isRegexSpace(text.charCodeAt(s))) s++;
    for (let spaceEnd = s; spaceEnd > wordEnd; spaceEnd--) {
      const r2 = gapWords(text, steps, i, spaceEnd, count + 1, fold);
      if (r2 >= 0) return r2;
    }
  }
  return -1;
}

/**
 * Non-overlapping matches left to right, as `text.matchAll` of the class regex gives them, pushed onto `out`
 * until it holds `cap` spans.
 */
export function matchClass(
  m: ClassMatcher,
  text: string,
  out: { start: number; end: number }[],
  cap: number,
): void {
  const read = readText(text);
  const fold = m.ignoreCase ? read.folded : null;
  // Only where an entry's first character stands can a match start (entries that may start with anything
  // aside): the places of the class's first characters, in order, stand for every position of the text.
  let positions: number[];
  if (m.wordStartsOnly) {
    // Most classes: every entry starts a word, so only word starts are tried (a fifth of the positions), in
    // order, with nothing to gather or sort.
    positions = read.wordStarts;
  } else if (m.anywhere.length === 0) {
    const at = m.ignoreCase ? read.foldedAt : read.writtenAt;
    positions = [];
    for (const code of m.byFirst.keys()) {
      const list = at.get(code);
      if (list) for (const p of list) positions.push(p);
    }
    positions.sort((a, b) => a - b);
  } else {
    positions = Array.from({ length: text.length }, (_, i) => i);
  }
  let pos = 0;
  for (const p of positions) {
    if (p < pos) continue;
    const byChar = m.byFirst.get(fold === null ? text.charCodeAt(p) : fold[p]);
    // Entries that may start with any character keep their place in the alternation.
    const entries =
      m.anywhere.length === 0 ? byChar : [...(byChar ?? []), ...m.anywhere].sort((a, b) => a.index - b.index);
    if (entries === undefined) continue;
    let end = -1;
    const before = p === 0 ? 32 : text.charCodeAt(p - 1);
    const leadOk = !joinsWord(before) || (before === 45 && afterFigureHyphen(text, p));
    for (const e of entries) {
      if (e.steps[0] === 1 && !leadOk) continue;
      end = matchAt(text, e.steps, 1, p, fold);
      if (end >= 0) break;
    }
    if (end < 0) continue;
    out.push({ start: p, end });
    if (out.length >= cap) return;
    // After an empty match the search moves on by one character, as matchAll does.
    pos = end > p ? end : p + 1;
  }
}

// Sentence spans of the extracted text. Unicode's sentence rules (sentence-breaks.ts, the rules ICU's
// Intl.Segmenter follows) do the work, block by block so a sentence never crosses a block; then a pass rejoins
// the splits those rules make after abbreviations and initials ("U.S. President", "Sam H. Altman"), which news
// prose is full of.
import type { Span } from '../types';
import { type Steps, runSteps } from './dom';
import { sentenceEnds } from './sentence-breaks';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Abbreviations that do not end a sentence whatever follows (titles, months, Latin). */
const NEVER_FINAL = words(`
  mr. mrs. ms. dr. prof. st. sen. rep. gov. gen. lt. col. capt. rev. mt. ave. dept. fig. cf. ca.
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. e.g. i.e. vs. v. approx.
`);

/**
 * Abbreviations that often do end a sentence ("…a deal with Example Corp. The terms…"): rejoined unless
 * the next part starts like a new sentence. ("No." is rejoined only before a number.)
 */
const OFTEN_FINAL = words(
  'corp. inc. co. ltd. llc. plc. bros. jr. sr. u.s. u.k. u.n. e.u. u.s.a. a.i. a.m. p.m.',
);

/** Words that commonly open a sentence in news prose; after them an "often final" abbreviation is final. */
const SENTENCE_STARTERS = words(`
  a an the this that these those it it's its he she they we i you his her their our there then in on at as by
  for from with but and or so yet however meanwhile moreover still also under after before while when where
  what why how if last since according today now earlier later
`);

/** A single capital initial, or a run of them ("H.", "J.P."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const LEADING_PUNCT = /^[("'“‘[]+/u;

/** Longest token worth testing as an abbreviation; looking no further keeps the pass linear. */
const MAX_TOKEN = 16;

/** The whitespace-delimited token ending at `end` (not before `start`); '' when longer than MAX_TOKEN. */
function lastToken(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !isSpaceCode(text.charCodeAt(i - 1))) {
    i--;
    if (end - i > MAX_TOKEN) return '';
  }
  return text.slice(i, end).replace(LEADING_PUNCT, '');
}

function firstWord(s: string): string {
  const m = /^[("'“‘[]*([\p{L}\p{N}'’]+)/u.exec(s);
  return m === null ? '' : m[1].toLowerCase().replace(/’/g, "'");
}

/** Whether the split after `token` before `next` is an abbreviation, not a sentence end. */
function continues(token: string, next: string): boolean {
  if (!token.endsWith('.')) return false;
  const lower = token.toLowerCase();
  if (lower === 'no.') return /^\d/.test(next);
  if (NEVER_FINAL.has(lower)) return true;
  if (OFTEN_FINAL.has(lower) && /^\$\d/.test(next)) return false;
  if (OFTEN_FINAL.has(lower) || INITIALS.test(token)) return !SENTENCE_STARTERS.has(firstWord(next));
  return false;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/**
 * Long blocks are fed through a window, so that a block of megabytes is split a step at a time: every sentence
 * but the last one in the window is final; the last one is segmented again at the start of the next window.
 */
const WINDOW = 2048;
const MAX_WINDOW = 65536;

/** Calls `visit` with the sentence segments of text[start, end), in order; a step per window. */
function* segments(
  text: string,
  start: number,
  end: number,
  visit: (s: number, e: number) => void,
): Steps<void> {
  let pos = start;
  let window = WINDOW;
  const found: number[] = [];
  while (pos < end) {
    let stop = Math.min(end, pos + window);
    if (stop < end) {
      // end the window after whitespace, so no window ends in half a word
      let cut = stop;
      while (cut > pos + window / 2 && !isSpaceCode(text.charCodeAt(cut - 1))) cut--;
      if (cut > pos + window / 2) stop = cut;
    }
    found.length = 0;
    let from = pos;
    for (const to of sentenceEnds(text, pos, stop)) {
      found.push(from, to);
      from = to;
    }
    if (stop === end) {
      for (let i = 0; i < found.length; i += 2) visit(found[i], found[i + 1]);
      return;
    }
    if (found.length >= 4) {
      for (let i = 0; i < found.length - 2; i += 2) visit(found[i], found[i + 1]);
      pos = found[found.length - 2];
      window = WINDOW;
    } else if (window < MAX_WINDOW) {
      window *= 2; // one sentence fills the window: look further
    } else {
      visit(pos, stop); // a "sentence" longer than MAX_WINDOW is not prose; cut it
      pos = stop;
    }
    yield;
  }
}

const BEFORE_STOP = /[\p{L}%)'"’”]/u;
const LOWER = /\p{Ll}/u;
const PLAIN_WORD = /^[\p{L}'’-]{2,}[%)'"’”]?[.!?]$/u;
const DIGIT = /[0-9]/;

/**
 * Where `text[start, end)` ends a sentence before a lower-case word, as casual writing has ("…is campus-level.
 * across the board …", "…still exclusive? afaik …"), or before a sum ("…in the US. $100 billion comes now."), in
 * order; null when nowhere. Unicode's rules read each as one
 * sentence. The word before the stop is a plain word (no abbreviation, initial, number or ellipsis). Read character
 * by character, with no string cut per sentence: on a page of megabytes what the scan allocates decides how long
 * the garbage collector pauses it.
 */
function casualEnds(text: string, start: number, end: number): number[] | null {
  let ends: number[] | null = null;
  for (let i = start + 1; i < end - 2; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    if (!isSpaceCode(text.charCodeAt(i + 1)) || !BEFORE_STOP.test(text[i - 1])) continue;
    let j = i + 1;
    while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
    if (j >= end) continue;
    // "…in the U.S. $100 billion of it comes now.": a sum opens a sentence, after a word or a place's abbreviation.
    const money = text.charCodeAt(j) === 36 && j + 1 < end && DIGIT.test(text[j + 1]);
    if (!money && !LOWER.test(text[j])) continue;
    const token = lastToken(text, start, i + 1);
    const lower = token.toLowerCase();
    if (money ? !PLAIN_WORD.test(token) && !OFTEN_FINAL.has(lower) : !PLAIN_WORD.test(token)) continue;
    if (NEVER_FINAL.has(lower) || (!money && OFTEN_FINAL.has(lower)) || lower === 'etc.') continue;
    ends ??= [];
    ends.push(i + 1);
  }
  return ends;
}

function* pushSentences(text: string, block: Span, out: Span[]): Steps<void> {
  let open: Span | null = null;
  yield* segments(text, block.start, block.end, (segStart, segEnd) => {
    let from = segStart;
    const ends = casualEnds(text, segStart, segEnd);
    if (ends !== null)
      for (const at of ends) {
        piece(from, at);
        from = at;
      }
    piece(from, segEnd);
  });
  if (open !== null) out.push(open);

  function piece(segStart: number, segEnd: number): void {
    let s = segStart;
    let e = segEnd;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (s >= e) return;
    if (
      open !== null &&
      continues(lastToken(text, open.start, open.end), text.slice(s, Math.min(e, s + 40)))
    ) {
      open.end = e;
      return;
    }
    if (open !== null) out.push(open);
    open = { start: s, end: e };
  }
}

/**
 * Sentence spans in `text`, in order, each trimmed of surrounding whitespace and inside one block. With no
 * blocks the whole text is one block.
 */
export function segmentSentences(text: string, blocks: readonly Span[]): Span[] {
  return runSteps(segmentSentencesSteps(text, blocks));
}

/** `segmentSentences` in steps of a few thousand characters: a block can be a whole book. */
export function* segmentSentencesSteps(text: string, blocks: readonly Span[]): Steps<Span[]> {
  const out: Span[] = [];
  const list = blocks.length > 0 ? blocks : [{ start: 0, end: text.length }];
  for (const block of list) {
    const start = Math.max(0, Math.min(block.start, text.length));
    const end = Math.max(start, Math.min(block.end, text.length));
    yield* pushSentences(text, { start, end }, out);
  }
  return out;
}

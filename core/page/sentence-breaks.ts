// Sentence boundaries by the rules of Unicode's text segmentation (UAX #29, "Sentence Boundaries"), the same
// rules ICU's sentence iterator (Intl.Segmenter) follows, in one linear pass of plain JavaScript.
//
// Why not Intl.Segmenter: in a browser, the first sentence segmenter of a page loads ICU's break data, 10–20 ms
// of main-thread time on every page the extension reads — more than judging a long article's sentences. A test
// (tests/unit/page/sentence-breaks.test.ts) holds this pass to Intl.Segmenter's boundaries on every text we have.

/** UAX #29 sentence-break classes this pass tells apart; everything else is Other. */
const C = {
  Other: 0,
  Sep: 1, // paragraph separators: CR, LF, NEL, LS, PS
  Sp: 2,
  ATerm: 3, // full stops
  STerm: 4, // other sentence terminators
  Close: 5,
  SContinue: 6,
  Upper: 7,
  Lower: 8,
  OLetter: 9,
  Numeric: 10,
  Extend: 11, // Extend and Format: they take the class of what they follow
} as const;
type C = (typeof C)[keyof typeof C];

const ATERMS = new Set(['.', '\u2024', '\ufe52', '\uff0e']);
const SEPS = new Set(['\n', '\r', '\u0085', '\u2028', '\u2029']);
const SCONTINUE = new Set(
  ',-:;\u037e\u0589\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64',
);
const STERM = /\p{Sentence_Terminal}/u;
const CLOSE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u00ab\u00bb\u275b-\u2760\u2e42\u301d-\u301f\uff02\uff07]/u;
const SPACE = /\s/u;
const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const LOWER = /\p{Lowercase}/u;
const LETTER = /[\p{Alphabetic}\u00a0\u05f3]/u;
const NUMERIC = /[\p{Nd}\u066b\u066c]/u;
const EXTEND = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}]/u;

export function classOfNonAscii(ch: string): C {
  if (SEPS.has(ch)) return C.Sep;
  if (EXTEND.test(ch)) return C.Extend;
  if (SPACE.test(ch)) return C.Sp;
  if (ATERMS.has(ch)) return C.ATerm;
  if (STERM.test(ch)) return C.STerm;
  if (LOWER.test(ch)) return C.Lower;
  if (UPPER.test(ch)) return C.Upper;
  if (NUMERIC.test(ch)) return C.Numeric;
  if (LETTER.test(ch)) return C.OLetter;
  if (SCONTINUE.has(ch)) return C.SContinue;
  if (CLOSE.test(ch)) return C.Close;
  return C.Other;
}

/**
 * Classes of Latin letters (U+0080–U+024F) and general punctuation (U+2000–U+206F), one letter each ('a' + the
 * class), written out so that a page's curly quotes, dashes and accented names do not compile the Unicode
 * property regexes above (a test holds these tables to them).
 */
export const LATIN_FROM = 0x80;
export const LATIN_CLASSES =
  'aaaaabaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaifalaaaaaaaiaaaaifaaaahhhhhhhhhhhhhhhhhhhhhhhahhhhhhhiiiiiiiiiiiiiiiiiiiiiiiiaiiiiiiiihihihihihihihihihihihihihihihihihihihihihihihihihihihihiihihihihihihihihiihihihihihihihihihihihihihihihihihihihihihihihihhihihiiihhihihhihhhiihhhhihhihhhiiihhihhihihihhihiihihhihhhihihhiijhiiijjjjhhihhihhihihihihihihihihiihihihihihihihihihiihhihihhhihihihihihihihihihihihihihihihihihihihihihihihihihihihihihiiiiiiihhihhiihihhhhihihihihi';
export const PUNCTUATION_FROM = 0x2000;
export const PUNCTUATION_CLASSES =
  'ccccccccccclllllaaaggaaaffffffffaaaadaaabblllllcaaaaaaaaaffaeeaaaaaaaffeeeaaaaaaaaaaaaaaaaaaaaaclllllallllllllll';

/** Other characters' classes, once each. */
const otherClasses = new Map<number, number>();

function classOfCode(code: number): number {
  if (code < 128) return ASCII_CLASSES.charCodeAt(code) - 97;
  const latin = code - LATIN_FROM;
  if (latin < LATIN_CLASSES.length) return LATIN_CLASSES.charCodeAt(latin) - 97;
  const punctuation = code - PUNCTUATION_FROM;
  if (punctuation >= 0 && punctuation < PUNCTUATION_CLASSES.length)
    return PUNCTUATION_CLASSES.charCodeAt(punctuation) - 97;
  let cls = otherClasses.get(code);
  if (cls === undefined) {
    cls = classOfNonAscii(String.fromCharCode(code));
    otherClasses.set(code, cls);
  }
  return cls;
}

/** Classes of the 128 ASCII characters (news text is mostly ASCII), in the same form. */
export const ASCII_CLASSES =
  'aaaaaaaaacbccbaaaaaaaaaaaaaaaaaacefaaaafffaaggdakkkkkkkkkkggaaaeahhhhhhhhhhhhhhhhhhhhhhhhhhfafaaaiiiiiiiiiiiiiiiiiiiiiiiiiifafaa';

/**
 * Each UTF-16 code unit's class, worked out when first asked for: the pass below looks only at terminators,
 * separators and what follows them. The low half of a surrogate pair is Extend (it belongs to the high half);
 * SB5: Extend and Format take the class of the character they follow (not after a separator).
 */
class Classes {
  /** Class + 1 of each code unit once known (with SB5 applied); 0 while unknown. */
  private readonly known: Uint8Array;

  constructor(private readonly text: string) {
    this.known = new Uint8Array(text.length);
  }

  /** The code unit's own class, before SB5. */
  private own(k: number): number {
    const code = this.text.charCodeAt(k);
    if (code >= 0xdc00 && code <= 0xdfff && k > 0) {
      const before = this.text.charCodeAt(k - 1);
      if (before >= 0xd800 && before <= 0xdbff) return C.Extend;
    }
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < this.text.length) {
      const cp = this.text.codePointAt(k) ?? code;
      return cp === code ? C.Other : classOfNonAscii(String.fromCodePoint(cp));
    }
    return classOfCode(code);
  }

  /** Whether the code unit is an Extend or Format that took its class from what it follows. */
  extend(k: number): boolean {
    return k > 0 && this.own(k) === C.Extend && this.at(k - 1) !== C.Sep;
  }

  at(k: number): number {
    const seen = this.known[k];
    if (seen !== 0) return seen - 1;
    let cls = this.own(k);
    if (cls === C.Extend && k > 0) {
      // the run of marks back to the character they follow, then forward again
      let base = k - 1;
      while (base > 0 && this.known[base] === 0 && this.own(base) === C.Extend) base--;
      for (let m = base; m < k; m++) this.at(m);
      const before = this.known[k - 1] - 1;
      if (before !== C.Sep) cls = before === C.Extend ? C.Other : before;
    }
    this.known[k] = cls + 1;
    return cls;
  }
}

/** Where a sentence may end: a full stop, question or exclamation mark, a line break, or any non-ASCII code unit. */
const CANDIDATE = /[.!?\n\r]|[^\x00-\x7f]/g;

/**
 * The ends of the sentences of text[start, end) (each end is where the next sentence starts; the last is `end`),
 * as Intl.Segmenter's sentence granularity would give them for that slice.
 */
export function sentenceEnds(text: string, start: number, end: number): number[] {
  if (end <= start) return [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const cls = new Classes(slice);
  const n = slice.length;
  const ends: number[] = [];
  const isSATerm = (c: number) => c === C.ATerm || c === C.STerm;
  /** SB4: a break after the separator at `at`; where the text goes on. */
  const breakAfterSeparator = (at: number): number => {
    const after = afterSeparator(slice, at);
    if (after < n) ends.push(start + after);
    return after;
  };
  let i = 0;
  while (i < n) {
    // Only terminators and separators can end a sentence: jump to the next character that may be one.
    CANDIDATE.lastIndex = i;
    const found = CANDIDATE.exec(slice);
    if (found === null) break;
    i = found.index;
    const c = cls.at(i);
    if (c === C.Sep) {
      i = breakAfterSeparator(i);
      continue;
    }
    if (!isSATerm(c)) {
      i++;
      continue;
    }
    // A run of terminators acts as one (SB8a: SATerm × SATerm, with closers and spaces between them too).
    let j = i + 1;
    while (j < n && cls.extend(j)) j++; // SB5: the terminator with its marks is one character
    const next = j < n ? cls.at(j) : C.Sep;
    if (c === C.ATerm) {
      // SB6: "3.5"; SB7: "U.S" (a letter, the full stop, a capital)
      if (next === C.Numeric) {
        i = j;
        continue;
      }
      const before = i > 0 ? cls.at(i - 1) : C.Other;
      if ((before === C.Upper || before === C.Lower) && next === C.Upper) {
        i = j;
        continue;
      }
    }
    while (j < n && cls.at(j) === C.Close) j++;
    while (j < n && cls.at(j) === C.Sp) j++;
    if (j >= n) break;
    const at = cls.at(j);
    if (at === C.Sep) {
      // SB11 with the separator: the sentence ends after it
      i = breakAfterSeparator(j);
      continue;
    }
    if (at === C.SContinue || isSATerm(at)) {
      i = j; // SB8a
      continue;
    }
    if (c === C.ATerm && lowerFollows(cls, j, n)) {
      i = j; // SB8: what follows starts in lower case, so the full stop ended no sentence
      continue;
    }
    ends.push(start + j); // SB11
    i = j;
  }
  if (ends.length === 0 || ends[ends.length - 1] !== end) ends.push(end);
  return ends;
}

/** Where the text goes on after the separator at `at` (SB3: CR × LF, a CR LF pair is one separator). */
function afterSeparator(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

/** SB8: after skipping what is neither a letter, a separator nor a terminator, a lower-case letter comes. */
function lowerFollows(cls: Classes, from: number, n: number): boolean {
  for (let k = from; k < n; k++) {
    const c = cls.at(k);
    if (c === C.Lower) return true;
    if (c === C.Upper || c === C.OLetter || c === C.Sep || c === C.ATerm || c === C.STerm) return false;
  }
  return false;
}

// Turns word-class entries (plain words in a tiny notation) into regular expressions — what the notation means —
// and into the matchers that find the same places without compiling a regex (class-matcher.ts). The notation cannot
// express nested quantifiers or backtracking traps, so a fact base may add words without risk:
//   `invest*`  the word and any ending (invests, invested, investment)
//   `_`        up to five words in between, inside one clause ("put _ into" matches "put a further sum into")
//   `AGI`      a token in capitals of two or more letters is matched in capitals only
//   `-`        inside a word: a hyphen, a space or nothing ("non-exclusive", "non exclusive", "nonexclusive")

import { FIGURE_WORDS } from '../number-words';
import { startsOf } from '../word-starts';
import {
  SCALES,
  type ClassMatcher,
  type MatcherData,
  classMatcher,
  matcherData,
  matcherFromData,
} from './class-matcher';

export interface CompiledClass {
  /** Case-insensitive entries: the regex that defines them (never run by the engine) and its matcher. */
  readonly loose: RegExp | null;
  looseMatcher: ClassMatcher | null;
  /** Entries matched in capitals only. */
  readonly strict: RegExp | null;
  strictMatcher: ClassMatcher | null;
  /**
   * How every entry's first word begins (its first one to three letters, lower-cased), or null when some entry
   * starts with something else. A text where no word begins so cannot hold the class: its regexes, the
   * costly part, need not run (see core/claims/word-starts).
   */
  starts: readonly string[] | null;
}

// A figure's decimal point or thousands comma ("$13.7 billion", "1,500") does not end a gap's word; other stops,
// a comma among them, do: a gap stays inside its clause.
export const GAP = String.raw`\s+(?:(?:[^\s.,;:!?]|[.,](?=\d))+\s+){0,5}?`;

/** Characters with a meaning in a regular expression, escaped wherever a word contains them. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPECIAL_CHARS = new Set('.*+?^$(){}|[]\\');
/** An entry that starts with a word character starts a word: see class-matcher afterFigureHyphen. */
const LEAD = `(?<![A-Za-z_]|(?<![0-9]|(?<![A-Za-z])(?:${[...FIGURE_WORDS].join('|')}))-)`;
/** `(?![\w])`: an entry that ends with a word character ends one. */
const TAIL = String.raw`(?![\w])`;

/** Native string replacements rather than a loop over characters: a page compiles the classes it needs cold. */
function tokenSource(token: string): string {
  const open = token.endsWith('*');
  const body = (open ? token.slice(0, -1) : token)
    .replace(SPECIAL, '\\$&')
    .replace(/-/g, '[- ]?')
    .replace(/'/g, "['\u2019]");
  return open ? `${body}[\\w-]*` : body;
}

/** A scale word after an entry's first word (see class-matcher SCALES): its words or a figure-glued abbreviation. */
function scaleSource(token: string): string | null {
  const scale = SCALES.get(token);
  if (scale === undefined) return null;
  return String.raw`(?:${scale.words.join('|')}|[\w$.,]*\d(?:${scale.glued.join('|')}))`;
}

/** One entry as a regular-expression source, with word boundaries where the entry starts and ends in a letter. */
export function entrySource(entry: string): string {
  const tokens = entry.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, i) => {
    if (token === '_') return;
    const joiner = i === 0 ? '' : tokens[i - 1] === '_' ? GAP : String.raw`\s+`;
    source += joiner + ((i > 0 && scaleSource(token)) || tokenSource(token));
  });
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  // A number may be written onto the word ("10GW"); a letter or a hyphen before it makes another word.
  const lead = /^\w/.test(first) ? LEAD : '';
  const tail = /\w$/.test(last) ? TAIL : '';
  return `${lead}(?:${source})${tail}`;
}

const isCapitals = (entry: string) => /^[A-Z][A-Z0-9]+s?$/.test(entry.trim());
const isLoose = (entry: string) => !isCapitals(entry);

/** Entries in alternation order: longer regex sources first (so "right of first refusal" wins over "first"). */
function alternation(entries: readonly string[]): string[] {
  return entries
    .map((entry) => ({ entry, length: entrySourceLength(entry) }))
    .sort((a, b) => b.length - a.length)
    .map((x) => x.entry);
}

/**
 * The length of `entrySource(entry)`, counted without building it: the order of a class's entries needs only
 * the lengths, and building every source cost the page ~1 ms of strings to collect (a test holds the two equal).
 */
export function entrySourceLength(entry: string): number {
  const tokens = entry.trim().split(/\s+/);
  let length = 4; // "(?:" and ")"
  tokens.forEach((token, i) => {
    if (token === '_') return;
    if (i > 0) length += tokens[i - 1] === '_' ? GAP.length : 3; // the gap, or "\s+"
    const scale = i > 0 ? scaleSource(token) : null;
    if (scale !== null) {
      length += scale.length;
      return;
    }
    const open = token.endsWith('*');
    const end = open ? token.length - 1 : token.length;
    for (let k = 0; k < end; k++) {
      const c = token[k];
      // "-" becomes "[- ]?", "'" becomes "['’]", a special character gets its backslash.
      length += c === '-' ? 5 : c === "'" ? 4 : SPECIAL_CHARS.has(c) ? 2 : 1;
    }
    if (open) length += 6; // "[\w-]*"
  });
  if (/^\w/.test(tokens[0])) length += LEAD.length;
  if (/\w$/.test(tokens[tokens.length - 1])) length += TAIL.length;
  return length;
}

/** What compiling a class gives, as plain data (core/verdict/engine-tables ships it with a build). */
export interface ClassData {
  loose: MatcherData | null;
  strict: MatcherData | null;
  starts: string[] | null;
}

/**
 * Classes compiled so far, by their entries (joined by newlines). A build writes them down and the annotator
 * reads them back before a page is judged: compiling ~70 classes cold cost a page 5–8 ms of its main thread.
 */
export const classTable = new Map<string, ClassData>();

export function compileClass(entries: readonly string[]): CompiledClass {
  const key = entries.join('\n');
  let data = classTable.get(key);
  // Compiled here, the matchers are used as they are; read from the table, they are built from its data.
  let looseMatcher: ClassMatcher | null;
  let strictMatcher: ClassMatcher | null;
  if (data === undefined) {
    const matcher = (list: readonly string[], ignoreCase: boolean) =>
      list.length ? classMatcher(list, ignoreCase) : null;
    looseMatcher = matcher(alternation(entries.filter(isLoose)), true);
    strictMatcher = matcher(alternation(entries.filter(isCapitals)), false);
    data = {
      loose: looseMatcher && matcherData(looseMatcher),
      strict: strictMatcher && matcherData(strictMatcher),
      starts: startsOf(entries),
    };
    classTable.set(key, data);
  } else {
    looseMatcher = data.loose && matcherFromData(data.loose);
    strictMatcher = data.strict && matcherFromData(data.strict);
  }
  const regex = (list: readonly string[], flags: string) =>
    list.length ? new RegExp(alternation(list).map(entrySource).join('|'), flags) : null;
  // The regexes are built when first asked for (tests hold the matchers to them): a page never runs them.
  let looseRegex: RegExp | null | undefined;
  let strictRegex: RegExp | null | undefined;
  return {
    get loose() {
      looseRegex ??= regex(entries.filter(isLoose), 'gi');
      return looseRegex;
    },
    looseMatcher,
    get strict() {
      strictRegex ??= regex(entries.filter(isCapitals), 'g');
      return strictRegex;
    },
    strictMatcher,
    starts: data.starts,
  };
}

// Turns word-class entries (plain words in a tiny notation) into regular expressions — what the notation means —
// and into the matchers that find the same places without compiling a regex (class-matcher.ts). The notation cannot
// express nested quantifiers or backtracking traps, so a fact base may add words without risk:
//   `invest*`  the word and any ending (invests, invested, investment)
//   `_`        up to five words in between ("put _ into" matches "put a further sum into")
//   `AGI`      a token in capitals of two or more letters is matched in capitals only
//   `-`        inside a word: a hyphen, a space or nothing ("non-exclusive", "non exclusive", "nonexclusive")

import { startsOf } from '../word-starts';
import { type ClassMatcher, classMatcher } from './class-matcher';

export interface CompiledClass {
  /** Case-insensitive entries: the regex that defines them (never run by the engine) and its matcher. */
  loose: RegExp | null;
  looseMatcher: ClassMatcher | null;
  /** Entries matched in capitals only. */
  strict: RegExp | null;
  strictMatcher: ClassMatcher | null;
  /**
   * How every entry's first word begins (its first one to three letters, lower-cased), or null when some entry
   * starts with something else. A text where no word begins so cannot hold the class: its regexes, the
   * costly part, need not run (see core/claims/word-starts).
   */
  starts: readonly string[] | null;
}

const GAP = String.raw`\s+(?:[^\s.;:!?]+\s+){0,5}?`;

/** Characters with a meaning in a regular expression, escaped wherever a word contains them. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Native string replacements rather than a loop over characters: a page compiles the classes it needs cold. */
function tokenSource(token: string): string {
  const open = token.endsWith('*');
  const body = (open ? token.slice(0, -1) : token)
    .replace(SPECIAL, '\\$&')
    .replace(/-/g, '[- ]?')
    .replace(/'/g, "['\u2019]");
  return open ? `${body}[\\w-]*` : body;
}

/** One entry as a regular-expression source, with word boundaries where the entry starts and ends in a letter. */
export function entrySource(entry: string): string {
  const tokens = entry.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, i) => {
    if (token === '_') return;
    const joiner = i === 0 ? '' : tokens[i - 1] === '_' ? GAP : String.raw`\s+`;
    source += joiner + tokenSource(token);
  });
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  // A number may be written onto the word ("10GW"); a letter or a hyphen before it makes another word.
  const lead = /^\w/.test(first) ? '(?<![A-Za-z_-])' : '';
  const tail = /\w$/.test(last) ? String.raw`(?![\w])` : '';
  return `${lead}(?:${source})${tail}`;
}

const isCapitals = (entry: string) => /^[A-Z][A-Z0-9]+s?$/.test(entry.trim());

/** Entries with their regex sources, longer sources first (so "right of first refusal" wins over "first"). */
function alternation(entries: readonly string[]): Array<{ entry: string; source: string }> {
  return entries
    .map((entry) => ({ entry, source: entrySource(entry) }))
    .sort((a, b) => b.source.length - a.source.length);
}

export function compileClass(entries: readonly string[]): CompiledClass {
  const loose = alternation(entries.filter((e) => !isCapitals(e)));
  const strict = alternation(entries.filter(isCapitals));
  const regex = (list: typeof loose, flags: string) =>
    list.length ? new RegExp(list.map((x) => x.source).join('|'), flags) : null;
  const matcher = (list: typeof loose, ignoreCase: boolean) =>
    list.length
      ? classMatcher(
          list.map((x) => x.entry),
          ignoreCase,
        )
      : null;
  return {
    loose: regex(loose, 'gi'),
    looseMatcher: matcher(loose, true),
    strict: regex(strict, 'g'),
    strictMatcher: matcher(strict, false),
    starts: startsOf(entries),
  };
}

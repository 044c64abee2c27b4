// Turns word-class entries (plain words in a tiny notation) into regular expressions. The notation cannot
// express nested quantifiers or backtracking traps, so a fact base may add words without risk:
//   `invest*`  the word and any ending (invests, invested, investment)
//   `_`        up to five words in between ("put _ into" matches "put a further sum into")
//   `AGI`      a token in capitals of two or more letters is matched in capitals only
//   `-`        inside a word: a hyphen, a space or nothing ("non-exclusive", "non exclusive", "nonexclusive")

export interface CompiledClass {
  /** Case-insensitive entries. */
  loose: RegExp | null;
  /** Entries matched in capitals only. */
  strict: RegExp | null;
  /**
   * How every entry's first word begins (its first one to three letters, lower-cased), or null when some entry
   * starts with something else. A text where no word begins so cannot hold the class: its regexes, the
   * costly part, need not run (see `wordStarts`).
   */
  starts: readonly string[] | null;
}

/** Longest word beginning kept for the pre-check. */
export const START_LETTERS = 3;

/** The lower-cased first letters (up to START_LETTERS) of an entry, or null when it starts with no letter. */
function entryStart(entry: string): string | null {
  const m = /^[A-Za-z]{1,3}/.exec(entry.trim());
  return m === null ? null : m[0].toLowerCase();
}

/**
 * Every beginning (one to START_LETTERS letters, lower-cased) of every run of ASCII letters in `text`. An entry
 * that starts with a letter can only match where such a run starts: its regex requires no letter, `_` or `-`
 * before it, and a case-insensitive match without the `u` flag never maps another character to ASCII.
 */
export function wordStarts(text: string): Set<string> {
  const starts = new Set<string>();
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const letter = asciiLower(text.charCodeAt(i)) !== 0;
    if (letter && !inRun) {
      let key = '';
      for (let j = i; j < i + START_LETTERS && j < text.length; j++) {
        const lower = asciiLower(text.charCodeAt(j));
        if (lower === 0) break;
        key += String.fromCharCode(lower);
        starts.add(key);
      }
    }
    inRun = letter;
  }
  return starts;
}

/** The code of an ASCII letter in lower case; 0 for anything else. */
function asciiLower(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return 0;
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

export function compileClass(entries: readonly string[]): CompiledClass {
  const loose = entries.filter((e) => !isCapitals(e)).map(entrySource);
  const strict = entries.filter(isCapitals).map(entrySource);
  // Longer alternatives first, so "right of first refusal" wins over "first".
  const byLength = (a: string, b: string) => b.length - a.length;
  const starts = entries.map(entryStart);
  return {
    loose: loose.length ? new RegExp(loose.sort(byLength).join('|'), 'gi') : null,
    strict: strict.length ? new RegExp(strict.sort(byLength).join('|'), 'g') : null,
    starts: starts.every((x) => x !== null) ? [...new Set(starts as string[])] : null,
  };
}

// A cheap look at which words a text has, before any costly regex runs on it: the first one to three letters of
// every word. A name or a vocabulary entry that starts with a letter can only match where a word starts with
// its first letters, so a regex whose entries all start with letters none of the text's words start with cannot
// match, and need not run. Used for the word classes (core/claims/lexicon) and the parties' names.

/** Longest word beginning kept. */
const START_LETTERS = 3;

/**
 * The lower-cased first letters (up to START_LETTERS) of an entry or a name, or null when it starts with no
 * ASCII letter (then nothing can be ruled out by it).
 */
function startOf(entry: string): string | null {
  const m = /^[A-Za-z]{1,3}/.exec(entry.trim());
  return m === null ? null : m[0].toLowerCase();
}

/** The starts of a list of entries; null when any has none. */
export function startsOf(entries: readonly string[]): string[] | null {
  const starts = entries.map(startOf);
  return starts.every((x) => x !== null) ? [...new Set(starts as string[])] : null;
}

/**
 * Every beginning (one to START_LETTERS letters, lower-cased) of every run of ASCII letters in `text`. An entry
 * that starts with a letter can only match where such a run starts: its regex requires no letter before it
 * (a lookbehind such as `(?<![A-Za-z_-])` or `(?<![\w-])`), and a case-insensitive match without the `u`
 * flag never maps another character to ASCII.
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

/** Whether a text with these word starts may hold an entry with one of `entryStarts` (null: may, always). */
export function mayOccur(starts: ReadonlySet<string>, entryStarts: readonly string[] | null): boolean {
  return entryStarts === null || entryStarts.some((s) => starts.has(s));
}

/** The code of an ASCII letter in lower case; 0 for anything else. */
function asciiLower(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return 0;
}

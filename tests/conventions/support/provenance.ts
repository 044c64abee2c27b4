// Finds runs of words copied from the shared corpus. The corpus's 8-word shingles go into a hash set (minus
// those that also occur in the reference records, which quote primary sources); a project text is then cut
// into the same shingles and looked up, and overlapping hits are merged into one reported run.
import { filesUnder, textsOfFile } from './corpus-text';
import { shingles, wordsOf } from './words';

export const RUN_WORDS = 8;

/** Corpus files that hold article wording: pages and the labels' quotes (not the corpus's own README). */
const ARTICLE_FILES = /\.(html?|json|jsonl)$/;

/** Shingles of the corpus that the reference records do not also contain. */
export function forbiddenShingles(corpusDir: string, referenceDir: string): Set<string> {
  const forbidden = new Set<string>();
  for (const file of filesUnder(corpusDir).filter((f) => ARTICLE_FILES.test(f))) {
    for (const text of textsOfFile(file))
      for (const s of shingles(wordsOf(text), RUN_WORDS)) forbidden.add(s);
  }
  for (const file of filesUnder(referenceDir)) {
    for (const text of textsOfFile(file))
      for (const s of shingles(wordsOf(text), RUN_WORDS)) forbidden.delete(s);
  }
  return forbidden;
}

/** The copied runs of a text (each at least RUN_WORDS words, maximal), as plain word strings. */
export function copiedRuns(text: string, forbidden: ReadonlySet<string>): string[] {
  const words = wordsOf(text);
  const runs: string[] = [];
  let runStart = -1;
  let runEnd = -1; // exclusive word index
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    if (!forbidden.has(words.slice(i, i + RUN_WORDS).join(' '))) continue;
    if (runStart !== -1 && i <= runEnd) {
      runEnd = i + RUN_WORDS;
      continue;
    }
    if (runStart !== -1) runs.push(words.slice(runStart, runEnd).join(' '));
    runStart = i;
    runEnd = i + RUN_WORDS;
  }
  if (runStart !== -1) runs.push(words.slice(runStart, runEnd).join(' '));
  return runs;
}

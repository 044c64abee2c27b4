// Word runs for provenance checks: text folded (case, quotes, dashes, whitespace) and cut into words, so that
// a copied phrase is found whatever its typography.

const QUOTES = /[‘’‚‛′`´“”„‟″«»]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, with curly quotes and dashes folded to their plain forms. */
export function wordsOf(text: string): string[] {
  const folded = text.replace(INVISIBLE, '').replace(QUOTES, "'").replace(DASHES, '-').toLowerCase();
  return folded.match(WORD) ?? [];
}

/** Every run of `n` consecutive words, as one space-joined key. */
export function* shingles(words: readonly string[], n: number): Generator<string> {
  for (let i = 0; i + n <= words.length; i++) yield words.slice(i, i + n).join(' ');
}

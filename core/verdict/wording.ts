// How close a sentence's wording is to a fact's own summary. Used only to break ties between facts that a
// sentence matches equally well (same verdict, same number of confirmed words and figures), so the card names the
// fact the sentence reads most like: first by how many of the summary's longer words the sentence has as written,
// then, when that is even, by fuse.js's fuzzy score of each word. (Most ties are settled by the first: 8 of 14
// on the benchmark's long article. fuse.js's code is compiled and run on a page only when a tie needs it.)
import Fuse from 'fuse.js';

const OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 1, minMatchCharLength: 4 };

/**
 * The sentence last scored, its index and its scores by summary: a tie is settled by reducing over a sentence's
 * matches (now, and when published), which asks for the same pairs again and again.
 */
let last: { text: string; fuse: Fuse<string>; scores: Map<string, number> } | null = null;

/** Lets go of the sentence last scored (memory): a slice of its page's text, it holds all of that text. */
export function forgetLastScored(): void {
  last = null;
}

/** Whether summary `b`'s wording is closer to `text` than summary `a`'s. */
export function closerWording(text: string, a: string, b: string): boolean {
  const lower = text.toLowerCase();
  const asWritten = exactShare(lower, b) - exactShare(lower, a);
  if (asWritten !== 0) return asWritten > 0;
  return wordingCloseness(text, b) > wordingCloseness(text, a);
}

/** The share of a summary's longer words (those fuse.js scores) that stand in the text as written. */
function exactShare(lowerText: string, summary: string): number {
  const words = longerWords(summary);
  if (words.length === 0) return 0;
  return words.filter((w) => lowerText.includes(w)).length / words.length;
}

/** Each summary's longer words, worked out once: ties ask for the same summaries again and again. */
const wordsOfSummary = new Map<string, string[]>();

function longerWords(summary: string): string[] {
  let words = wordsOfSummary.get(summary);
  if (words === undefined) {
    words = [...new Set(summary.toLowerCase().match(/[a-z]{5,}/g) ?? [])].slice(0, 6);
    wordsOfSummary.set(summary, words);
  }
  return words;
}

/** 0 (unrelated) … 1 (the same words), from the summary's longer words found in the text. */
export function wordingCloseness(text: string, summary: string): number {
  if (last?.text !== text) last = { text, fuse: new Fuse([text.toLowerCase()], OPTIONS), scores: new Map() };
  let score = last.scores.get(summary);
  if (score === undefined) {
    score = closeness(last.fuse, summary);
    last.scores.set(summary, score);
  }
  return score;
}

function closeness(fuse: Fuse<string>, summary: string): number {
  const words = longerWords(summary);
  if (words.length === 0) return 0;
  let total = 0;
  for (const w of words) total += 1 - (fuse.search(w)[0]?.score ?? 1);
  return total / words.length;
}

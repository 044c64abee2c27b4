// One sentence read once: its folded text, figures, clauses, and where each word class of the vocabulary
// occurs (looked up on first use and kept, so many facts can ask cheaply).
import type { Span } from '../types';
import { clauseSpans } from './clauses';
import { wordStarts } from './lexicon/compile-lexicon';
import { classSpans, type Lexicon } from './lexicon/lexicon';
import { extractValues, type SentenceValues } from './values';

export interface SentenceReading {
  folded: string;
  values: SentenceValues;
  clauses: Span[];
  /** Where the word class occurs; empty when it does not, or when the vocabulary has no such class. */
  spans(wordClass: string): Span[];
}

/** The same reading with more places for one word class (what one partnership's context adds). */
export function withSpans(r: SentenceReading, wordClass: string, extra: Span[]): SentenceReading {
  if (extra.length === 0) return r;
  const merged = [...r.spans(wordClass), ...extra].sort((a, b) => a.start - b.start);
  return { ...r, spans: (c) => (c === wordClass ? merged : r.spans(c)) };
}

export function readSentence(folded: string, lexicon: Lexicon): SentenceReading {
  const found = new Map<string, Span[]>();
  let starts: Set<string> | null = null;
  return {
    folded,
    values: extractValues(folded),
    clauses: clauseSpans(folded),
    spans(wordClass) {
      let spans = found.get(wordClass);
      if (!spans) {
        const cls = lexicon.get(wordClass);
        if (cls) {
          starts ??= wordStarts(folded);
          spans = classSpans(cls, folded, starts);
        } else spans = [];
        found.set(wordClass, spans);
      }
      return spans;
    },
  };
}

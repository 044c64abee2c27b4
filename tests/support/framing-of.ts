// The time framing the engine reads for a word of a sentence: in the word's clause, from the sentence's markers.
import { clauseSpans } from '../../core/claims/clauses';
import type { Framing } from '../../core/claims/time-frame';
import { framingAt, timeMarkers } from '../../core/claims/time-frame';

export function framingOf(sentence: string, word: string): Framing {
  const at = sentence.indexOf(word);
  const clause = clauseSpans(sentence).find((c) => at >= c.start && at < c.end);
  if (!clause) throw new Error(`no clause holds "${word}"`);
  return framingAt(timeMarkers(sentence), clause, at, sentence);
}

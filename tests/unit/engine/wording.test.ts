// The tie-break between two facts a sentence matches equally well: the summary whose longer words the sentence
// has as written wins; when both have as many, fuse.js's fuzzy score of the words decides.
import { describe, expect, it } from 'vitest';
import { closerWording, wordingCloseness } from '../../../core/verdict/wording';

describe('closer wording', () => {
  const sentence = 'The chipmaker agreed to supply accelerators for a new research campus next spring.';

  it('prefers the summary with more of its longer words in the sentence as written', () => {
    const near = 'The chipmaker will supply accelerators to the research campus.';
    const far = 'The lender extended credit for the building of offices.';
    expect(closerWording(sentence, far, near)).toBe(true);
    expect(closerWording(sentence, near, far)).toBe(false);
  });

  it('asks fuse.js when both summaries have as many words as written', () => {
    // Neither has a word of five letters or more in the sentence as written; the first is misspelt.
    const fuzzy = 'Acelerators suply promissed.';
    const unrelated = 'Quarterly dividends were doubled.';
    expect(wordingCloseness(sentence, fuzzy)).toBeGreaterThan(wordingCloseness(sentence, unrelated));
    expect(closerWording(sentence, unrelated, fuzzy)).toBe(true);
    expect(closerWording(sentence, fuzzy, unrelated)).toBe(false);
  });

  it('keeps the first of two summaries that read alike', () => {
    const same = 'Accelerators for the campus.';
    expect(closerWording(sentence, same, same)).toBe(false);
  });
});

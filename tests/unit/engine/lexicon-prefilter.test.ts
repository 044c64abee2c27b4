// The word-start pre-check may only skip a word class where its regexes could not have matched: every class of
// the shared vocabulary, on sentences of our own and on random text, gives the same places with and without it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileClass, wordStarts } from '../../../core/claims/lexicon/compile-lexicon';
import { classSpans } from '../../../core/claims/lexicon/lexicon';
import { SHARED_WORDS } from '../../../core/claims/lexicon/words';

const CLASSES = Object.entries(SHARED_WORDS).map(([id, entries]) => ({ id, cls: compileClass(entries) }));

function sameWithAndWithout(text: string): void {
  const starts = wordStarts(text);
  for (const { id, cls } of CLASSES) {
    expect(classSpans(cls, text, starts), `${id} in ${JSON.stringify(text)}`).toEqual(classSpans(cls, text));
  }
}

describe('word starts', () => {
  it('keeps the first one to three letters of every run of letters, lower-cased', () => {
    expect([...wordStarts('A 10GW deal, re-signed')].sort()).toEqual(
      ['a', 'd', 'de', 'dea', 'g', 'gw', 'r', 're', 's', 'si', 'sig'].sort(),
    );
  });

  it('starts a run after any character that is not an ASCII letter', () => {
    expect(wordStarts('café_bar').has('bar')).toBe(true);
    expect(wordStarts('naïve').has('ve')).toBe(true);
  });

  it('gives no start to a class whose entry begins with something other than a letter', () => {
    expect(compileClass(['$ billion', 'stake']).starts).toBeNull();
    expect(compileClass(['Stake*', 'put _ into']).starts).toEqual(['sta', 'put']);
  });
});

describe('the pre-check never changes what a class finds', () => {
  const sentences = [
    'The cloud giant poured another four billion dollars into the start-up last spring.',
    'Under the revised pact the lab is free to buy computing power from rival providers.',
    'Its exclusive hosting rights lapsed, and a right to match competing offers took their place.',
    'Analysts now value the software maker’s slice of the company at roughly a quarter of a trillion.',
    'THE BOARD SEAT, NON-EXCLUSIVE LICENCE AND AGI CLAUSE were all renegotiated in 2025.',
    'A 10GW build-out, a 6-gigawatt warrant and no equity at all — or so the filing says.',
  ];
  it.each(sentences)('%s', (s) => sameWithAndWithout(s));

  it('on random text made of vocabulary words, letters, digits and punctuation', () => {
    const words = Object.values(SHARED_WORDS)
      .flat()
      .map((e) => e.replace(/\*/g, 'ing').replace(/\b_\b/g, 'the'));
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', ' ', '-', '_', "'", '’', '.', ',', '$', '10', 'é', 'K', 'İ', '\u00a0'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', ''), (parts, joiner) => {
        const text = parts.join(joiner);
        sameWithAndWithout(text);
        sameWithAndWithout(text.toUpperCase());
      }),
      { numRuns: 300 },
    );
  });
});

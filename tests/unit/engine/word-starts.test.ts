// The word-start pre-check may only skip a regex that could not have matched: every class of the shared
// vocabulary gives the same places with and without it, and no party's names regex is skipped where it would
// have matched — on sentences of our own and on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../../support/property-seed';
import { compileClass } from '../../../core/claims/lexicon/compile-lexicon';
import { classSpans } from '../../../core/claims/lexicon/lexicon';
import { SHARED_WORDS } from '../../../core/claims/lexicon/words';
import { nameStarts } from '../../../core/claims/parties';
import { mayOccur, wordStarts } from '../../../core/claims/word-starts';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { compileFactBase } from '../../../core/verdict/compile';

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
      { numRuns: 300, ...propertySeed() },
    );
  });
});

describe('the pre-check never skips a party that is named', () => {
  const partnerships = compileFactBase(bundledFactBase()).partnerships;
  const regexes = [...new Set(partnerships.flatMap((p) => [...p.parties.party, ...p.parties.context]))];
  const names = bundledFactBase().partnerships.flatMap((p) =>
    p.parties.flatMap((party) => [party.name, ...party.aliases, ...party.products, ...party.hints]),
  );

  it('knows how every party regex begins', () => {
    expect(regexes.length).toBeGreaterThan(8);
    for (const re of regexes) expect(nameStarts(re), re.source).not.toBeUndefined();
  });

  it('on random text made of names, their pieces and punctuation', () => {
    const piece = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...names).map((n) => n.toUpperCase()),
      fc.constantFrom(...names).map((n) => `${n}'s`),
      fc.constantFrom(' ', '-', '_', "'", '’', '.', '3', 'é', '(', '"'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom(' ', ''), (parts, joiner) => {
        const text = parts.join(joiner);
        const starts = wordStarts(text);
        for (const re of regexes) {
          if (re.test(text)) expect(mayOccur(starts, nameStarts(re)), `${re.source} in ${text}`).toBe(true);
        }
      }),
      { numRuns: 300, ...propertySeed() },
    );
  });
});

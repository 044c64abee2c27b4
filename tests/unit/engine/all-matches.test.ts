// allMatches gives what String.prototype.matchAll gives, without copying the regex on each call.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../core/claims/all-matches';
import { propertySeed } from '../../support/property-seed';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches', () => {
  const patterns = [/\d+/g, /\b(\d{1,3})\s?(percent|%)/gi, /x*/g, /(?:)/g, /\p{L}?/gu, /(a)|(b)/g, /$/gm];
  it.each(patterns.map((re) => [String(re), re] as const))('is matchAll for %s', (_, re) => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '1', '2', ' ', '%', 'x', '\n', '😀', 'é') }),
        (text) => {
          expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(re)));
          expect(re.lastIndex).toBe(0);
        },
      ),
      { numRuns: 200, ...propertySeed() },
    );
  });

  it('refuses a regex that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

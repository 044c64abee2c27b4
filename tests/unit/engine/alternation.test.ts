// A grouped alternation must find what the plain one finds: the same leftmost match (test, search) and, where
// every branch begins with a plain character (the party-name regexes), the same matched text. Checked on the
// engine's own alternations, on random texts built from their words, and on random word lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../../support/property-seed';
import { groupedAlternation, groupedRegex, topLevelBranches } from '../../../core/claims/alternation';
import { anyClaimWord } from '../../../core/claims/claim-words';

const ANY_CLAIM_WORD = anyClaimWord();
import { namesRegex } from '../../../core/claims/parties';
import { bundledFactBase } from '../../../core/factbase/bundled';

/** The claim-word list as written, before grouping: rebuilt from the branches the grouped regex was made of. */
const CLAIM_WORD_BRANCHES = [
  'invest',
  'back(ed|ing)',
  '\\bsole\\b',
  '\\bonly\\b',
  'licen[cs]',
  '\\$',
  '%',
  '\\bscal(?:e|es|ed|ing)\\b',
  'dates? back',
  '20[0-4]\\d',
  'chips?\\b',
  'cap\\b',
  'capped',
  'series [a-z]\\b',
  '\\d\\s?GW\\b',
  'deal',
  'data cent',
];

function plainAndGrouped(branches: string[], flags: string): [RegExp, RegExp] {
  return [
    new RegExp(branches.join('|'), flags),
    new RegExp(groupedAlternation(branches, flags.includes('i')), flags),
  ];
}

function firstMatch(re: RegExp, text: string): [number, string] | null {
  const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text);
  return m ? [m.index, m[0]] : null;
}

const FRAGMENTS = [
  'deal',
  'Deal',
  'cap',
  'capped',
  'chip',
  'chips',
  '$',
  '%',
  '10GW',
  '2019',
  'sole',
  'soles',
];
const textOf = (words: readonly string[]) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 }), fc.constantFrom(' ', '-', '.', "'s")),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join(''));

describe('grouped alternation', () => {
  it('splits a source at its top-level bars only', () => {
    expect(topLevelBranches('a(b|c)|[|]d|e\\|f|g')).toEqual(['a(b|c)', '[|]d', 'e\\|f', 'g']);
  });

  it('groups branches by first character, case-folded under the i flag, and keeps the others after', () => {
    expect(groupedAlternation(['cloud', 'Comput', 'deal', '\\$', '\\bsole\\b', '\\bseat'], true)).toBe(
      'c(?:loud|omput)|deal|\\b(?:s(?:ole\\b|eat))|\\$',
    );
    expect(groupedAlternation(['cloud', 'Comput'], false)).toBe('cloud|Comput');
    // A quantified first character is not a plain start.
    expect(groupedAlternation(['s?pact', 'seat'], true)).toBe('seat|s?pact');
  });

  it('the claim-word regex is the grouped form of its branches', () => {
    expect(topLevelBranches(ANY_CLAIM_WORD.source).length).toBeLessThan(40);
    expect(ANY_CLAIM_WORD.flags).toBe('i');
    for (const word of ['invested', 'a $5 billion', 'SOLE provider', '35%', 'data centres', 'series b round'])
      expect(ANY_CLAIM_WORD.test(word), word).toBe(true);
    for (const word of ['soled', 'scalar', 'a quiet morning', 'series 5'])
      expect(ANY_CLAIM_WORD.test(word), word).toBe(false);
    // Money put in without a figure, and the words of a deal's changes, regulators and stalls.
    for (const word of [
      'has yet to put money into the lab',
      'a capital injection',
      'the deal was signed',
      'the agreement was restructured',
      'the FTC opened an inquiry',
      'the plan was shelved',
      'the first tranche',
    ])
      expect(ANY_CLAIM_WORD.test(word), word).toBe(true);
    // Words that only contain one of those.
    for (const word of ['the weather forecast', 'a well designed chair', 'install the app'])
      expect(ANY_CLAIM_WORD.test(word), word).toBe(false);
  });

  it('finds the same leftmost match as the plain alternation (claim-word shapes, random texts)', () => {
    const [plain, grouped] = plainAndGrouped(CLAIM_WORD_BRANCHES, 'i');
    fc.assert(
      fc.property(textOf(FRAGMENTS), (text) => {
        expect(grouped.test(text)).toBe(plain.test(text));
        expect(text.search(grouped)).toBe(text.search(plain));
      }),
      { ...propertySeed(), numRuns: 2000 },
    );
  });

  it('chooses the same name as the plain alternation in every party-name regex of the fact base', () => {
    const names = bundledFactBase().partnerships.flatMap((p) =>
      p.parties.map((party) => [party.name, ...party.aliases, ...party.products, ...party.hints]),
    );
    const words = names.flat();
    for (const list of names) {
      const grouped = namesRegex(list);
      // The same regex written without grouping (namesRegex's escaping, longest name first).
      const escaped = [...new Set(list)]
        .sort((a, b) => b.length - a.length)
        .map((n) =>
          n
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/'/g, "['\u2019]")
            .replace(/\s+/g, '\\s+'),
        );
      const plain = new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?:'?s)?(?![\\w])`, 'i');
      fc.assert(
        fc.property(textOf(words), (text) => {
          expect(firstMatch(grouped, text)).toEqual(firstMatch(plain, text));
        }),
        { ...propertySeed(), numRuns: 300 },
      );
    }
  });

  it('chooses the same branch on random word lists', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,5}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.string({ maxLength: 30 }),
        (list, noise) => {
          const text = `${noise} ${list.join(noise)}`;
          for (const flags of ['i', '']) {
            const [plain, grouped] = plainAndGrouped(list, flags);
            expect(firstMatch(grouped, text)).toEqual(firstMatch(plain, text));
          }
        },
      ),
      { ...propertySeed(), numRuns: 1000 },
    );
  });

  it('groupedRegex keeps the flags', () => {
    const re = groupedRegex(/cloud|comput/gi);
    expect(re.flags).toBe('gi');
    expect(re.source).toBe('c(?:loud|omput)');
  });
});

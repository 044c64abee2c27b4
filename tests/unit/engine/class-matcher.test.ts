// The class matcher must find exactly what the class regexes (the notation's definition) find: every class of
// the shared vocabulary and of the fact base, on every sentence of the labelled corpora and the long test page,
// on sentences of our own, and on random text built from the vocabulary, spaces, hyphens and punctuation.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../../support/property-seed';
import { longArticle } from '../../../bench/pages/generate';
import { readHtmlString } from '../../../cli/read-html';
import { candidateSentences } from '../../../core/analyze';
import { compileClass, entrySource, entrySourceLength } from '../../../core/claims/lexicon/compile-lexicon';
import { classSpans, classSpansByRegex } from '../../../core/claims/lexicon/lexicon';
import { SHARED_WORDS } from '../../../core/claims/lexicon/words';
import { foldTypography } from '../../../core/claims/text-fold';
import { bundledFactBase } from '../../../core/factbase/bundled';

const extra = bundledFactBase().lexicon?.words ?? {};
const ids = [...new Set([...Object.keys(SHARED_WORDS), ...Object.keys(extra)])];
const CLASSES = ids.map((id) => ({
  id,
  cls: compileClass([...(SHARED_WORDS[id] ?? []), ...(extra[id] ?? [])]),
}));
const ALL_ENTRIES = ids.flatMap((id) => [...(SHARED_WORDS[id] ?? []), ...(extra[id] ?? [])]);

function same(text: string): void {
  for (const { id, cls } of CLASSES) {
    expect(classSpans(cls, text), `${id} in ${JSON.stringify(text)}`).toEqual(classSpansByRegex(cls, text));
  }
}

const ROOT = resolve(import.meta.dirname, '../../..');
function pageSentences(html: string): string[] {
  const { page } = readHtmlString(html, { url: 'http://127.0.0.1/' });
  return candidateSentences(page.text, page.blocks).map((s) =>
    foldTypography(page.text.slice(s.start, s.end)),
  );
}

describe('class matcher', () => {
  it.each([
    'The cloud giant poured another four billion dollars into the start-up last spring.',
    'It put roughly half of that sum into the lab; later it put more in.',
    'A non exclusive, nonexclusive or non-exclusive licence — and an exclusive one.',
    'THE BOARD SEAT AND AGI CLAUSE, the Board seat and the agi clause.',
    'Its co-investors wrote a cheque. They wrote one more big check, too.',
    "The lab's right of first refusal is not a first look.",
    'A 2.5-gigawatt campus, a multi-gigawatt plan and a non-gigawatt site.',
    'The retailer added $2.75bn, then gave it US$300m and 4 bln more; it got 13B from a fund, not 1,2b3bn.',
  ])('agrees with the regexes on "%s"', (s) => same(s));

  it('agrees with the regexes on every sentence of the corpora and the long test page', () => {
    const dirs = ['../shared/corpus/dev', '../shared/corpus/partners'].map((d) => join(ROOT, d));
    const htmls = dirs.filter(existsSync).flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(join(d, f), 'utf8')),
    );
    const sentences = [...htmls, longArticle().html].flatMap(pageSentences);
    expect(sentences.length).toBeGreaterThan(300);
    for (const s of sentences) same(s);
  });

  it('agrees with the regexes on random text made of vocabulary words', () => {
    const variants = ALL_ENTRIES.flatMap((e) => {
      const w = e.replace(/\*/g, 'ed').replace(/(^|\s)_(\s|$)/g, '$1some more$2');
      return [w, w.toUpperCase(), w.replace(/-/g, ' '), w.replace(/-/g, ''), w.replace(/'/g, '’')];
    });
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...variants) },
      fc.constantFrom(
        ' ',
        '  ',
        '\u00a0',
        '-',
        '_',
        "'",
        '’',
        '.',
        ',',
        ';',
        '!',
        '?',
        '$',
        '10',
        '$2.75bn',
        '13B',
        '4,5mln',
        'bn',
        'US$300m',
        '9b9',
        'é',
        'K',
        'ſ',
      ),
      fc.constantFrom('a', 'the', 'new', 'U.S.', 'co-', 'non', 'ing', 's'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom(' ', '', ' ', '-'), (parts, joiner) => {
        same(parts.join(joiner));
      }),
      { numRuns: 400, ...propertySeed() },
    );
  });
});

describe('class matcher on classes of random entries', () => {
  // Every class of the vocabulary starts its entries with a word character (matched at word starts only); a fact
  // base may add entries that start otherwise ("$", "'s", "-based"), matched at any position.
  const TOKENS = [
    'stake*',
    'cloud',
    'non-exclusive',
    'AGI',
    '_',
    '$',
    "'s",
    '-based',
    '10GW',
    'up',
    'to',
    'co-*',
    'billion',
    'million',
  ];
  const token = fc.constantFrom(...TOKENS);
  // The tokens as text would have them, and a few variants (an ending, another case).
  const word = fc.constantFrom(
    ...TOKENS.filter((t) => t !== '_').map((t) => t.replace('*', '')),
    'stakes',
    'agi',
    'co-investor',
    '$2.5bn',
    '4B',
    'bln',
    'US$3m',
  );
  const filler = fc.constantFrom(' ', '  ', '-', "'", '.', 'a', 'co', 'x', '10', 'non');
  it('agrees with the regexes whatever the entries start with', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(token, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(word, filler), { maxLength: 14 }),
        fc.constantFrom(' ', ''),
        (entryTokens, parts, joiner) => {
          // The notation puts "_" between words: an entry neither starts nor ends with one, nor is one.
          const entries = entryTokens
            .map((t) => t.filter((x, i) => x !== '_' || (i > 0 && i < t.length - 1)))
            .filter((t) => t.some((x) => x !== '_'))
            .map((t) => t.join(' '));
          fc.pre(entries.length > 0);
          const cls = compileClass(entries);
          const text = parts.join(joiner);
          expect(classSpans(cls, text), `${JSON.stringify(entries)} in ${JSON.stringify(text)}`).toEqual(
            classSpansByRegex(cls, text),
          );
        },
      ),
      { numRuns: 600, ...propertySeed() },
    );
  });
});

describe('alternation order', () => {
  it("counts every entry's regex source length without building it", () => {
    for (const entry of ALL_ENTRIES) expect(entrySourceLength(entry), entry).toBe(entrySource(entry).length);
  });

  it('counts the same length for random entries in the notation', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '_',
        'stake*',
        "Microsoft's",
        'non-exclusive',
        'AGI',
        '$',
        '10GW',
        'a.b',
        '(x)',
        'c++',
        'billion',
      ),
      fc.stringMatching(/^[A-Za-z0-9$.'*+?()[\]{}|^-]{1,8}$/),
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), (tokens) => {
        const entry = tokens.join(' ');
        expect(entrySourceLength(entry)).toBe(entrySource(entry).length);
      }),
      { ...propertySeed(), numRuns: 2000 },
    );
  });
});

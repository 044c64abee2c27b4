// The sentence-break pass must split exactly where ICU's sentence iterator (Intl.Segmenter, which Node ships)
// does: on every page of the labelled corpora and our fixtures, block by block and whole, and on random text
// built from the characters the rules tell apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../../support/property-seed';
import { readHtmlString } from '../../../cli/read-html';
import {
  ASCII_CLASSES,
  LATIN_CLASSES,
  LATIN_FROM,
  PUNCTUATION_CLASSES,
  PUNCTUATION_FROM,
  classOfNonAscii,
  sentenceEnds,
} from '../../../core/page/sentence-breaks';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
function icuEnds(text: string): number[] {
  return [...icu.segment(text)].map((s) => s.index + s.segment.length);
}
const ours = (text: string) => sentenceEnds(text, 0, text.length);

const ROOT = resolve(import.meta.dirname, '../../..');
function htmlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f))
    : [];
}

describe('sentence ends', () => {
  it('split ordinary prose after full stops, questions and exclamations, keeping the spaces', () => {
    const text = 'The deal closed. Did it? Yes!  It did.';
    expect(ours(text)).toEqual([17, 25, 31, text.length]);
  });

  it('do not split inside figures, before lower case, or after a closing quote that continues', () => {
    expect(ours('It paid $2.5 billion. Then more.')).toEqual([22, 32]);
    expect(ours('See p. 4 of the filing. Done.')).toEqual([24, 29]);
    expect(ours('He said "it is over." Then left.')).toEqual([22, 32]);
  });

  it('end a sentence at a line break and give nothing for an empty slice', () => {
    expect(ours('One line\nanother')).toEqual([9, 16]);
    expect(sentenceEnds('abc', 1, 1)).toEqual([]);
  });

  it('report positions in the whole text when given a slice of it', () => {
    const text = 'Ignored. First part. Second part.';
    expect(sentenceEnds(text, 9, text.length)).toEqual([21, text.length]);
  });

  it("keep written-out classes of ASCII, Latin letters and punctuation that Unicode's properties give", () => {
    const table = (from: number, classes: string) => {
      for (let i = 0; i < classes.length; i++) {
        const code = from + i;
        expect(classes.charCodeAt(i) - 97, code.toString(16)).toBe(
          classOfNonAscii(String.fromCharCode(code)),
        );
      }
    };
    table(LATIN_FROM, LATIN_CLASSES);
    table(PUNCTUATION_FROM, PUNCTUATION_CLASSES);
    // ASCII: the same, except that tab, vertical tab, form feed and space are spaces between words
    const spaces = new Set([9, 11, 12, 32]);
    [...ASCII_CLASSES].forEach((c, i) => {
      if (!spaces.has(i))
        expect(c.charCodeAt(0) - 97, String(i)).toBe(classOfNonAscii(String.fromCharCode(i)));
    });
    expect(LATIN_FROM + LATIN_CLASSES.length).toBe(0x250);
    expect(PUNCTUATION_FROM + PUNCTUATION_CLASSES.length).toBe(0x2070);
  });

  const pages = [
    ...htmlFiles(join(ROOT, '../shared/corpus/dev')),
    ...htmlFiles(join(ROOT, '../shared/corpus/partners')),
    ...htmlFiles(join(ROOT, 'tests/fixtures/site')),
  ];
  it(`agree with ICU on every block of ${pages.length} pages`, () => {
    expect(pages.length).toBeGreaterThan(10);
    let texts = 0;
    for (const file of pages) {
      const { page } = readHtmlString(readFileSync(file, 'utf8'), { url: 'http://127.0.0.1/' });
      for (const text of [page.text, ...page.blocks.map((b) => page.text.slice(b.start, b.end))]) {
        expect(ours(text), `${file}: ${text.slice(0, 80)}`).toEqual(icuEnds(text));
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(pages.length);
  });

  it('agree with ICU on random text of the characters the rules tell apart', () => {
    const piece = fc.constantFrom(
      'word',
      'Word',
      'WORD',
      'a',
      'B',
      ' ',
      '  ',
      '\u00a0',
      '\t',
      '\n',
      '\r\n',
      '\u2029',
      '.',
      '. ',
      '?',
      '!',
      '?!',
      '…',
      '3',
      '3.5',
      ',',
      ';',
      ':',
      '-',
      '\u2014',
      '"',
      "'",
      '\u201c',
      '\u201d',
      '(',
      ')',
      '[',
      ']',
      'U.S.',
      'e.g.',
      'Mr.',
      'é',
      'É',
      'ß',
      '\u0301',
      '\u200d',
      '\u200b',
      '\ufeff',
      '日本',
      '。',
      '\uff0e',
      '\ud83d\ude00',
      '\u0661',
      '\u05d0',
      '\u2024',
      '\u00bb',
      '\u00ab',
      '\u037e',
      '\u0130',
      '\u212a',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(ours(text)).toEqual(icuEnds(text));
      }),
      { numRuns: 3000, ...propertySeed() },
    );
  });
});

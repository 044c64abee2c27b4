import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../core/page/sentences';
import type { Span } from '../../../core/types';

function sentences(text: string, blocks?: Span[]): string[] {
  return segmentSentences(text, blocks ?? [{ start: 0, end: text.length }]).map((s) =>
    text.slice(s.start, s.end),
  );
}

describe('segmentSentences', () => {
  it('splits plain sentences and trims them', () => {
    expect(
      sentences('  Microsoft invested in 2019.   It invested again in 2023!  Was it $10 billion? '),
    ).toEqual(['Microsoft invested in 2019.', 'It invested again in 2023!', 'Was it $10 billion?']);
  });

  it('never crosses a block boundary, even without final punctuation', () => {
    const text = 'A headline without a stop\n\nThe body starts here. And goes on';
    const blocks = [
      { start: 0, end: 25 },
      { start: 27, end: text.length },
    ];
    expect(sentences(text, blocks)).toEqual([
      'A headline without a stop',
      'The body starts here.',
      'And goes on',
    ]);
  });

  it('does not split after common abbreviations', () => {
    expect(
      sentences(
        'The U.S. Federal Trade Commission looked at it. Microsoft Corp. Chief Executive Satya Nadella spoke. ' +
          'Mr. Altman and Dr. Smith met on Jan. 5 and again in Sept. Next year. ' +
          'Partners, e.g. Microsoft, agreed. It was approx. 49% vs. 51% in the U.K. Telegraph report. ' +
          'See No. 7 on the list.',
      ),
    ).toEqual([
      'The U.S. Federal Trade Commission looked at it.',
      'Microsoft Corp. Chief Executive Satya Nadella spoke.',
      'Mr. Altman and Dr. Smith met on Jan. 5 and again in Sept. Next year.',
      'Partners, e.g. Microsoft, agreed.',
      'It was approx. 49% vs. 51% in the U.K. Telegraph report.',
      'See No. 7 on the list.',
    ]);
  });

  it('does not split after an initial', () => {
    expect(sentences('Sam H. Altman and J.P. Morgan were named. The deal closed.')).toEqual([
      'Sam H. Altman and J.P. Morgan were named.',
      'The deal closed.',
    ]);
  });

  it('still ends a sentence on a company suffix when a new sentence clearly starts', () => {
    expect(sentences('OpenAI signed a deal with Microsoft Corp. The terms were not disclosed.')).toEqual([
      'OpenAI signed a deal with Microsoft Corp.',
      'The terms were not disclosed.',
    ]);
    expect(sentences('It moved to the U.S. In 2019 it raised money.')).toEqual([
      'It moved to the U.S.',
      'In 2019 it raised money.',
    ]);
  });

  it('ends a sentence before a sum that opens the next, after a word or a place’s abbreviation', () => {
    expect(
      sentences('The fund will spend $40 billion in the U.S. $8 billion of it comes this year.'),
    ).toEqual(['The fund will spend $40 billion in the U.S.', '$8 billion of it comes this year.']);
    expect(sentences('Most of it goes to Texas. $8 billion comes first.')).toEqual([
      'Most of it goes to Texas.',
      '$8 billion comes first.',
    ]);
    expect(sentences('It cost approx. $8 billion in all, vs. $2 billion before.')).toEqual([
      'It cost approx. $8 billion in all, vs. $2 billion before.',
    ]);
  });

  it('keeps decimals and quoted sentences together', () => {
    expect(sentences('“We invested $1.5 billion,” he said. Shares rose 2.5%.')).toEqual([
      '“We invested $1.5 billion,” he said.',
      'Shares rose 2.5%.',
    ]);
  });

  it('segments right-to-left text', () => {
    expect(sentences('استثمرت مايكروسوفت في الشركة. هل تملك 49%؟ لا.')).toEqual([
      'استثمرت مايكروسوفت في الشركة.',
      'هل تملك 49%؟',
      'لا.',
    ]);
  });

  it('treats no blocks as one block, and skips empty or out-of-range blocks', () => {
    expect(sentences('One. Two.', [])).toEqual(['One.', 'Two.']);
    expect(segmentSentences('   ', [{ start: 0, end: 3 }])).toEqual([]);
    expect(segmentSentences('abc', [{ start: 5, end: 9 }])).toEqual([]);
    expect(segmentSentences('', [])).toEqual([]);
  });

  it('matches ICU on long text fed through its window', () => {
    const base = [
      'Microsoft invested in OpenAI in 2019.',
      'Azure was the exclusive cloud.',
      'Was it? ',
      'Yes!',
    ];
    let text = '';
    for (let i = 0; text.length < 60_000; i++) text += `${base[i % base.length]} Item ${i} follows here. `;
    const icu = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)]
      .map((s) => s.segment.trim())
      .filter((s) => s !== '');
    expect(sentences(text)).toEqual(icu);
  });

  it('cuts a run-on "sentence" longer than the window instead of stalling', () => {
    const text = 'word '.repeat(40_000).trim();
    const spans = segmentSentences(text, []);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('segments 5 MB in well under two seconds, whether in many blocks or one', () => {
    const unit =
      'Microsoft put $1 billion into OpenAI in 2019, and the U.S. company said Mr. Smith agreed. Was it news? ';
    const paragraphs: string[] = [];
    let length = 0;
    while (length < 5_000_000) {
      const p = unit.repeat(4).trim();
      paragraphs.push(p);
      length += p.length + 2;
    }
    const text = paragraphs.join('\n\n');
    const blocks: Span[] = [];
    let pos = 0;
    for (const p of paragraphs) {
      blocks.push({ start: pos, end: pos + p.length });
      pos += p.length + 2;
    }
    let t = performance.now();
    const many = segmentSentences(text, blocks);
    const manyMs = performance.now() - t;
    const single = text.replace(/\n\n/g, ' ');
    t = performance.now();
    const one = segmentSentences(single, []);
    const oneMs = performance.now() - t;
    console.info(
      `segmentSentences 5 MB: ${manyMs.toFixed(0)} ms in ${blocks.length} blocks, ${oneMs.toFixed(0)} ms as one block`,
    );
    expect(many).toHaveLength(paragraphs.length * 8);
    expect(one).toHaveLength(paragraphs.length * 8);
    expect(manyMs).toBeLessThan(2000);
    expect(oneMs).toBeLessThan(2000);
  });
});

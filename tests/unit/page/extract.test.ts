import { describe, expect, it } from 'vitest';
import { extractPage, pageFromPlainText } from '../../../core/page/extract';
import { segmentSentences } from '../../../core/page/sentences';
import {
  doc,
  EMPTY_PAGE,
  expectExactSegments,
  expectRoundTrip,
  fixture,
  fixtureNames,
  page,
} from './helpers';

describe('extractPage', () => {
  it('reads the news fixture: text, title, date, canonical URL, language', () => {
    const { page: p } = extractPage(doc(fixture('news-article.html')), {
      url: 'https://ledger.example/x?utm=1',
    });
    expect(p.title).toBe('Inside the Microsoft & OpenAI deal');
    expect(p.published).toBe('2023-01-23');
    expect(p.url).toBe('https://ledger.example/tech/microsoft-openai-deal');
    expect(p.lang).toBe('en-US');
    expect(p.text).toContain(
      'Some reports claim that Microsoft owns 49% of OpenAI, a figure the companies never confirmed.',
    );
    expect(p.text).toContain("Under the U.S. company's plan, Azure would be the exclusive cloud provider.");
    expect(p.text).toContain('Cloud computing on Azure\n\nCommercial access to OpenAI models');
    expect(p.text).toContain('2019\n\nFirst investment');
    expect(p.text).toContain('Microsoft and OpenAI said the terms remain in effect.');
    expect(p.text).not.toContain('World desk');
    expect(p.text).not.toContain('Trending elsewhere');
    expect(p.text).not.toContain('Copyright notice');
  });

  it('keeps the claim split across <a> and <em> as one sentence', () => {
    const { page: p } = extractPage(doc(fixture('news-article.html')));
    const texts = segmentSentences(p.text, p.blocks).map((s) => p.text.slice(s.start, s.end));
    expect(texts).toContain(
      'Some reports claim that Microsoft owns 49% of OpenAI, a figure the companies never confirmed.',
    );
    expect(texts).toContain(
      'Microsoft first put money into OpenAI in 2019, when it invested $1 billion in the research lab.',
    );
  });

  it('uses opts.url when there is no canonical link, and null when neither exists', () => {
    const html = fixture('jsonld-graph.html');
    expect(extractPage(doc(html), { url: 'file:///tmp/a.html' }).page.url).toBe('file:///tmp/a.html');
    expect(extractPage(doc(html)).page.url).toBeNull();
  });

  it('keeps a relative canonical link as written when there is no base to resolve it', () => {
    expect(extractPage(doc(fixture('news-article.html'))).page.url).toBe('/tech/microsoft-openai-deal');
  });

  it('reads a right-to-left page', () => {
    const { page: p } = extractPage(doc(fixture('rtl-article.html')));
    expect(p.lang).toBe('ar');
    expect(p.published).toBe('2023-01-24');
    expect(p.text).toContain('استثمرت مايكروسوفت مليار دولار في أوبن إيه آي عام 2019.');
    expect(p.text).not.toContain('الرئيسية');
    expect(p.text).not.toContain('جميع الحقوق محفوظة');
    const texts = segmentSentences(p.text, p.blocks).map((s) => p.text.slice(s.start, s.end));
    expect(texts).toContain('هل تملك مايكروسوفت 49% من الشركة؟');
  });

  it('gives empty text (not an error) for a page with no article', () => {
    const { page: p, map } = extractPage(doc(fixture('no-article.html')));
    expect(p).toMatchObject({ text: '', blocks: [], title: 'Section index', published: null });
    expect(map.segments).toEqual([]);
  });

  it('handles a document with no element at all', () => {
    const { page: p } = extractPage(doc(''));
    expect(p).toEqual(EMPTY_PAGE);
  });

  it('has blocks that partition the text with "\\n\\n"', () => {
    for (const name of fixtureNames()) {
      const { page: p } = extractPage(doc(fixture(name)));
      expect(p.blocks.map((b) => p.text.slice(b.start, b.end)).join('\n\n'), name).toBe(p.text);
    }
  });

  it('maps every sentence of every fixture back to the DOM exactly, without changing the DOM', () => {
    for (const name of fixtureNames()) {
      const d = doc(fixture(name));
      const before = d.toString();
      const { page: p, map } = extractPage(d);
      expectExactSegments(map);
      expectRoundTrip(map, segmentSentences(p.text, p.blocks));
      expect(d.toString(), name).toBe(before);
    }
  });

  it('maps a page whose text nodes are split oddly', () => {
    const d = page(
      '<article><p>Micro<b>soft</b>   owns<i> </i><em>49%</em>\n of Open<span>AI</span>.</p></article>',
    );
    const { page: p, map } = extractPage(d);
    expect(p.text).toBe('Microsoft owns 49% of OpenAI.');
    expectExactSegments(map);
    expectRoundTrip(map, [{ start: 0, end: p.text.length }]);
  });
});

describe('pageFromPlainText', () => {
  it('splits blocks on blank lines and folds hard-wrapped lines', () => {
    const p = pageFromPlainText(
      '\uFEFFMicrosoft invested\n$1 billion in 2019.\r\n\r\n  \n\nAzure was   exclusive.\n\n\n',
    );
    expect(p.text).toBe('Microsoft invested $1 billion in 2019.\n\nAzure was exclusive.');
    expect(p.blocks.map((b) => p.text.slice(b.start, b.end))).toEqual([
      'Microsoft invested $1 billion in 2019.',
      'Azure was exclusive.',
    ]);
    expect(p).toMatchObject({ title: null, published: null, url: null, lang: null });
  });

  it('gives empty text for empty or blank input', () => {
    expect(pageFromPlainText('')).toMatchObject({ text: '', blocks: [] });
    expect(pageFromPlainText(' \n\n \t')).toMatchObject({ text: '', blocks: [] });
  });
});

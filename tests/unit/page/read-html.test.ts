import { describe, expect, it } from 'vitest';
import { ensureDocumentShape, readHtmlString } from '../../../cli/read-html';
import { rangesFor } from '../../../core/page/text-map';
import { EMPTY_PAGE, fixture } from './helpers';

describe('readHtmlString', () => {
  it('returns an empty page for an empty string', () => {
    const { page, map } = readHtmlString('');
    expect(page).toEqual(EMPTY_PAGE);
    expect(map.segments).toEqual([]);
  });

  it('returns empty text, not an error, for a page with no article', () => {
    expect(readHtmlString(fixture('no-article.html')).page.text).toBe('');
  });

  it('decodes HTML entities and treats <br> as a block boundary', () => {
    const html =
      '<p>AT&amp;T &lt;and&gt; Microsoft&#x27;s &ldquo;deal&rdquo;&nbsp;&mdash; &#169; 2023<br>Second line</p>';
    const { page } = readHtmlString(html);
    expect(page.text).toBe("AT&T <and> Microsoft's “deal” — © 2023\n\nSecond line");
  });

  it('reads fragments and pages that omit <html>, <head> or <body>', () => {
    expect(readHtmlString('<p>Microsoft invested in OpenAI.</p>').page.text).toBe(
      'Microsoft invested in OpenAI.',
    );
    const noBody = readHtmlString('<html lang="en"><head><title>T</title></head><p>Body text.</p></html>');
    expect(noBody.page).toMatchObject({ text: 'Body text.', title: 'T', lang: 'en' });
    const noHtml = readHtmlString(
      '<!doctype html><head><meta property="article:published_time" content="2023-01-23"></head><article><p>x y</p></article>',
    );
    expect(noHtml.page).toMatchObject({ text: 'x y', published: '2023-01-23' });
  });

  it('passes the source on as the URL when the page has no canonical link', () => {
    expect(readHtmlString(fixture('jsonld-array.html'), { url: 'pages/a.html' }).page.url).toBe(
      'pages/a.html',
    );
  });

  it('reads a 20 MB page in linear time', () => {
    const paragraph = (i: number) =>
      `<p>Report ${i}: Microsoft put <a href="/x">$1 billion</a> into OpenAI in <em>2019</em>, and the U.S. ` +
      `company's Azure   deal followed.\n   Mr. Smith said so &amp; more.</p>\n`;
    const build = (bytes: number) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < bytes; i++) {
        const p = paragraph(i);
        parts.push(p);
        length += p.length;
      }
      return `<!doctype html><html><head><title>Big</title></head><body><nav>Menu</nav><article><h1>Big</h1>${parts.join('')}</article><footer>Legal</footer></body></html>`;
    };
    const time = (html: string) => {
      const t = performance.now();
      const result = readHtmlString(html);
      return { result, ms: performance.now() - t };
    };
    const small = time(build(2_000_000));
    const big = time(build(20_000_000));
    console.info(`readHtmlString: 2 MB in ${small.ms.toFixed(0)} ms, 20 MB in ${big.ms.toFixed(0)} ms`);
    const { page, map } = big.result;
    expect(page.text.startsWith('Big\n\nReport 0: Microsoft put $1 billion into OpenAI in 2019')).toBe(true);
    expect(page.text).not.toContain('Menu');
    expect(page.text).not.toContain('Legal');
    const last = page.blocks[page.blocks.length - 1];
    const pieces = rangesFor(map, last.start, last.end);
    expect(pieces.length).toBeGreaterThan(0);
    // linear: ten times the input must not cost much more than ten times the time (generous for noisy CI)
    expect(big.ms).toBeLessThan(Math.max(30 * small.ms, 5000));
    expect(big.ms).toBeLessThan(18_000);
  });
});

describe('ensureDocumentShape', () => {
  it('leaves complete documents alone', () => {
    const html = '<!doctype html><html><head></head><body><p>x</p></body></html>';
    expect(ensureDocumentShape(html)).toBe(html);
  });

  it('adds the missing tags, keeping the <html> attributes and the head', () => {
    expect(ensureDocumentShape('')).toBe('<!doctype html><html><head></head><body></body></html>');
    expect(ensureDocumentShape('<html dir="rtl"><head><title>T</title></head><p>x</p></html>')).toBe(
      '<!doctype html><html dir="rtl"><head><title>T</title></head><body><p>x</p></body></html>',
    );
    expect(ensureDocumentShape('<header>h</header><p>x</p>')).toBe(
      '<!doctype html><html><head></head><body><header>h</header><p>x</p></body></html>',
    );
  });
});

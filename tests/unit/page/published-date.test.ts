import { describe, expect, it } from 'vitest';
import { isoDate, normalizeDate } from '../../../core/page/iso-date';
import { jsonLdPublished } from '../../../core/page/json-ld';
import { findMainContent } from '../../../core/page/main-content';
import { findPublishedDate } from '../../../core/page/published-date';
import { doc, fixture, page } from './helpers';

function publishedOf(html: string): string | null {
  const d = doc(html);
  return findPublishedDate(d, findMainContent(d).roots);
}

describe('normalizeDate', () => {
  it.each([
    ['2023-01-23', '2023-01-23'],
    ['2023-01-23T23:30:00-08:00', '2023-01-23'],
    ['2023-01-23T00:30:00+09:00', '2023-01-23'],
    ['  2023-01-23 10:00  ', '2023-01-23'],
    ['2023-1-5', '2023-01-05'],
    ['2023/01/23', '2023-01-23'],
    ['20230123', '2023-01-23'],
    ['20230123T101500Z', '2023-01-23'],
    ['2024-02-29', '2024-02-29'],
    ['January 23, 2023', '2023-01-23'],
    ['Jan. 23 2023', '2023-01-23'],
    ['Monday, January 23, 2023 10:00 AM', '2023-01-23'],
    ['23 January 2023', '2023-01-23'],
    ['Mon, 23 Jan 2023 10:00:00 GMT', '2023-01-23'],
    ['Sept. 3, 2025', '2025-09-03'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'yesterday',
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-01',
    '2023',
    '2023-01-23garbage',
    '1674518400',
    '2023123',
    'Smarch 3, 2023',
    'February 30, 2023',
    '0000-00-00',
  ])('%j → null', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  it('is null for anything that is not a string', () => {
    for (const value of [null, undefined, 20230123, {}, []]) expect(normalizeDate(value)).toBeNull();
  });
});

describe('isoDate', () => {
  it('formats real dates and rejects impossible ones', () => {
    expect(isoDate(2019, 7, 22)).toBe('2019-07-22');
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2023, 4, 31)).toBeNull();
    expect(isoDate(2023, 1.5, 1)).toBeNull();
  });
});

describe('jsonLdPublished', () => {
  it('prefers the article in an @graph over the WebSite and WebPage', () => {
    expect(jsonLdPublished(doc(fixture('jsonld-graph.html')))).toBe('2023-01-23');
  });

  it('reads a top-level array and an {"@value"} date after a broken block', () => {
    expect(jsonLdPublished(doc(fixture('jsonld-array.html')))).toBe('2024-07-11');
  });

  it('repairs comments, raw newlines in strings and trailing commas', () => {
    expect(jsonLdPublished(doc(fixture('jsonld-malformed.html')))).toBe('2023-11-30');
  });

  it('finds a nested article and falls back to another type', () => {
    const nested =
      '{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle","datePublished":"2025-01-21"}}';
    expect(jsonLdPublished(page('', `<script type="application/ld+json">${nested}</script>`))).toBe(
      '2025-01-21',
    );
    const other = '{"@type":"WebPage","datePublished":["nonsense","2024-05-01"]}';
    expect(jsonLdPublished(page('', `<script type="application/ld+json">${other}</script>`))).toBe(
      '2024-05-01',
    );
  });

  it('scans unparseable JSON-LD with a pattern as a last resort', () => {
    const broken = '{"@type": "NewsArticle", "datePublished": "2023-11-19", "headline": "x" "oops": }';
    expect(jsonLdPublished(page('', `<script type="application/ld+json">${broken}</script>`))).toBe(
      '2023-11-19',
    );
  });

  it('is null without JSON-LD or with only non-date values', () => {
    expect(jsonLdPublished(page('<p>x</p>'))).toBeNull();
    expect(
      jsonLdPublished(page('', '<script type="application/ld+json">{"datePublished": ""}</script>')),
    ).toBeNull();
    expect(
      jsonLdPublished(page('', '<script type="application/ld+json">not json at all</script>')),
    ).toBeNull();
  });
});

describe('findPublishedDate', () => {
  it('reads article:published_time as the calendar date written, not shifted by time zone', () => {
    expect(publishedOf(fixture('news-article.html'))).toBe('2023-01-23');
  });

  it('uses JSON-LD when there is no meta date', () => {
    expect(publishedOf(fixture('jsonld-graph.html'))).toBe('2023-01-23');
    expect(publishedOf(fixture('jsonld-array.html'))).toBe('2024-07-11');
    expect(publishedOf(fixture('jsonld-malformed.html'))).toBe('2023-11-30');
  });

  it("uses the byline's <time>, not the site header's, an aside's, an update's or one in the body text", () => {
    expect(publishedOf(fixture('time-byline.html'))).toBe('2025-01-21');
  });

  it('prefers <time pubdate> to other byline times', () => {
    expect(publishedOf(fixture('time-pubdate.html'))).toBe('2024-03-01');
  });

  it('is null when every date on the page is malformed or impossible', () => {
    expect(publishedOf(fixture('malformed-date.html'))).toBeNull();
  });

  it('moves past a malformed meta date to the next source', () => {
    const d = page(
      '<article><p class="byline"><time datetime="2023-12-08">Dec 8</time></p><p>Text.</p></article>',
      '<meta property="article:published_time" content="2023-02-30">',
    );
    expect(findPublishedDate(d, [d.querySelector('article')!])).toBe('2023-12-08');
  });

  it('knows the common meta variants and ranks them', () => {
    const cases: Array<[string, string]> = [
      ['<meta itemprop="datePublished" content="2024-07-10">', '2024-07-10'],
      ['<meta name="pubdate" content="2023-12-27">', '2023-12-27'],
      ['<meta name="parsely-pub-date" content="2025-08-28T12:00:00Z">', '2025-08-28'],
      ['<meta name="DC.date.issued" content="2025-09-11">', '2025-09-11'],
      ['<meta name="citation_publication_date" content="2023/11/20">', '2023-11-20'],
      [
        '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2026-02-27">',
        '2026-02-27',
      ],
    ];
    for (const [head, expected] of cases)
      expect(findPublishedDate(page('<p>x</p>', head)), head).toBe(expected);
  });

  it('reads itemprop=datePublished on a visible element', () => {
    const d = page(
      '<article><span itemprop="datePublished" content="2025-03-14">March 14</span><p>x</p></article>',
    );
    expect(findPublishedDate(d, [d.querySelector('article')!])).toBe('2025-03-14');
  });

  it('ignores a <time> inside body text', () => {
    const d = page(
      '<article><h1>H</h1><p>Signed on <time datetime="2019-07-22">July 22, 2019</time>.</p></article>',
    );
    expect(findPublishedDate(d, [d.querySelector('article')!])).toBeNull();
  });

  it('takes a <time> that is a direct child of the article', () => {
    const d = page('<article><h1>H</h1><time datetime="2024-02-06">Feb 6</time><p>x</p></article>');
    expect(findPublishedDate(d, [d.querySelector('article')!])).toBe('2024-02-06');
  });

  it('is null for an empty document', () => {
    expect(findPublishedDate(doc(''))).toBeNull();
  });
});

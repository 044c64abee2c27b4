// A whole news page we wrote: claims of every status, decoys that name both companies, a claim split
// across <a> and <em>, and site chrome (aside, footer) that repeats claims and must be ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../../cli/read-html';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';

const html = readFileSync(new URL('../../fixtures/engine/partnership-news.html', import.meta.url), 'utf8');
const { page } = readHtmlString(html);
const claims = judgePage(page, bundledFactBase(), { asOf: '2026-11-21' });

describe('judging a news page', () => {
  it('reads the publication date and judges as published too', () => {
    expect(page.published).toBe('2025-03-14');
    expect(claims.every((c) => c.asPublished !== null)).toBe(true);
  });

  it('finds the claims, in reading order, with their verdicts now and when published', () => {
    expect(claims.map((c) => [c.text.slice(0, 40), c.status, c.asPublished, c.factId])).toEqual([
      ['Microsoft put its first $1 billion into ', 'supported', 'supported', 'inv-2019-1b'],
      // The clause after the comma tells a term of its own, true of the time it tells of.
      ["and that deal made Azure the lab's exclu", 'supported', 'supported', 'cloud-exclusive'],
      ["Today Azure is still OpenAI's exclusive ", 'outdated', 'outdated', 'cloud-exclusive'],
      ['Since January, Microsoft has held a righ', 'outdated', 'supported', 'cloud-rofr'],
      ['Microsoft owns 49% of OpenAI, the spokes', 'contradicted', 'contradicted', 'stake-49-wrong'],
      ['The company also invested $2 billion in ', 'unverified', 'unverified', 'inv-2021-2b-reported'],
      ['Until recently, Microsoft held a non-vot', 'supported', 'supported', 'board-observer'],
      ["Editor's note: the OpenAI API runs only ", 'outdated', 'supported', 'api-exclusive'],
    ]);
  });

  it('reads a claim split across <a> and <em> as one sentence', () => {
    expect(claims[2].text).toBe(
      "Today Azure is still OpenAI's exclusive cloud provider for every workload, according to a company spokesperson.",
    );
  });

  it('leaves decoys and site chrome alone', () => {
    const texts = claims.map((c) => c.text).join('\n');
    expect(texts).not.toMatch(/shares slipped|most consequential|suing|reader poll|Footer text/);
  });

  it('gives offsets into the extracted text', () => {
    for (const c of claims) expect(page.text.slice(c.start, c.end)).toBe(c.text);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('explains every verdict with the fact, the amendment context and a primary source', () => {
    for (const c of claims) {
      expect(c.explanation.length).toBeGreaterThan(20);
      expect(c.factSummary).toBeTruthy();
    }
    const outdated = claims.find((c) => c.factId === 'cloud-rofr')!;
    expect(outdated.amendment).toMatchObject({ eventId: 'E13', date: '2026-04-27' });
    expect(outdated.explanation).toMatch(
      /^Outdated since 2025-10-28\. Now: Since October 2025 Microsoft no longer has the right to match other offers/,
    );
    expect(outdated.source?.url).toMatch(/^https:\/\//);
  });
});

describe('pages that are not about the partnership', () => {
  it('flags nothing on a page that never names both parties', () => {
    const quiet = pageFromPlainText(
      'Azure revenue grew 40% last quarter.\n\nThe exclusive cloud provider for the city is a local firm that owns 49% of the venture.',
    );
    expect(judgePage(quiet, bundledFactBase(), { asOf: '2026-11-21' })).toEqual([]);
  });

  it('flags nothing on an empty page', () => {
    expect(judgePage(pageFromPlainText(''), bundledFactBase(), { asOf: '2026-11-21' })).toEqual([]);
  });
});

describe('pages given without block boundaries', () => {
  it('reads the whole text as one block', () => {
    const text = "Azure is OpenAI's exclusive cloud provider.";
    const claims = judgePage({ text, title: null, published: null, blocks: [] }, bundledFactBase(), {
      asOf: '2026-11-21',
    });
    expect(claims.map((c) => c.status)).toEqual(['outdated']);
  });
});

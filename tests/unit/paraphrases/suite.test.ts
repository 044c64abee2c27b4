// The paraphrase suite as committed: what scripts/paraphrases/generate.ts makes (same seed, same output), large
// and varied enough to measure generalisation, and well-formed for `npm run eval`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLabels } from '../../../cli/eval-score';
import { readHtmlString } from '../../../cli/read-html';
import { microsoftOpenAiSuite, type SuitePage } from '../../../scripts/paraphrases/generate';
import { PARTNER_PAGES } from '../../../scripts/paraphrases/partners';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const committed = (suite: string) => JSON.parse(readFileSync(`${FIXTURES}${suite}/labels.json`, 'utf8'));
const claims = (pages: SuitePage[]) => pages.flatMap((p) => p.claims);

describe.each([
  ['paraphrases', microsoftOpenAiSuite],
  ['paraphrases-partners', PARTNER_PAGES],
])('%s', (suite, make) => {
  const pages = make();

  it('is what the generator makes (run `npm run paraphrases` after changing it)', () => {
    const labels = committed(suite);
    expect(labels.documents.map((d: { claims: unknown }) => d.claims)).toEqual(pages.map((p) => p.claims));
    expect(labels.documents.map((d: { decoys: unknown }) => d.decoys)).toEqual(pages.map((p) => p.decoys));
    expect(parseLabels(labels).today).toBe('2026-11-21');
  });

  it('every quote and decoy is in its page text as the engine reads it, and the page date is read', () => {
    for (const page of pages) {
      const read = readHtmlString(readFileSync(`${FIXTURES}${suite}/${page.file}`, 'utf8')).page;
      expect(read.published).toBe(page.published);
      for (const c of page.claims) expect(read.text).toContain(c.quote);
      for (const d of page.decoys) expect(read.text).toContain(d);
    }
  });

  it('gives every claim an accepted status and the partnership it is about', () => {
    for (const c of claims(pages)) {
      expect(c.accept.length).toBeGreaterThan(0);
      expect(c.partnership).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(c.why.length).toBeGreaterThan(0);
    }
    expect(new Set(claims(pages).map((c) => c.id)).size).toBe(claims(pages).length);
  });
});

describe('Microsoft–OpenAI paraphrases', () => {
  const pages = microsoftOpenAiSuite();
  const all = claims(pages);
  const texts = pages.flatMap((p) => p.paragraphs).join('\n');

  it('holds several hundred claims of every status and a decoy set', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const status of ['supported', 'outdated', 'contradicted', 'unverified']) {
      expect(all.filter((c) => c.accept[0] === status).length).toBeGreaterThanOrEqual(20);
    }
    expect(pages.flatMap((p) => p.decoys).length).toBeGreaterThanOrEqual(60);
  });

  it('varies value forms, hedges, tense, negation and claims per sentence', () => {
    for (const form of [
      'one billion dollars',
      'twenty-seven percent',
      'one-fifth',
      'half a trillion',
      'nearly half',
    ])
      expect(texts).toContain(form);
    for (const hedge of ['Reportedly', 'people familiar with the talks said', 'Sources say'])
      expect(texts).toContain(hedge);
    for (const word of ['no longer', 'will ', 'In 2019', 'is over']) expect(texts).toContain(word);
    // Two labelled clauses in one paragraph.
    const paragraphsWithTwo = pages.flatMap((p) =>
      p.paragraphs.filter((para) => p.claims.filter((c) => para.includes(c.quote)).length >= 2),
    );
    expect(paragraphsWithTwo.length).toBeGreaterThanOrEqual(10);
  });

  it('puts claims on pages with and without a publication date', () => {
    expect(new Set(pages.map((p) => p.published)).size).toBeGreaterThanOrEqual(4);
    expect(pages.some((p) => p.published === null)).toBe(true);
  });
});

describe('partner paraphrases', () => {
  it('has at least 15 claims for each of the seven deals, and decoys about deals not tracked', () => {
    const pages = PARTNER_PAGES();
    expect(pages).toHaveLength(7);
    for (const p of pages) expect(p.claims.length).toBeGreaterThanOrEqual(15);
    const decoys = pages.flatMap((p) => p.decoys).join('\n');
    expect(decoys).toContain('Meta');
    expect(decoys).toContain('Intel');
  });
});

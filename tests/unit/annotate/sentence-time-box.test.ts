// Judging one sentence is time-boxed in the page scan (core/annotate/page-scan): a sentence longer than any
// a reader reads is not judged, and after a few sentences each over the budget the rest of the page is left
// unjudged instead of freezing it. The engine itself is unchanged.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { OVER_BUDGET_LIMIT, SENTENCE_BUDGET_MS, SENTENCE_MAX_CHARS } from '../../../core/annotate/judge-here';
import { scanPageHere as scanPage } from '../../../core/annotate/scan-page-here';
import { bundledFactBase } from '../../../core/factbase/bundled';

const fb = bundledFactBase();
const AS_OF = '2026-11-21';
const CLAIMS = ['Microsoft owns 49% of OpenAI.', "Azure is OpenAI's exclusive cloud provider."];

function page(body: string): Document {
  return parseHTML(
    `<!doctype html><html lang="en"><head><title>Microsoft and OpenAI</title></head><body><main><article><h1>Microsoft and OpenAI</h1>${body}</article></main></body></html>`,
  ).document as unknown as Document;
}

describe('the time box of one sentence', () => {
  it('judges every sentence when each is quick', async () => {
    const scan = await scanPage(page(CLAIMS.map((c) => `<p>${c}</p>`).join('')), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
    });
    expect(scan?.claims.map((c) => c.text)).toEqual(CLAIMS);
    expect(scan?.unjudged).toBe(0);
  });

  it('leaves a run of text longer than any sentence unjudged', async () => {
    const run = `Microsoft owns 49% of OpenAI and ${'the ferry ran late and '.repeat(200)}then it rained`;
    expect(run.length).toBeGreaterThan(SENTENCE_MAX_CHARS);
    const scan = await scanPage(page(`<p>${run}.</p><p>${CLAIMS[1]}</p>`), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
    });
    expect(scan?.claims.map((c) => c.text)).toEqual([CLAIMS[1]]);
    expect(scan?.unjudged).toBe(1);
  });

  it(`after ${OVER_BUDGET_LIMIT} sentences over ${SENTENCE_BUDGET_MS} ms, leaves the rest unjudged`, async () => {
    const body = Array.from({ length: 10 }, (_, i) => `<p>${CLAIMS[i % 2]}</p>`).join('');
    // A clock that moves 60 ms between two readings: every sentence takes longer than the budget.
    let t = 0;
    const scan = await scanPage(page(body), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      now: () => (t += 60),
    });
    expect(scan?.claims).toHaveLength(OVER_BUDGET_LIMIT);
    expect(scan?.unjudged).toBe(10 - OVER_BUDGET_LIMIT);
  });

  it('does not count a one-off stall (a garbage collection, a busy machine) against a sentence', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `<p>${CLAIMS[i % 2]}</p>`).join('');
    // A clock that moves 1 ms a reading, and 60 ms every seventh: stalls land in many sentences' timing, but
    // never in two timings of the same sentence in a row.
    let t = 0;
    let readings = 0;
    const scan = await scanPage(page(body), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      now: () => (t += ++readings % 7 === 0 ? 60 : 1),
    });
    expect(scan?.claims).toHaveLength(40);
    expect(scan?.unjudged).toBe(0);
  });
});

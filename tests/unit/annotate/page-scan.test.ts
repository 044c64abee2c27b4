// Reading and judging a page a slice at a time (core/annotate/page-scan): the same claims as judging the page
// in one go, in slices that yield, stoppable; very large pages read in windows with the same result.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bulkParagraphs, longArticle } from '../../../bench/pages/generate';
import { judgePage } from '../../../core/analyze';
import { blockContainer, largePageRoot } from '../../../core/annotate/judge-here';
import { scanPageHere as scanPage } from '../../../core/annotate/scan-page-here';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { WALK_STEP_NODES } from '../../../core/page/dom';
import { extractPage } from '../../../core/page/extract';
import { counted } from '../page/helpers';

const AS_OF = '2026-11-21';
const fb = bundledFactBase();

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A clock that advances `step` ms per reading, and a yield that counts. */
function fakeTime(step: number) {
  let t = 0;
  const counter = { yields: 0 };
  return {
    counter,
    now: () => (t += step),
    yield: async () => {
      counter.yields++;
    },
  };
}

/** The page read in small windows finds what judging it in one go finds. */
async function expectSameInWindows(page: Document, whole: unknown): Promise<void> {
  const windows = await scanPage(page, fb, {
    url: null,
    asOf: AS_OF,
    yield: async () => {},
    windowedAbove: 0,
    windowChars: 200,
  });
  expect(windows?.mode).toBe('windows');
  expect(windows?.claims).toEqual(whole);
}

describe('scanPage', () => {
  const article = longArticle();

  it('finds the claims judging the page in one go finds, in slices that yield to the page', async () => {
    const page = doc(article.html);
    const { page: text } = extractPage(page, { url: 'https://gazette.example/long-read' });
    const whole = judgePage(text, fb, { asOf: AS_OF });
    const time = fakeTime(1);
    const scan = await scanPage(page, fb, { url: 'https://gazette.example/long-read', asOf: AS_OF, ...time });
    expect(scan?.mode).toBe('whole');
    expect(scan?.claims).toEqual(whole);
    // Every planted sentence is found, and nothing else is; a sentence of two terms is two claims.
    const claims = scan?.claims ?? [];
    for (const sentence of article.planted) expect(claims.some((c) => sentence.includes(c.text))).toBe(true);
    for (const c of claims) expect(article.planted.some((sentence) => sentence.includes(c.text))).toBe(true);
    // ~680 sentences at 1 ms each, 8 ms a slice: dozens of yields, none of them a long task.
    expect(time.counter.yields).toBeGreaterThan(50);
  });

  it('stops when aborted, between slices', async () => {
    const page = doc(article.html);
    const abort = new AbortController();
    let yields = 0;
    let t = 0;
    const scan = await scanPage(page, fb, {
      url: null,
      asOf: AS_OF,
      signal: abort.signal,
      now: () => (t += 1),
      yield: async () => {
        if (++yields === 5) abort.abort();
      },
    });
    expect(scan).toBeNull();
  });

  it('reads a page in windows with the same text, blocks, offsets and claims', async () => {
    const page = doc(article.html);
    const url = 'https://gazette.example/long-read';
    const whole = await scanPage(page, fb, { url, asOf: AS_OF, yield: async () => {} });
    const windows = await scanPage(page, fb, {
      url,
      asOf: AS_OF,
      yield: async () => {},
      windowedAbove: 0,
      windowChars: 2_000,
    });
    expect(windows?.mode).toBe('windows');
    expect(windows?.page).toEqual(whole?.page);
    expect(windows?.map.blocks).toEqual(whole?.map.blocks);
    expect(windows?.map.segments).toEqual(whole?.map.segments);
    expect(windows?.claims).toEqual(whole?.claims);
  });

  it('lends an answer the deal its question named, in windows as in one go', async () => {
    const filler = '<p>Filler about boats and tides.</p>'.repeat(20);
    const body = `<main><article><h1>Two deals, one interview</h1><p>Microsoft and OpenAI signed a new agreement.</p>${filler}<p>HOST: How much has Amazon put into Anthropic so far?</p><p>GUEST: Thirteen billion invested, all told.</p>${filler}</article></main>`;
    const page = doc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    const { page: text } = extractPage(page, { url: null });
    const whole = judgePage(text, fb, { asOf: AS_OF });
    const answer = whole.find((c) => c.text.startsWith('Thirteen'));
    expect([answer?.partnership, answer?.factId]).toEqual(['amazon-anthropic', 'aa-inv-13b']);
    await expectSameInWindows(page, whole);
  });

  it("reads a table's cells with their row's and column's heads, in windows as in one go", async () => {
    const filler = '<p>Filler about boats and tides.</p>'.repeat(20);
    const table =
      '<table><thead><tr><th>Backer</th><th>Money into Anthropic</th></tr></thead><tbody>' +
      '<tr><td>Amazon</td><td>Thirteen billion dollars so far</td></tr></tbody></table>';
    const body = `<main><article><h1>Who pays for Claude</h1><p>Amazon and Anthropic deepened their tie.</p>${filler}${table}${filler}</article></main>`;
    const page = doc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    const { page: text } = extractPage(page, { url: null });
    const whole = judgePage(text, fb, { asOf: AS_OF });
    const cell = whole.find((c) => c.text.startsWith('Thirteen'));
    expect([cell?.partnership, cell?.factId, cell?.text]).toEqual([
      'amazon-anthropic',
      'aa-inv-13b',
      'Thirteen billion dollars so far',
    ]);
    await expectSameInWindows(page, whole);
  });

  it("tells a timeline's later sentences of their line's year, in windows as in one go", async () => {
    const filler = '<p>Filler about boats and tides.</p>'.repeat(20);
    const line =
      '<p>2025 – The alliance loosens. In January, Microsoft’s sole-cloud position is replaced by a right of first refusal.</p>';
    const body = `<main><article><h1>Microsoft and OpenAI, year by year</h1>${filler}${line}${filler}</article></main>`;
    const page = doc(
      `<!doctype html><html><head><title>t</title><meta property="article:published_time" content="2026-06-02"></head><body>${body}</body></html>`,
    );
    const { page: text } = extractPage(page, { url: null });
    expect(text.published).toBe('2026-06-02');
    const whole = judgePage(text, fb, { asOf: AS_OF });
    expect(whole.find((c) => c.text.startsWith('In January'))?.status).toBe('supported');
    await expectSameInWindows(page, whole);
  });

  it("reads a page in a company's own voice the same in windows as in one go", async () => {
    const filler = '<p>Filler about boats and tides.</p>'.repeat(20);
    const body = `<main><article><h1>A letter to our shareholders from Microsoft</h1><p>This year our partnership with OpenAI grew again.</p>${filler}<p>We hold exclusive rights to OpenAI’s models under our agreement.</p>${filler}</article></main>`;
    const page = doc(
      `<!doctype html><html><head><title>t</title><meta property="article:published_time" content="2024-10-31"></head><body>${body}</body></html>`,
    );
    const { page: text } = extractPage(page, { url: null });
    const whole = judgePage(text, fb, { asOf: AS_OF });
    expect(whole.map((c) => [c.text, c.factId])).toEqual([
      ['We hold exclusive rights to OpenAI’s models under our agreement.', 'license-exclusive'],
    ]);
    await expectSameInWindows(page, whole);
  });

  it('judges a reply that quotes an earlier comment for its reply only, in windows as in one go', async () => {
    const filler = '<p>Filler about boats and tides.</p>'.repeat(20);
    const body = `<main><article><h1>Thread: the Stargate money</h1><p>kay_r: Microsoft is one of the equity funders of Stargate, so it gets a cut.</p>${filler}<p>dev_null: &gt; Microsoft is one of the equity funders of Stargate \u2014 wrong, it never was.</p>${filler}</article></main>`;
    const page = doc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    const { page: text } = extractPage(page, { url: null });
    const whole = judgePage(text, fb, { asOf: AS_OF });
    expect(whole.map((c) => [c.text, c.status])).toEqual([
      ['Microsoft is one of the equity funders of Stargate, so it gets a cut.', 'contradicted'],
    ]);
    await expectSameInWindows(page, whole);
  });

  it('reads a page with inline text at the top level of the article in windows too', async () => {
    const body = `<main><article><h1>Microsoft and OpenAI, briefly</h1>${'Some words about the harbour. <em>More</em> words. <br>'.repeat(
      40,
    )}Microsoft owns 49% of <a href="/x">OpenAI</a>, a note said. ${'<p>Filler about boats and tides.</p>'.repeat(30)}</article></main>`;
    const page = doc(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    const whole = await scanPage(page, fb, { url: null, asOf: AS_OF, yield: async () => {} });
    const windows = await scanPage(page, fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      windowedAbove: 0,
      windowChars: 300,
    });
    expect(windows?.page.text).toEqual(whole?.page.text);
    expect(windows?.claims.map((c) => [c.status, c.text])).toEqual(
      whole?.claims.map((c) => [c.status, c.text]),
    );
    expect(whole?.claims.map((c) => c.status)).toEqual(['contradicted']);
  });

  it('reads one paragraph of thousands of inline nodes a slice at a time, to what one go reads', async () => {
    const spans = Array.from({ length: 6_000 }, (_, i) => `<span>w${i % 7} </span>`).join('');
    const html = `<!doctype html><html><head><title>t</title></head><body><main><article>
      <h1>Microsoft and OpenAI, briefly</h1><p>Microsoft owns 49% of OpenAI. ${spans}</p>
      <p>Azure is the exclusive cloud provider of OpenAI.</p></article></main></body></html>`;
    for (const windowedAbove of [Number.POSITIVE_INFINITY, 0]) {
      const mode = windowedAbove === 0 ? 'windows' : 'whole';
      const base = { url: null, asOf: AS_OF, windowedAbove };
      const once = await scanPage(doc(html), fb, {
        ...base,
        yield: async () => {},
        sliceMs: Number.POSITIVE_INFINITY,
      });
      // A clock that moves 1 ms a reading and 1 ms slices: a yield at nearly every step of the walks.
      const time = fakeTime(1);
      const sliced = await scanPage(doc(html), fb, { ...base, ...time, sliceMs: 1 });
      expect(sliced?.mode).toBe(mode);
      expect(sliced?.page, mode).toEqual(once?.page);
      expect(
        sliced?.map.segments.map((x) => [x.start, x.end, x.nodeStart, x.node.data]),
        mode,
      ).toEqual(once?.map.segments.map((x) => [x.start, x.end, x.nodeStart, x.node.data]));
      expect(sliced?.claims, mode).toEqual(once?.claims);
      expect(once?.claims.length, mode).toBeGreaterThanOrEqual(1);
      // 12,000 nodes in steps of 512, walked more than once, then judged: dozens of yields.
      expect(time.counter.yields, mode).toBeGreaterThan(40);
    }
  });

  it('reads a page with more text than any article in windows, and judges the parties page-wide', async () => {
    // The parties are named only in the headline; every claim in the body names one party or none.
    const html = `<!doctype html><html lang="en"><head><title>Archive</title></head><body><main><article>
      <h1>Microsoft and OpenAI: the archive</h1>
      ${bulkParagraphs({ bytes: 400_000, claimEvery: 200 }).html}
      <p>Its 27 percent stake in OpenAI is worth about $135 billion.</p>
      </article></main></body></html>`;
    const scan = await scanPage(doc(html), fb, { url: null, asOf: AS_OF, yield: async () => {} });
    expect(scan?.mode).toBe('windows');
    expect(scan?.page.title).toBe('Archive');
    expect(scan?.claims.at(-1)?.text).toBe('Its 27 percent stake in OpenAI is worth about $135 billion.');
    expect(scan?.claims.at(-1)?.status).toBe('supported');
    const whole = await scanPage(doc(html), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      windowedAbove: Number.POSITIVE_INFINITY,
    });
    expect(whole?.mode).toBe('whole');
    expect(scan?.claims).toEqual(whole?.claims);
    expect(scan?.claims.length).toBeGreaterThanOrEqual(5);
  });

  it("finds a huge page's article and its list of blocks in steps, however short the blocks", () => {
    // Thousands of one-line blocks, each measured on its own: the nodes of all of them count toward a step.
    const BLOCKS = 20_000;
    const rows = Array.from({ length: BLOCKS }, (_, i) => `<div>Row ${i}</div>`).join('');
    const page = doc(`<!doctype html><html><body><main><article><h1>Many rows</h1><section>${rows}</section>
      </article></main></body></html>`);
    const root = counted(largePageRoot(page));
    expect(root.value.root.tagName.toLowerCase()).toBe('article');
    // Every row is two nodes (the element and its text), counted once for the article.
    expect(root.steps).toBeGreaterThanOrEqual(Math.floor((2 * BLOCKS) / WALK_STEP_NODES) - 2);
    const list = counted(blockContainer(root.value.root, root.value.length));
    expect(list.value.tagName.toLowerCase()).toBe('section');
    // The section holds nine tenths of the text: it is measured whole, then a tenth of its rows before the
    // list is known (without a shared count, a row at a time made no step at all).
    expect(list.steps).toBeGreaterThanOrEqual(
      Math.floor((2 * BLOCKS + (2 * BLOCKS) / 10) / WALK_STEP_NODES) - 2,
    );
  });
});

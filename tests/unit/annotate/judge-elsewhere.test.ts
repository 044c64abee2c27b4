// A page scan may hand the judging of an ordinary page to someone else (the annotator's worker): their claims
// are used with the page's own text map; when they cannot judge, the page is judged here as before.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { scanPageHere as scanPage } from '../../../core/annotate/scan-page-here';
import { judgeTimeBoxed } from '../../../core/annotate/time-boxed-judging';
import { bundledFactBase } from '../../../core/factbase/bundled';
import type { PageText } from '../../../core/types';

const fb = bundledFactBase();
const AS_OF = '2026-11-21';
const SENTENCES = [
  'Microsoft owns 49% of OpenAI.',
  "Azure is OpenAI's exclusive cloud provider.",
  'Amazon agreed to invest up to $4 billion in Anthropic in September 2023.',
];

function article(): Document {
  const body = SENTENCES.map((s) => `<p>${s}</p>`).join('');
  return parseHTML(
    `<!doctype html><html lang="en"><head><title>AI deals</title></head><body><main><article><h1>AI deals</h1>${body}</article></main></body></html>`,
  ).document as unknown as Document;
}

const statuses = (claims: { status: string; text: string }[] | undefined) =>
  claims?.map((c) => `${c.status}: ${c.text}`);

describe('judging elsewhere', () => {
  it('uses the claims judged elsewhere, for the page as read here', async () => {
    let asked: PageText | null = null;
    const scan = await scanPage(article(), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      judgeElsewhere: async (page, opts) => {
        asked = page;
        return judgeTimeBoxed(page, fb, opts);
      },
    });
    expect(asked).not.toBeNull();
    expect(scan?.page).toBe(asked);
    expect(scan?.mode).toBe('whole');
    expect(statuses(scan?.claims)).toEqual(statuses(judgePage(scan?.page as PageText, fb, { asOf: AS_OF })));
    expect(scan?.claims.length).toBe(3);
  });

  it('judges here when the other side cannot', async () => {
    const here = await scanPage(article(), fb, { url: null, asOf: AS_OF, yield: async () => {} });
    const fallback = await scanPage(article(), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      judgeElsewhere: async () => null,
    });
    expect(statuses(fallback?.claims)).toEqual(statuses(here?.claims));
    expect(fallback?.claims.length).toBe(3);
  });

  it('gives nothing for a scan aborted while it waits', async () => {
    const abort = new AbortController();
    const scan = await scanPage(article(), fb, {
      url: null,
      asOf: AS_OF,
      yield: async () => {},
      signal: abort.signal,
      judgeElsewhere: async (page, opts) => {
        abort.abort();
        return judgeTimeBoxed(page, fb, opts);
      },
    });
    expect(scan).toBeNull();
  });

  it('applies the same time box as the main thread', () => {
    const page: PageText = {
      text: Array.from({ length: 10 }, (_, i) => SENTENCES[i % 2]).join('\n\n'),
      title: 'AI deals',
      published: null,
      blocks: [],
    };
    let at = 0;
    for (let i = 0; i < 10; i++) {
      const start = at;
      at += SENTENCES[i % 2].length;
      page.blocks.push({ start, end: at });
      at += 2;
    }
    let t = 0;
    // Every sentence takes 60 ms on this clock: three are judged, the rest left unjudged.
    const judged = judgeTimeBoxed(page, fb, { asOf: AS_OF }, () => (t += 60));
    expect(judged.claims).toHaveLength(3);
    expect(judged.unjudged).toBe(7);
    expect(judged.sentences).toBe(10);
  });
});

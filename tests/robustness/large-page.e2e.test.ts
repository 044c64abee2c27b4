// A 5 MB text page that names the partnership throughout: the extension reads and judges all of it (in
// windows, a slice at a time — core/annotate/page-scan) without ever holding the page's main thread for a
// long task. Measured in a Chromium trace of the whole load, the test build of the extension, real Chromium.
import { describe, expect, it } from 'vitest';
import { bulkParagraphs } from '../../bench/pages/generate';
import { extensionWork, startTrace } from '../../bench/support/trace';
import { MARK } from '../e2e/support/pages';
import { withSiteAndExtension } from './support/session';
import { JUDGE_HERE_FILE } from '../../utils/lens/judge-here-protocol';
import { claimsOf } from '../support/claims-after';

const env = withSiteAndExtension();

describe('a 5 MB text page', () => {
  it('is annotated all through, and in no task does the extension work 50 ms', {
    timeout: 90_000,
  }, async () => {
    const bulk = bulkParagraphs({ bytes: 5_000_000, claimEvery: 400 });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The complete archive</title></head>
<body><main><article><h1>Microsoft and OpenAI: the complete archive</h1>
${bulk.html}</article></main></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    env.site.set('/archive.html', html);

    const page = await env.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await env.session.context.newCDPSession(page);
    // The page runs no script and nothing is evaluated in it while the trace runs: every line of JavaScript
    // on its main thread is the extension's. The scan's end is watched from the service worker instead.
    const stop = await startTrace(cdp, 'script-free');
    const url = `${env.site.origin}/archive.html`;
    await page.goto(url, { timeout: 60_000 });
    await expect
      .poll(async () => (await env.reports(url)).length, { timeout: 60_000, interval: 500 })
      .toBe(1);
    await page.waitForTimeout(500);
    const events = await stop();
    await cdp.detach();

    const work = extensionWork(events, {
      pageOrigin: env.site.origin,
      extOrigin: `chrome-extension://${env.session.extensionId}/`,
    });
    // The engine is loaded beside the annotator for this page alone: too long for the worker.
    expect(work.scripts).toEqual([
      '/content-scripts/lens.js',
      '/content-scripts/precheck.js',
      `/${JUDGE_HERE_FILE}`,
    ]);
    // Hundreds of milliseconds of work in all, cut into slices.
    expect(work.tasks).toBeGreaterThan(50);
    // The extension's own work in each task (main-thread CPU): the page's parsing, style and layout of 5 MB and,
    // on a busy machine, time spent waiting for a core are in the task's wall time too, and are not ours to split.
    const heaviest = Math.max(0, ...work.timeline.map((t) => t.extMs));
    expect(heaviest, JSON.stringify(work.top)).toBeLessThan(50);

    // Every claim on the page is highlighted: the last one sits ~5 MB down. A planted sentence of two terms is two
    // claims and one highlight.
    expect((await env.reports(url))[0].claims).toBe(
      bulk.claims.reduce(
        (n, sentence) => n + claimsOf(sentence, 'Microsoft and OpenAI: the archive').length,
        0,
      ),
    );
    const ids = await page
      .locator(MARK)
      .evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-plens-claim'))).size);
    expect(ids).toBe(bulk.claims.length);
    const last = bulk.claims.at(-1) ?? '';
    expect(
      await page
        .locator(MARK)
        .last()
        .evaluate((m) => m.closest('p')?.textContent ?? ''),
    ).toContain(last);
    expect(errors).toEqual([]);
    await page.close();
  });
});

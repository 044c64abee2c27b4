// In-page cost on long articles: the generated ~10,000-word, ~60-claim article (pages/generate.ts), and the
// corpus's full articles when ../shared is there. Every claim the engine finds in the page (judged in Node
// from the same HTML) must be highlighted; the extension's main-thread time and its longest task come from a
// trace of the load, the do-nothing extension measured the same way in the same run.
import { readHtmlString } from '../cli/read-html';
import { judgePage } from '../core/analyze';
import { unitsOf } from '../core/annotate/claim-annotator';
import { bundledFactBase } from '../core/factbase/bundled';
import { todayIso } from '../utils/today';
import { type Browser, type LoadResult, median, tracedLoad } from './support/browser';
import { workerThreadMs } from './support/trace';

export interface LongResult {
  extMs: number;
  /** CPU time of the annotator's judging worker, off the page's main thread (median), ms. */
  workerMs: number;
  longestTaskMs: number;
  emptyExtMs: number;
  highlights: number;
  detail: {
    runs: number;
    expected: number;
    /** Every run highlighted every claim. */
    allHighlighted: boolean;
    extWallMs: number;
    emptyExtWallMs: number;
    extRuns: number[];
    longestRuns: number[];
    scripts: string[];
    slowestTasks: LoadResult['top'];
  };
}

/**
 * Highlights the engine's claims make in a page, judged in Node from the same HTML: claims that share text (two
 * terms of one sentence) make one highlight, as the annotator draws them.
 */
export function expectedHighlights(html: string, url: string): number {
  const { page } = readHtmlString(html, { url });
  return unitsOf(judgePage(page, bundledFactBase(), { asOf: todayIso() })).length;
}

export async function measureLongPage(
  ours: Browser,
  empty: Browser,
  url: string,
  html: string,
  runs: number,
): Promise<LongResult> {
  const expected = expectedHighlights(html, url);
  const a: LoadResult[] = [];
  const b: LoadResult[] = [];
  await tracedLoad(ours, url, { settleMs: 1500 });
  await tracedLoad(empty, url, { settleMs: 500 });
  for (let i = 0; i < runs; i++) {
    a.push(await tracedLoad(ours, url, { settleMs: 2500 }));
    b.push(await tracedLoad(empty, url, { settleMs: 2500 }));
  }
  const slowest = a.reduce((x, y) => (y.longestTaskMs > x.longestTaskMs ? y : x));
  return {
    extMs: median(a.map((r) => r.extMs)),
    workerMs: median(a.map((r) => workerThreadMs(r.events))),
    // The worst run: no run may have a long task.
    longestTaskMs: Math.max(...a.map((r) => r.longestTaskMs)),
    emptyExtMs: median(b.map((r) => r.extMs)),
    highlights: Math.min(...a.map((r) => r.highlights)),
    detail: {
      runs,
      expected,
      allHighlighted: a.every((r) => r.highlights === expected),
      extWallMs: median(a.map((r) => r.extWallMs)),
      emptyExtWallMs: median(b.map((r) => r.extWallMs)),
      extRuns: a.map((r) => r.extMs),
      longestRuns: a.map((r) => r.longestTaskMs),
      scripts: [...new Set(a.flatMap((r) => r.scripts))].sort(),
      slowestTasks: slowest.top.slice(0, 5),
    },
  };
}

// JavaScript heap the extension adds on the long article. Every world of a page (the page's own, each
// extension's isolated world, Playwright's utility world) lives in the renderer's one V8 isolate, so the
// content scripts' heap cannot be read apart from the page's; it is read as a difference: the isolate's used
// heap after a full garbage collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage), with
// our extension's annotations in place, minus the same page under the do-nothing extension, both after the
// same steps and the same settling time. The median of the differences over the runs.
import { type Browser, highlightCount, median } from './support/browser';

async function heapAfterLoad(b: Browser, url: string, expect: number | null): Promise<number> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    await page.waitForTimeout(250);
    const n = await highlightCount(page);
    if (expect === null || n >= expect) break;
  }
  await page.waitForTimeout(1500);
  let used = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    used = Math.min(used, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  await cdp.detach();
  await page.close();
  return used;
}

export interface MemoryResult {
  heapAddedMb: number;
  detail: { runs: number; withExtensionMb: number; emptyExtensionMb: number; addedRuns: number[] };
}

export async function measureMemory(
  ours: Browser,
  empty: Browser,
  url: string,
  expected: number,
  runs: number,
): Promise<MemoryResult> {
  const withExt: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < runs; i++) {
    withExt.push(await heapAfterLoad(ours, url, expected));
    without.push(await heapAfterLoad(empty, url, null));
  }
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const added = withExt.map((w, i) => mb(w - without[i]));
  return {
    heapAddedMb: median(added),
    detail: {
      runs,
      withExtensionMb: mb(median(withExt)),
      emptyExtensionMb: mb(median(without)),
      addedRuns: added,
    },
  };
}

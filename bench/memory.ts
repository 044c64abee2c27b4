// JavaScript heap the extension adds on the long article. Every world of a page (the page's own, each
// extension's isolated world, Playwright's utility world) lives in the renderer's one V8 isolate, so the
// content scripts' heap cannot be read apart from the page's; it is read as a difference: the isolate's used
// heap after a full garbage collection (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage), with
// our extension's annotations in place, minus the same page under the do-nothing extension, both after the
// same steps and the same settling time. The annotator's judging worker (utils/lens/worker-judge) has an
// isolate of its own, all of it the extension's: its used heap after a collection is added whole. The median of
// the sums over the runs.
import type { CDPSession } from 'playwright-core';
import { type Browser, highlightCount, median } from './support/browser';

interface Heaps {
  /** The page's isolate (every world of the page). */
  page: number;
  /** The page's dedicated workers: with our extension, the annotator's judging worker. */
  workers: number;
}

/** Every dedicated worker of the page, reached through the page's CDP session (not flattened: one channel). */
function watchWorkers(cdp: CDPSession) {
  const sessions: string[] = [];
  const pending = new Map<number, (result: { usedSize?: number }) => void>();
  let next = 0;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.push(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result ?? {});
  });
  const call = (sessionId: string, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  return {
    start: () =>
      cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false }),
    async usedHeap(): Promise<number> {
      let used = 0;
      for (const s of sessions) {
        await call(s, 'HeapProfiler.collectGarbage');
        used += (await call(s, 'Runtime.getHeapUsage')).usedSize ?? 0;
      }
      return used;
    },
  };
}

async function heapAfterLoad(b: Browser, url: string, expect: number | null): Promise<Heaps> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const workers = watchWorkers(cdp);
  await workers.start();
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
  const inWorkers = await workers.usedHeap();
  await cdp.detach();
  await page.close();
  return { page: used, workers: inWorkers };
}

export interface MemoryResult {
  heapAddedMb: number;
  detail: {
    runs: number;
    withExtensionMb: number;
    emptyExtensionMb: number;
    /** The page isolate's share of what was added, and the workers' (the annotator's judging worker). */
    pageAddedMb: number;
    workerMb: number;
    addedRuns: number[];
  };
}

export async function measureMemory(
  ours: Browser,
  empty: Browser,
  url: string,
  expected: number,
  runs: number,
): Promise<MemoryResult> {
  const withExt: Heaps[] = [];
  const without: Heaps[] = [];
  for (let i = 0; i < runs; i++) {
    withExt.push(await heapAfterLoad(ours, url, expected));
    without.push(await heapAfterLoad(empty, url, null));
  }
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const total = (h: Heaps) => h.page + h.workers;
  const added = withExt.map((w, i) => mb(total(w) - total(without[i])));
  return {
    heapAddedMb: median(added),
    detail: {
      runs,
      withExtensionMb: mb(median(withExt.map(total))),
      emptyExtensionMb: mb(median(without.map(total))),
      pageAddedMb: median(withExt.map((w, i) => mb(w.page - without[i].page))),
      workerMb: median(withExt.map((w) => mb(w.workers))),
      addedRuns: added,
    },
  };
}

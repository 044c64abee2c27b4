// The judging worker's script as text, for the annotator to start a worker from (a page cannot start a worker
// from an extension URL, and reading the file from the page would make it web-accessible: any site could then
// tell the extension is installed). Read once per background lifetime.
import { browser } from 'wxt/browser';

/** Where the build puts the worker (entrypoints/judge-worker.ts, an unlisted script). */
export const JUDGE_WORKER_PATH = '/judge-worker.js';

let source: Promise<string> | null = null;

export function judgeWorkerSource(): Promise<string> {
  source ??= fetch(browser.runtime.getURL(JUDGE_WORKER_PATH)).then((r) => {
    if (!r.ok) throw new Error(`judge worker: HTTP ${r.status}`);
    return r.text();
  });
  // A failed read is not kept: the next page asks again.
  source.catch(() => {
    source = null;
  });
  return source;
}

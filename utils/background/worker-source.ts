// The judging worker's script (utils/lens/judge-worker), read from the extension's own files once and kept: the
// background hands it to each annotator that may start a worker, so the annotator's script does not carry it
// (wxt.config.ts says why). Null when it cannot be read: the annotator then judges on the main thread.
import { browser } from 'wxt/browser';
import { JUDGE_WORKER_FILE } from '../lens/judge-worker-protocol';

export type ReadWorkerSource = () => Promise<string | null>;

let cached: Promise<string | null> | null = null;

/** The build hook writes the file, not public/: WXT's list of public paths does not name it. */
const urlOf = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

export const readWorkerSource: ReadWorkerSource = () => {
  cached ??= fetch(urlOf(`/${JUDGE_WORKER_FILE}`))
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null)
    .then((text) => {
      if (text === null) cached = null; // tried again next time
      return text;
    });
  return cached;
};

// The worker pool of `scan --jobs N` (piscina over worker_threads): each worker loads the engine and the fact
// base once and judges the pages sent to it.
import { Piscina } from 'piscina';
import type { JudgedDocument, JudgeTask } from './judge-task';
import type { WorkerData } from './judge-worker';

export interface JudgePool {
  judge(task: JudgeTask): Promise<JudgedDocument>;
  close(): Promise<void>;
}

export function startJudgePool(threads: number, data: WorkerData): JudgePool {
  const pool = new Piscina({
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: data,
    // The entry registers its own TypeScript loader; inherited loader flags would register a second one.
    execArgv: [],
  });
  return {
    judge(task) {
      if (task.kind !== 'raw') return pool.run(task);
      // A copy of the page's bytes is moved, not cloned, to the worker (the record may share a larger buffer).
      const bytes = task.raw.bytes.slice();
      return pool.run({ ...task, raw: { ...task.raw, bytes } }, { transferList: [bytes.buffer] });
    },
    close: () => pool.destroy(),
  };
}

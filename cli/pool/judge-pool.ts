// The worker pool of `scan --jobs N` (piscina over worker_threads): each worker loads the engine and the fact
// base once and judges the pages sent to it.
import { Piscina } from 'piscina';
import type { JudgedDocument, JudgeTask } from './judge-task';
import type { WorkerData } from './judge-worker';
import { bundleWorker } from './worker-bundle';

export interface JudgePool {
  /** Judges the tasks in one worker, one after the other; the documents come back in the tasks' order. */
  judge(tasks: JudgeTask[]): Promise<JudgedDocument[]>;
  close(): Promise<void>;
}

/**
 * Each worker's old generation is capped: V8 otherwise lets a busy worker's heap grow to several hundred MB
 * of garbage before collecting, and memory would grow with the number of workers and the length of the run.
 * 256 MB still holds the DOM of the largest page read (25 MB of HTML).
 */
const WORKER_OLD_SPACE_MB = 256;

export async function startJudgePool(threads: number, data: WorkerData): Promise<JudgePool> {
  const bundle = await bundleWorker();
  const pool = new Piscina({
    filename: bundle.url,
    minThreads: threads,
    maxThreads: threads,
    workerData: data,
    // The bundle needs no loader: inheriting `--import tsx` would only slow every worker's start.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
  });
  return {
    judge(tasks) {
      // The pages' bytes are moved, not cloned, to the worker. Each is copied first: a record may be a view of
      // a larger (pooled) buffer, which must not be detached. `new Uint8Array` copies; Buffer#slice would not.
      const transferList: ArrayBuffer[] = [];
      const moved = tasks.map((task) => {
        if (task.kind !== 'raw') return task;
        const bytes = new Uint8Array(task.raw.bytes);
        transferList.push(bytes.buffer);
        return { ...task, raw: { ...task.raw, bytes } };
      });
      return pool.run(moved, { transferList });
    },
    async close() {
      await pool.destroy();
      await bundle.remove();
    },
  };
}

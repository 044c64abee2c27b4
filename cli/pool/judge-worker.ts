// The worker pool's task handler: the fact base is loaded once per worker, then each task is judged.
import { workerData } from 'node:worker_threads';
import { bundledFactBase } from '../../core/factbase/bundled';
import type { FactBase } from '../../core/factbase/schema';
import { loadFactBaseFile } from '../load-input';
import { type JudgedDocument, type JudgeSettings, type JudgeTask, judgeTask } from './judge-task';

export interface WorkerData {
  settings: JudgeSettings;
  /** --facts bundle; null for the bundled fact base. */
  factsPath: string | null;
}

const { settings, factsPath } = workerData as WorkerData;

async function loadFactBase(): Promise<FactBase> {
  if (!factsPath) return bundledFactBase();
  const loaded = await loadFactBaseFile(factsPath);
  // The main thread validated the same file before starting the pool.
  if (!loaded.ok) throw new Error(`--facts ${factsPath}: ${loaded.reason}`);
  return loaded.value;
}

const factBase = loadFactBase();

export default async function judge(tasks: JudgeTask[]): Promise<JudgedDocument[]> {
  const fb = await factBase;
  const documents: JudgedDocument[] = [];
  for (const task of tasks) documents.push(await judgeTask(task, settings, fb));
  return documents;
}

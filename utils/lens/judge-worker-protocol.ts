// What the annotator and its judging worker (utils/lens/judge-worker) say to each other.
import type { Judgement } from '@/core/annotate/time-boxed-judging';
import type { FactBase } from '@/core/factbase/schema';
import type { JudgeOptions, PageText } from '@/core/types';

/** The worker's script in the built extension (wxt.config.ts writes it; the background reads it). */
export const JUDGE_WORKER_FILE = 'judge-worker.js';

export interface JudgeRequest {
  id: number;
  page: PageText;
  opts: JudgeOptions;
  /**
   * The fact base to judge with from now on, sent only when it changes (an accepted update; null: back to the
   * bundled one): the worker has the bundled one built in, so an ordinary page load clones no fact base.
   */
  factBase?: FactBase | null;
}

export type WorkerReply =
  /** The worker has loaded the engine and can judge. */
  | { kind: 'ready' }
  | { kind: 'judged'; id: number; judgement: Judgement }
  | { kind: 'failed'; id: number; message: string };

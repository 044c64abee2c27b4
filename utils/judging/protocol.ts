// What the annotator and its judging worker say to each other. The worker runs the engine on a thread of the
// page's own process, so the page's text stays in the page; only the annotator holds the worker.
import type { JudgedSentences } from '@/core/annotate/boxed-judge';
import type { FactBase } from '@/core/factbase/schema';
import type { IsoDate, PageText } from '@/core/types';

/**
 * annotator → worker: judge this page. The fact base is the copy built into the worker (`version` null), or a
 * downloaded one: sent once (`factBase`), then named by its version only, the worker keeping the last one sent.
 */
export interface JudgeRequest {
  id: number;
  page: PageText;
  asOf: IsoDate;
  version: string | null;
  factBase: FactBase | null;
}

/** worker → annotator: it has loaded and answers; then one reply per request. */
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'judged'; id: number; result: JudgedSentences }
  | { kind: 'failed'; id: number; error: string };

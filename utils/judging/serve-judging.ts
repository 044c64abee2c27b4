// The judging worker's side: judges each page it is sent with the engine, whole and time-boxed (nothing here
// blocks the reader), and keeps the fact base it was last sent.
import { judgeWholePage } from '@/core/annotate/boxed-judge';
import { bundledFactBase } from '@/core/factbase/bundled';
import type { FactBase } from '@/core/factbase/schema';
import type { JudgeRequest, WorkerMessage } from './protocol';

export interface WorkerScope {
  onmessage: ((event: MessageEvent<JudgeRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

export function serveJudging(scope: WorkerScope): void {
  let kept: FactBase | null = null;
  scope.onmessage = ({ data }) => {
    try {
      if (data.factBase !== null) kept = data.factBase;
      const factBase = data.version === null ? bundledFactBase() : kept;
      if (factBase === null || (data.version !== null && factBase.manifest.version !== data.version))
        throw new Error(`fact base ${data.version} was never sent`);
      const result = judgeWholePage(data.page, factBase, { asOf: data.asOf });
      scope.postMessage({ kind: 'judged', id: data.id, result });
    } catch (e) {
      scope.postMessage({ kind: 'failed', id: data.id, error: e instanceof Error ? e.message : String(e) });
    }
  };
  scope.postMessage({ kind: 'ready' });
}

// The annotator's judging worker: the engine and the bundled fact base, judging the text the annotator read
// from the page, off the page's main thread. It runs in the reader's tab, in the same process as the page (a
// dedicated worker only the annotator holds): page text goes nowhere else. Bundled into a string at build
// time (wxt.config.ts, `virtual:plens-judge-worker`) and started from it by utils/lens/worker-judge.
import engineTables from 'virtual:plens-engine-tables';
import { bundledFactBase } from '@/core/factbase/bundled';
import { readEngineTables } from '@/core/verdict/read-engine-tables';
import { JudgeRequests } from './judge-requests';
import type { JudgeRequest, WorkerReply } from './judge-worker-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<JudgeRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;
readEngineTables(engineTables());
const requests = new JudgeRequests(bundledFactBase());
scope.onmessage = ({ data }) => scope.postMessage(requests.answer(data));
scope.postMessage({ kind: 'ready' });

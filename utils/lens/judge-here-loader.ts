// The engine for judging on the page's main thread, loaded the first time the annotator needs it: the
// background runs its script in the annotator's isolated world (utils/background/inject-lens onLensEngine),
// where it leaves the engine on the global, out of the page's reach.
import type { JudgeHere } from '@/core/annotate/page-scan';
import { sendMessage } from '../messaging';
import { JUDGE_HERE_GLOBAL, type WithJudgeHere } from './judge-here-protocol';

let loading: Promise<JudgeHere> | null = null;

/** The engine; rejects when the background cannot load it (the next call tries again). */
export function loadJudgeHere(): Promise<JudgeHere> {
  loading ??= load().catch((e) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function load(): Promise<JudgeHere> {
  const world = globalThis as WithJudgeHere;
  if (world[JUDGE_HERE_GLOBAL] === undefined) await sendMessage('lens:engine', null);
  const engine = world[JUDGE_HERE_GLOBAL];
  if (engine === undefined) throw new Error('the engine did not load');
  return engine;
}

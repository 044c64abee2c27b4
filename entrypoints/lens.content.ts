// The annotator: reader, highlights and card. Injected by the background (scripting.executeScript) into a page
// that mentions a party, or the page the reader clicked the toolbar button on. Never in the manifest. The
// engine is not in it: the page is judged in the annotator's worker, or, where no worker can run or the page
// is too long for one, by the engine's own script, which the background loads beside it on request.
//
// WXT's context is not used: the page can stop it with an event (utils/lens/lens-context explains). The
// annotator lives in a context of its own that ends only with the extension, one per document.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { servedFactBase } from '@/utils/fact-base-in-use';
import { newHighlightKey } from '@/utils/lens/highlight-key';
import { loadJudgeHere } from '@/utils/lens/judge-here-loader';
import { Lens } from '@/utils/lens/lens';
import { LensContext } from '@/utils/lens/lens-context';
import { WorkerJudge } from '@/utils/lens/worker-judge';
import { sendMessage } from '@/utils/messaging';
import { metaPolicies, policiesAllowBlobWorkers } from '@/utils/worker-policy';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    if (!LensContext.claimDocument()) return;
    const ctx = new LensContext();
    ctx.register();
    const [served, workerScript] = await Promise.all([servedFactBase(), judgeWorkerScript()]);
    // The judging worker, where the page's policies allow one: it loads the engine while the page is read.
    const elsewhere = workerScript
      ? new WorkerJudge({
          script: workerScript,
          // Plain timers: closing the worker with the context clears them (the context's own would each leave
          // a listener behind when cleared before they fire).
          setTimer: (fn, ms) => setTimeout(fn, ms),
          clearTimer: (id) => clearTimeout(id as number),
        })
      : null;
    elsewhere?.start();
    // The worker's state, on the content scripts' global (only the extension's isolated world sees it): the
    // end-to-end tests say from it why a page was judged on the main thread.
    (window as unknown as { plensWorker?: () => string }).plensWorker = () =>
      elsewhere?.status ?? 'none: a policy of the page refuses workers, or the background did not say yes';
    ctx.onInvalidated(() => elsewhere?.close());
    await new Lens(ctx, document, served, loadJudgeHere, newHighlightKey(), elsewhere).start();
  },
});

/**
 * The judging worker's script, from the background, when no policy of the page, in its headers (asked of the
 * background) or its markup, would refuse a worker; else null. A Blob: the text itself is not kept.
 */
async function judgeWorkerScript(): Promise<Blob | null> {
  if (!policiesAllowBlobWorkers(metaPolicies(document))) return null;
  const source = await sendMessage('lens:worker', null).catch(() => null);
  return source === null ? null : new Blob([source], { type: 'text/javascript' });
}

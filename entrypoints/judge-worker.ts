// The annotator's judging worker: a dedicated worker the annotator starts from this script's text, so judging
// runs beside the page's main thread instead of on it. Wiring only: utils/judging/serve-judging.ts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type WorkerScope, serveJudging } from '@/utils/judging/serve-judging';

export default defineUnlistedScript(() => serveJudging(globalThis as unknown as WorkerScope));

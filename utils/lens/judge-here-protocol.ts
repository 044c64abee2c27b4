// How the annotator finds the engine it judges with on the page's own thread: a script of the build that the
// background runs in the annotator's isolated world on request (utils/background/inject-lens onLensEngine),
// which leaves the engine on that world's global under this name.
import type { JudgeHere } from '@/core/annotate/page-scan';

/** The engine's script in the built extension (wxt.config.ts writes it). */
export const JUDGE_HERE_FILE = 'judge-here.js';

export const JUDGE_HERE_GLOBAL = 'plensJudgeHere';

export type WithJudgeHere = { [JUDGE_HERE_GLOBAL]?: JudgeHere };

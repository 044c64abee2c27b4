// The engine for judging on the page's main thread (core/annotate/judge-here), with the bundled fact base and
// its tables: run by the background in the annotator's isolated world only when the annotator needs it (no
// worker on this page, or a page too long for the page reader), so that an ordinary page never compiles it.
// Bundled by esbuild into a file of the build (wxt.config.ts).
import engineTables from 'virtual:plens-engine-tables';
import { judgeHere } from '@/core/annotate/judge-here';
import { readEngineTablesWhenNeeded } from '@/core/verdict/read-engine-tables';
import { JUDGE_HERE_GLOBAL, type WithJudgeHere } from './judge-here-protocol';

const world = globalThis as WithJudgeHere;
// Run once per document: a second request (two scans at once) finds it there.
if (world[JUDGE_HERE_GLOBAL] === undefined) {
  readEngineTablesWhenNeeded(engineTables);
  world[JUDGE_HERE_GLOBAL] = judgeHere;
}

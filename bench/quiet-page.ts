// In-page cost on a page that never names a party (~7,000 words): only the pre-check runs there. Measured as
// the extension's main-thread time in a trace of the page load (support/trace.ts), against the do-nothing
// extension loaded the same way in the same run; plus what the extension loaded into the page, gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, EXTENSION_DIR, type LoadResult, median, tracedLoad } from './support/browser';

export interface QuietResult {
  extMs: number;
  emptyExtMs: number;
  ratio: number;
  loadedKbGzip: number;
  detail: {
    runs: number;
    extWallMs: number;
    emptyExtWallMs: number;
    longestTaskMs: number;
    scripts: string[];
    extRuns: number[];
    emptyRuns: number[];
  };
}

/** Gzipped size of the extension files a page loaded, kB. */
export function gzipKb(dir: string, paths: string[]): number {
  return paths.reduce((kb, p) => kb + gzipSync(readFileSync(join(dir, p)), { level: 9 }).length / 1024, 0);
}

export async function measureQuietPage(
  ours: Browser,
  empty: Browser,
  url: string,
  runs: number,
): Promise<QuietResult> {
  const a: LoadResult[] = [];
  const b: LoadResult[] = [];
  // One load each to warm the browser's caches, then alternate so both see the same machine.
  await tracedLoad(ours, url, { settleMs: 500 });
  await tracedLoad(empty, url, { settleMs: 500 });
  for (let i = 0; i < runs; i++) {
    a.push(await tracedLoad(ours, url, { settleMs: 600 }));
    b.push(await tracedLoad(empty, url, { settleMs: 600 }));
  }
  const scripts = [...new Set(a.flatMap((r) => r.scripts))].sort();
  const extMs = median(a.map((r) => r.extMs));
  const emptyExtMs = median(b.map((r) => r.extMs));
  return {
    extMs,
    emptyExtMs,
    ratio: extMs / emptyExtMs,
    loadedKbGzip: gzipKb(EXTENSION_DIR, scripts),
    detail: {
      runs,
      extWallMs: median(a.map((r) => r.extWallMs)),
      emptyExtWallMs: median(b.map((r) => r.extWallMs)),
      longestTaskMs: Math.max(...a.map((r) => r.longestTaskMs)),
      scripts,
      extRuns: a.map((r) => r.extMs),
      emptyRuns: b.map((r) => r.extMs),
    },
  };
}

// Worker threads start without the TypeScript loader that `tsx` (npm run scan) or vitest gave the main
// thread. Rather than register a loader in every worker (slow to start: each one compiles the engine again),
// the worker's TypeScript is bundled once per run by esbuild into a temporary ES module that the workers load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface WorkerBundle {
  /** file: URL of the bundled worker module. */
  url: string;
  remove(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./judge-worker.ts', import.meta.url));

export async function bundleWorker(): Promise<WorkerBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'plens-worker-'));
  const outfile = join(dir, 'judge-worker.mjs');
  try {
    await build({
      entryPoints: [ENTRY],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // Bundled CommonJS dependencies call require(); an ES module has none of its own.
      banner: {
        js: "import { createRequire as __plensRequire } from 'node:module'; const require = __plensRequire(import.meta.url);",
      },
    });
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return { url: pathToFileURL(outfile).href, remove: () => rm(dir, { recursive: true, force: true }) };
}

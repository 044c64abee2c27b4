// Worker threads start without the TypeScript loader that `tsx` (npm run scan) or vitest gave the main
// thread. Rather than register a loader in every worker (slow to start: each one compiles the engine again),
// the worker's TypeScript is bundled by esbuild into an ES module that the workers load, kept in
// node_modules/.cache between runs while its sources are unchanged (cached-bundle.ts).
import { fileURLToPath } from 'node:url';
import { type Bundle, cachedBundle } from './cached-bundle';

export type WorkerBundle = Bundle;

const ENTRY = fileURLToPath(new URL('./judge-worker.ts', import.meta.url));
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/partnership-lens/', import.meta.url));
/** npm rewrites these on every install: a dependency changed under the same file names still rebuilds. */
const LOCK_FILES = ['../../package-lock.json', '../../node_modules/.package-lock.json'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

export function bundleWorker(): Promise<WorkerBundle> {
  return cachedBundle(ENTRY, CACHE_DIR, LOCK_FILES);
}

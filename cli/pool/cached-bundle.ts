// An esbuild bundle of one TypeScript entry, kept between runs: next to the bundle, a record of the size and
// modification time of every file that went into it. A run whose inputs are all unchanged loads the kept bundle
// instead of bundling again (about 150 ms of a worker pool's start); any change to any input rebuilds it.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, version as esbuildVersion } from 'esbuild';

export interface Bundle {
  /** file: URL of the bundled ES module. */
  url: string;
  /** Deletes a bundle made for this run only; a kept bundle stays for the next run. */
  remove(): Promise<void>;
}

/** What a kept bundle was made from: it is reused only while every input still has this size and time. */
interface KeptRecord {
  key: string;
  bundle: string;
  inputs: [path: string, size: number, mtimeMs: number][];
}

/** Bumped when the build options below change: a bundle made with other options is not reused. */
const OPTIONS_VERSION = 2;
/** Bundles replaced this long ago are deleted: a run that started from one has long since loaded it. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * The bundle of `entry`, reused from `cacheDir` when its inputs are unchanged, else built (and kept there when
 * the directory is writable). With `cacheDir` null, always built, into a temporary directory. `alsoWatch`: files
 * that are not in the bundle but change what it would hold (a lock file: an install may repoint an import).
 */
export async function cachedBundle(
  entry: string,
  cacheDir: string | null,
  alsoWatch: string[] = [],
): Promise<Bundle> {
  const name = basename(entry).replace(/\.[cm]?[jt]sx?$/, '');
  const key = `esbuild ${esbuildVersion}, options ${OPTIONS_VERSION}, entry ${resolve(entry)}`;
  // One record per entry path: worktrees sharing a node_modules do not overwrite each other's.
  const entryHash = createHash('sha256').update(resolve(entry)).digest('hex').slice(0, 8);
  const recordPath = cacheDir ? join(cacheDir, `${name}-${entryHash}.json`) : null;
  if (cacheDir && recordPath) {
    const kept = await keptBundle(recordPath, key, cacheDir);
    if (kept) return { url: pathToFileURL(kept).href, remove: async () => {} };
  }
  const dir = await mkdtemp(join(tmpdir(), `plens-${name}-`));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  const outfile = join(dir, `${name}.mjs`);
  let inputs: string[];
  const started = Date.now();
  try {
    inputs = [...(await bundle(entry, outfile)), ...alsoWatch.filter((path) => existsSync(path))];
  } catch (e) {
    await removeDir();
    throw e;
  }
  if (cacheDir && recordPath) {
    const kept = await keep(outfile, inputs, { key, name, cacheDir, recordPath, started }).catch(() => null);
    if (kept) {
      await removeDir();
      return { url: pathToFileURL(kept).href, remove: async () => {} };
    }
  }
  return { url: pathToFileURL(outfile).href, remove: removeDir };
}

/** Builds `entry` into `outfile`; returns the absolute paths of every file read. */
async function bundle(entry: string, outfile: string): Promise<string[]> {
  const workingDir = dirname(resolve(entry));
  const result = await build({
    entryPoints: [resolve(entry)],
    absWorkingDir: workingDir,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    metafile: true,
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __plensRequire } from 'node:module'; const require = __plensRequire(import.meta.url);",
    },
  });
  return Object.keys(result.metafile.inputs).map((p) => resolve(workingDir, p));
}

/** The kept bundle's path when its record matches and none of its inputs changed; else null. */
async function keptBundle(recordPath: string, key: string, cacheDir: string): Promise<string | null> {
  try {
    const record = JSON.parse(await readFile(recordPath, 'utf8')) as KeptRecord;
    if (record.key !== key || !Array.isArray(record.inputs)) return null;
    const unchanged = await Promise.all(
      record.inputs.map(async ([path, size, mtimeMs]) => {
        const s = await stat(path);
        return s.size === size && s.mtimeMs === mtimeMs;
      }),
    );
    if (!unchanged.every(Boolean)) return null;
    const path = join(cacheDir, basename(record.bundle));
    await stat(path);
    return path;
  } catch {
    // No record yet, an input deleted, an unreadable record: build again.
    return null;
  }
}

/**
 * Moves the built bundle into the cache under a name of its content's hash, then replaces the record. Both
 * are renamed into place, so a concurrent run reads either the old pair or the new one, never half of one.
 */
async function keep(
  outfile: string,
  inputs: string[],
  where: { key: string; name: string; cacheDir: string; recordPath: string; started: number },
): Promise<string | null> {
  const { key, name, cacheDir, recordPath, started } = where;
  const stats = await Promise.all(
    inputs.map(async (path): Promise<[string, number, number]> => {
      const s = await stat(path);
      return [path, s.size, s.mtimeMs];
    }),
  );
  // A file saved while esbuild read it may be in the bundle in its old state: keep nothing this time.
  if (stats.some(([, , mtimeMs]) => mtimeMs >= started)) return null;
  await mkdir(cacheDir, { recursive: true });
  const code = await readFile(outfile);
  const bundleName = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const bundlePath = join(cacheDir, bundleName);
  await rename(outfile, bundlePath).catch(async () => {
    // Across file systems a rename fails: write the copy under a temporary name, then rename it.
    const part = `${bundlePath}.${process.pid}.part`;
    await writeFile(part, code);
    await rename(part, bundlePath);
  });
  const record: KeptRecord = { key, bundle: bundleName, inputs: stats };
  const part = `${recordPath}.${process.pid}.part`;
  await writeFile(part, JSON.stringify(record));
  await rename(part, recordPath);
  await removeStale(cacheDir, name, bundleName);
  return bundlePath;
}

async function removeStale(cacheDir: string, name: string, current: string): Promise<void> {
  const now = Date.now();
  for (const file of await readdir(cacheDir)) {
    if (file === current || !file.startsWith(`${name}-`) || !file.endsWith('.mjs')) continue;
    const path = join(cacheDir, file);
    const s = await stat(path).catch(() => null);
    if (s && now - s.mtimeMs > STALE_MS) await rm(path, { force: true });
  }
}

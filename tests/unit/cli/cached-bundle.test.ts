import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedBundle } from '../../../cli/pool/cached-bundle';

let dir: string;
let cacheDir: string;
let entry: string;
let part: string;

/** Writes a source file dated `ageS` seconds ago: a file saved during a build is never kept, by design. */
async function source(path: string, text: string, ageS: number): Promise<void> {
  await writeFile(path, text);
  const when = new Date(Date.now() - ageS * 1000);
  await utimes(path, when, when);
}

async function exported(url: string): Promise<string> {
  // A query string makes each import a module of its own, whatever the URL was before.
  const mod = await import(`${url}?n=${Math.random()}`);
  return mod.value;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plens-bundle-test-'));
  cacheDir = join(dir, 'cache');
  entry = join(dir, 'entry.ts');
  part = join(dir, 'part.ts');
  await source(entry, "import { word } from './part';\nexport const value: string = word + '!';\n", 60);
  await source(part, "export const word: string = 'first';\n", 60);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cachedBundle', () => {
  it('reuses the kept bundle while its inputs are unchanged', async () => {
    const first = await cachedBundle(entry, cacheDir);
    expect(await exported(first.url)).toBe('first!');
    const record = (await readdir(cacheDir)).find((f) => f.endsWith('.json')) as string;
    const recorded = (await stat(join(cacheDir, record))).mtimeMs;

    const second = await cachedBundle(entry, cacheDir);
    expect(second.url).toBe(first.url);
    // Not rebuilt: the record was not written again.
    expect((await stat(join(cacheDir, record))).mtimeMs).toBe(recorded);
    await second.remove();
    expect(existsSync(fileURLToPath(second.url))).toBe(true);
  });

  it('rebuilds when any input changes, even an imported one', async () => {
    const first = await cachedBundle(entry, cacheDir);
    await source(part, "export const word: string = 'second';\n", 30);
    const second = await cachedBundle(entry, cacheDir);
    expect(second.url).not.toBe(first.url);
    expect(await exported(second.url)).toBe('second!');
  });

  it('rebuilds when a watched file outside the bundle changes (a lock file after an install)', async () => {
    const lock = join(dir, 'lock.json');
    await source(lock, '{"v":1}', 60);
    const first = await cachedBundle(entry, cacheDir, [lock, join(dir, 'absent.json')]);
    const record = (await readdir(cacheDir)).find((f) => f.endsWith('.json')) as string;
    const recorded = (await stat(join(cacheDir, record))).mtimeMs;
    expect((await cachedBundle(entry, cacheDir, [lock])).url).toBe(first.url);
    expect((await stat(join(cacheDir, record))).mtimeMs).toBe(recorded);
    await source(lock, '{"v":22}', 30);
    await cachedBundle(entry, cacheDir, [lock]);
    // Built again (same code, so the same bundle name), and the record written again.
    expect((await stat(join(cacheDir, record))).mtimeMs).not.toBe(recorded);
  });

  it('keeps nothing when an input is newer than the build (saved while esbuild read it)', async () => {
    await source(part, "export const word: string = 'fresh';\n", -5);
    const built = await cachedBundle(entry, cacheDir);
    expect(await exported(built.url)).toBe('fresh!');
    expect(fileURLToPath(built.url).startsWith(cacheDir)).toBe(false);
    await built.remove();
    expect(existsSync(fileURLToPath(built.url))).toBe(false);
  });

  it('without a cache directory, builds into a temporary one that remove() deletes', async () => {
    const built = await cachedBundle(entry, null);
    expect(await exported(built.url)).toBe('first!');
    await built.remove();
    expect(existsSync(fileURLToPath(built.url))).toBe(false);
  });
});

// Running `facts` commands in-process against copies of facts/ in temporary folders.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../../cli/facts';

export const REPO = resolve(import.meta.dirname, '../../..');

/** The project's manifest: tests name the bundle and version from it, so a data release needs no test edit. */
export const MANIFEST: { version: string; published: string } = (() => {
  const { version, published } = JSON.parse(readFileSync(join(REPO, 'facts/manifest.json'), 'utf8'));
  return { version, published };
})();
/** factbase-<version>.json */
/** A publication day after the fact base's own: what a release edited in a test publishes as. */
export const NEXT_PUBLISHED = new Date(Date.parse(`${MANIFEST.published}T00:00:00Z`) + 86_400_000)
  .toISOString()
  .slice(0, 10);
export const BUNDLE = `factbase-${MANIFEST.version}.json`;

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** stderr split into lines */
  errors: string[];
}

export async function run(argv: string[], cwd: string = REPO): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: {},
  });
  return { status, stdout, stderr, errors: stderr.split('\n').filter(Boolean) };
}

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A new empty folder outside the repository, removed after the file's tests. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plens-facts-'));
  made.push(dir);
  return dir;
}

/** A folder holding `facts/`, a copy of the project's fact base. */
export async function factsCopy(): Promise<string> {
  const root = await tempDir();
  await cp(join(REPO, 'facts'), join(root, 'facts'), { recursive: true });
  return root;
}

/** Rewrites one JSON file of a facts copy. */
export async function editJson<T = unknown>(path: string, edit: (json: T) => T | undefined): Promise<void> {
  const json = JSON.parse(await readFile(path, 'utf8')) as T;
  const next = edit(json) ?? json;
  await writeFile(path, `${JSON.stringify(next, null, 2)}\n`);
}

// biome-ignore lint/suspicious/noExplicitAny: test edits reach into untyped JSON
export type Json = any;

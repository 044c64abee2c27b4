// Reading a fact base the way maintainers hand it to a command: the folder of files they edit, a built
// bundle (factbase-x.y.z.json) or a plain fact-base JSON (what `scan --facts` reads).
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { FactFile } from '../../core/factbase/lint';
import { parseFactBase } from '../../core/factbase/load';
import { BUNDLE_FORMAT } from '../../core/factbase/release-format';
import type { FactBase } from '../../core/factbase/schema';
import { FactsError, type FactsIo, fileError, resolvePath } from './command';

export const FACT_FILES: readonly FactFile[] = ['manifest', 'partnerships', 'events', 'facts', 'lexicon'];

export interface FactsDir {
  /** As the user may read it: "facts" or an absolute path outside the working directory. */
  label: string;
  /** Path of each file as shown in messages. */
  fileLabel: (file: FactFile) => string;
  /** The files' JSON, assembled into one object as the bundle holds it. */
  raw: Record<FactFile, unknown>;
}

/** Reads the five files of a facts folder; a missing or malformed file is a FactsError naming it. */
export async function readFactsDir(io: FactsIo, dir: string): Promise<FactsDir> {
  const abs = resolvePath(io, dir);
  const label = displayPath(io, abs);
  const fileLabel = (file: FactFile) => displayPath(io, join(abs, `${file}.json`));
  const raw = {} as Record<FactFile, unknown>;
  for (const file of FACT_FILES) {
    let text: string;
    try {
      text = await readFile(join(abs, `${file}.json`), 'utf8');
    } catch (e) {
      throw new FactsError(`${fileLabel(file)}: ${fileError(e)}`);
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (e) {
      throw new FactsError(`${fileLabel(file)}: not valid JSON (${(e as Error).message})`, 1);
    }
  }
  return { label, fileLabel, raw };
}

/** A fact base from a facts folder, a bundle or a fact-base JSON file, validated by parseFactBase. */
export async function loadFactBase(io: FactsIo, path: string): Promise<FactBase> {
  const abs = resolvePath(io, path);
  let isDir: boolean;
  try {
    isDir = (await stat(abs)).isDirectory();
  } catch (e) {
    throw new FactsError(`${path}: ${fileError(e)}`);
  }
  let json: unknown;
  if (isDir) {
    json = (await readFactsDir(io, path)).raw;
  } else {
    try {
      json = JSON.parse(await readFile(abs, 'utf8'));
    } catch (e) {
      throw new FactsError(
        `${path}: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : fileError(e)}`,
      );
    }
    const envelope = json as { format?: unknown; factBase?: unknown } | null;
    if (envelope && typeof envelope === 'object' && envelope.format === BUNDLE_FORMAT)
      json = envelope.factBase;
  }
  try {
    return parseFactBase(json);
  } catch (e) {
    throw new FactsError(`${path}: ${(e as Error).message}`);
  }
}

/** Relative to the working directory when inside it, else absolute. */
export function displayPath(io: FactsIo, abs: string): string {
  const rel = relative(io.cwd, abs);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

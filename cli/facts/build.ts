// `facts build`: the fact-base bundle, one canonical JSON file whose sha256 is reproducible.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuiltBundle, buildBundle } from '../../core/factbase/release-format';
import {
  type Command,
  EXIT_FAILED,
  EXIT_OK,
  FactsError,
  type FactsIo,
  fileError,
  parseCommandArgs,
  resolvePath,
  stringOption,
} from './command';
import { displayPath } from './source';
import { DEFAULT_FACTS_DIR, validateFactsDir } from './validate';

export const DEFAULT_BUILD_DIR = 'dist/facts';

const HELP = `Usage: npm run --silent facts -- build [--dir facts] [--out dist/facts]

Validates the fact base (as \`validate\` does) and writes the bundle <out>/factbase-<version>.json: the
canonical JSON (sorted keys, no whitespace) of
  { format, schemaVersion, version, published, factBaseSha256, factBase }
The same facts always give the same bytes and so the same sha256, which is printed.

Options:
  --dir PATH   the facts folder (default: facts)
  --out DIR    where to write the bundle (default: dist/facts)
  -h, --help   show this help

Exit status: 0 built; 1 the fact base has problems (listed as by validate); 2 misuse or unreadable files.
`;

/** Validates a facts folder and builds its bundle in memory; problems are printed and returned as null. */
export async function buildFromDir(io: FactsIo, dir: string, command: string): Promise<BuiltBundle | null> {
  const { factBase, problems, dir: read } = await validateFactsDir(io, dir);
  if (!factBase || problems.length) {
    for (const p of problems) io.stderr(`facts ${command}: ${p}\n`);
    io.stderr(`facts ${command}: ${read.label} has ${problems.length} problem(s); run \`facts validate\`\n`);
    return null;
  }
  return buildBundle(factBase);
}

export async function writeFileOrFail(io: FactsIo, path: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    throw new FactsError(`${displayPath(io, path)}: ${fileError(e)}`);
  }
}

export async function makeDir(io: FactsIo, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new FactsError(`${displayPath(io, dir)}: ${fileError(e)}`);
  }
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'write the fact-base bundle (canonical JSON, reproducible sha256)',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { dir: { type: 'string' }, out: { type: 'string' } },
      { min: 0, max: 0, names: '' },
    );
    const bundle = await buildFromDir(io, stringOption(args.values, 'dir') ?? DEFAULT_FACTS_DIR, 'build');
    if (!bundle) return EXIT_FAILED;
    const out = resolvePath(io, stringOption(args.values, 'out') ?? DEFAULT_BUILD_DIR);
    await makeDir(io, out);
    const path = join(out, bundle.fileName);
    await writeFileOrFail(io, path, bundle.bytes);
    io.stdout(
      `${displayPath(io, path)}: fact base ${bundle.version} (schema ${bundle.schemaVersion}, published ` +
        `${bundle.published}), ${bundle.bytes.length} bytes, sha256 ${bundle.sha256}\n`,
    );
    return EXIT_OK;
  },
};

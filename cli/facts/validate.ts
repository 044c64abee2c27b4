// `facts validate`: the schema and the data lints on the files maintainers edit, every problem on one line
// naming the file and the entry.
import { entryLabel, type FactFile, lintFactBase, spellingProblems } from '../../core/factbase/lint';
import { type FactBase, factBaseSchema } from '../../core/factbase/schema';
import { type Command, EXIT_FAILED, EXIT_OK, type FactsIo, parseCommandArgs, stringOption } from './command';
import { type FactsDir, readFactsDir } from './source';

export const DEFAULT_FACTS_DIR = 'facts';

const HELP = `Usage: npm run --silent facts -- validate [--dir facts]

Checks the fact base as maintainers edit it: the schema (core/factbase/schema.ts) on the assembled files,
then the data lints (core/factbase/lint.ts): unique ids; events in date order; real dates; every confirmed
fact with a primary source; events without a source reported and explained by a sourceNote; https sources
with titles; since/until/supersededBy/correctedBy links that resolve; no unused event; a claim pattern for
every fact; cues that compile; words the extension would take (the cap on a release's regular
expressions); no unknown or defaulted field.

Options:
  --dir PATH   the folder with manifest.json, partnerships.json, events.json, facts.json, lexicon.json
               (default: facts)
  -h, --help   show this help

Each problem is one line on stderr: "<file>: <entry>: <problem>".
Exit status: 0 valid; 1 problems found; 2 misuse or a file that cannot be read.
`;

export interface Validated {
  dir: FactsDir;
  /** Set when the schema accepted the files (lint problems may remain). */
  factBase: FactBase | null;
  /** One line each, "<file>: <entry>: <problem>". */
  problems: string[];
}

/** Reads and checks a facts folder. Throws FactsError when a file is missing or not JSON. */
export async function validateFactsDir(io: FactsIo, dirPath: string): Promise<Validated> {
  const dir = await readFactsDir(io, dirPath);
  const parsed = factBaseSchema.safeParse(dir.raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [file, index, ...rest] = issue.path.map(String);
      const entries = dir.raw[file as FactFile];
      const where =
        file === 'manifest' || index === undefined
          ? [index, ...rest]
          : [
              entryLabel(
                file as FactFile,
                Array.isArray(entries) ? entries[Number(index)] : null,
                Number(index),
              ),
              rest.join('.'),
            ];
      const label = where.filter(Boolean).join(': ');
      return `${dir.fileLabel(file as FactFile)}: ${label ? `${label}: ` : ''}${issue.message}`;
    });
    return { dir, factBase: null, problems };
  }
  const factBase = parsed.data;
  const problems = [...spellingProblems(dir.raw, factBase), ...lintFactBase(factBase)].map(
    (p) => `${dir.fileLabel(p.file)}: ${p.message}`,
  );
  return { dir, factBase, problems };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check the fact base: schema and data lints',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { dir: { type: 'string' } }, { min: 0, max: 0, names: '' });
    const { dir, factBase, problems } = await validateFactsDir(
      io,
      stringOption(args.values, 'dir') ?? DEFAULT_FACTS_DIR,
    );
    if (problems.length || !factBase) {
      for (const p of problems) io.stderr(`facts validate: ${p}\n`);
      io.stderr(
        `facts validate: ${dir.label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
      );
      return EXIT_FAILED;
    }
    const { manifest } = factBase;
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    io.stdout(
      `${dir.label} is valid: fact base ${manifest.version} (schema ${manifest.schemaVersion}, published ${manifest.published}): ` +
        `${count(factBase.partnerships.length, 'partnership')}, ${count(factBase.events.length, 'event')}, ` +
        `${count(factBase.facts.length, 'fact')}, ${count(
          factBase.facts.reduce((n, f) => n + f.frames.length, 0),
          'claim frame',
        )}\n`,
    );
    return EXIT_OK;
  },
};

// `facts diff`: a readable changelog between two fact bases (folders or bundles).
import { diffFactBases, formatDiff } from '../../core/factbase/diff';
import { type Command, EXIT_OK, parseCommandArgs } from './command';
import { loadFactBase } from './source';

const HELP = `Usage: npm run --silent facts -- diff <old> <new> [--json]

Lists what changed between two fact bases: facts added, changed (each field old → new), retired (gained an
end event: outdated from then on) and removed; events added, changed and removed; partnerships; how many claim
patterns changed; the version and publication date. Warns when the content changed but the version did not
go up. <old> and <new> are each a facts folder, a bundle (factbase-x.y.z.json) or a fact-base JSON file.

  e.g. mkdir -p /tmp/prev && git archive main facts | tar -x -C /tmp/prev
       npm run --silent facts -- diff /tmp/prev/facts facts

Options:
  --json      the diff as JSON instead of text
  -h, --help  show this help

Exit status: 0 (whether or not anything changed); 2 misuse, or an input that cannot be read or is invalid.
`;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'changelog between two fact bases (folders or bundles); --json',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { json: { type: 'boolean' } },
      { min: 2, max: 2, names: 'the old and the new fact base' },
    );
    const [oldPath, newPath] = args.positionals;
    const diff = diffFactBases(await loadFactBase(io, oldPath), await loadFactBase(io, newPath));
    io.stdout(args.values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff));
    return EXIT_OK;
  },
};

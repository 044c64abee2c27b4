// `facts export-claimreview`: schema.org ClaimReview JSON-LD for the wrong and the outdated facts.
import { toClaimReviews } from '../../core/factbase/claimreview';
import { writeFileOrFail } from './build';
import { type Command, EXIT_OK, parseCommandArgs, resolvePath, stringOption } from './command';
import { displayPath, loadFactBase } from './source';
import { DEFAULT_FACTS_DIR } from './validate';

const HELP = `Usage: npm run --silent facts -- export-claimreview [--dir facts] [--out file.jsonld]

Writes schema.org ClaimReview JSON-LD, one ClaimReview per fact that is \`wrong\` (rated "False", ratingValue
1) or has ended (rated "Outdated", ratingValue 2), on a scale of worstRating 1 to bestRating 5; author
"Partnership Lens"; datePublished the fact base's publication date; url the primary source of the correction;
itemReviewed a Claim with its appearances where the fact base knows them.

Options:
  --dir PATH  the facts folder, or a bundle (default: facts)
  --out FILE  write here instead of stdout
  -h, --help  show this help

Exit status: 0 written; 2 misuse, or a fact base that cannot be read or is invalid.
`;

export const exportClaimReviewCommand: Command = {
  name: 'export-claimreview',
  summary: 'schema.org ClaimReview JSON-LD for the wrong and outdated facts',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { dir: { type: 'string' }, out: { type: 'string' } },
      { min: 0, max: 0, names: '' },
    );
    const factBase = await loadFactBase(io, stringOption(args.values, 'dir') ?? DEFAULT_FACTS_DIR);
    const doc = toClaimReviews(factBase);
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const out = stringOption(args.values, 'out');
    if (!out) {
      io.stdout(text);
      return EXIT_OK;
    }
    const path = resolvePath(io, out);
    await writeFileOrFail(io, path, text);
    io.stderr(`${displayPath(io, path)}: ${doc['@graph'].length} ClaimReviews\n`);
    return EXIT_OK;
  },
};

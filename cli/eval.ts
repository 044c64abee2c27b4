// `eval`: measure the engine against a labels file (format: ../shared/corpus/README.md).
// Each document is read as `scan` reads it and judged with the bundled fact base as of the labels' `today`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { judgePage } from '../core/analyze';
import { bundledFactBase } from '../core/factbase/bundled';
import {
  type DocumentScore,
  type Labels,
  type Metrics,
  metricsLine,
  missesOf,
  missLine,
  parseLabels,
  type ReportedClaim,
  scoreDocument,
  summarize,
  summarizeByPartnership,
} from './eval-score';
import { type SplitFile, type SplitName, splitFileSchema, splitOf } from './eval-split';
import { loadInput } from './load-input';
import { isMainModule, parseOrUsage, UsageError } from './scan-args';

export const EVAL_HELP = `Usage: npm run eval -- <labels.json> [--split split.json] [--verbose] [--json] [--show-held-out]

Runs the engine on every document of a labels file (paths relative to it) as of its "today", with the
bundled fact base, and scores the result as ../shared/corpus/README.md says. A labelled claim whose
"accept" holds "none" may also be left unflagged; a claim judged against another partnership than its
label's ("partnership", default microsoft-openai) has a wrong status. Documents may list "decoys"
(sentences with no claim): the summary then counts those flagged. See docs/evaluation.md.

  --split FILE  the fixed tuned/held-out split of the corpus (default: cli/eval-splits/<folder>.json
                when the labels' folder is named like one, e.g. dev or partners, and it lists every page)
  --verbose     also print correct matches, excused reports, claims left unflagged where "none" is
                accepted, and publication-date disagreements
  --json        print the metrics (and the misses) as one JSON document instead of lines
  --show-held-out  also print the misses (and, with --verbose, the matches) of the held-out pages: off by
                default, so that tuning never sees the part that measures generalisation

Prints one line per miss (missed, false-positive, wrong-status) of the pages one may tune on, then the
summary: overall, per split (tuned, held-out) when there is one, and per partnership. With a split, the
held-out misses are counted in one line, not shown.
Exit status: 0 (a measurement, whatever the scores); 2 on bad input (labels file, a missing document);
1 on an internal error.
`;

export interface EvalIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export async function main(argv: string[], io: EvalIo): Promise<number> {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseOrUsage(argv, {
      verbose: { type: 'boolean', short: 'v' },
      split: { type: 'string' },
      json: { type: 'boolean' },
      'show-held-out': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    }));
    if (!values.help && positionals.length !== 1)
      throw new UsageError('give exactly one labels file (see --help)');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`eval: ${e.message}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(EVAL_HELP);
    return 0;
  }
  const labelsPath = positionals[0];
  let labels: Labels;
  try {
    labels = parseLabels(JSON.parse(await readFile(labelsPath, 'utf8')));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : e instanceof SyntaxError
            ? `not valid JSON (${e.message})`
            : (e as Error).message;
    io.stderr(`eval: ${labelsPath}: ${reason.split('\n')[0]}\n`);
    return 2;
  }

  let split: SplitFile | null;
  try {
    split = await splitFor(labelsPath, labels, values.split as string | undefined);
  } catch (e) {
    io.stderr(`eval: ${values.split}: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }

  const factBase = bundledFactBase();
  const base = dirname(labelsPath);
  const scores: DocumentScore[] = [];
  const lines: string[] = [];
  let status = 0;
  // What the held-out pages get wrong stays out of sight unless asked for: seeing it invites tuning on it.
  const hides = (file: string) =>
    split !== null && !values['show-held-out'] && splitOf(split, file) === 'held-out';
  let hiddenMisses = 0;
  for (const doc of labels.documents) {
    const hidden = hides(doc.file);
    const loaded = await loadInput(resolve(base, doc.file));
    let reports: ReportedClaim[] = [];
    let pageText: string | undefined;
    if (!loaded.ok) {
      io.stderr(`eval: ${doc.file}: ${loaded.reason}\n`);
      if (status === 0) status = 2;
    } else {
      const page = loaded.value;
      pageText = page.text;
      try {
        reports = judgePage(page, factBase, { asOf: labels.today });
      } catch (e) {
        io.stderr(`eval: ${doc.file}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        status = 1;
      }
      if (
        values.verbose &&
        !hidden &&
        doc.published !== undefined &&
        (doc.published ?? null) !== page.published
      ) {
        lines.push(
          `date            ${doc.file}  labels say ${doc.published}, page read as ${page.published}`,
        );
      }
    }
    const score = scoreDocument(doc, reports, pageText);
    scores.push(score);
    if (hidden) {
      hiddenMisses += missesOf(score).length;
      continue;
    }
    lines.push(...missesOf(score).map(missLine));
    if (values.verbose) {
      for (const m of score.matched.filter((x) => x.statusOk)) {
        lines.push(`ok              ${doc.file}  ${m.report.status} (${m.rule})  "${m.label.quote}"`);
      }
      for (const r of score.excused) lines.push(`excused         ${doc.file}  got ${r.status}  "${r.text}"`);
      for (const l of score.leftAlone)
        lines.push(`left-alone      ${doc.file}  may be unflagged  "${l.quote}"`);
    }
  }

  const metrics = summarize(scores);
  const splits = split ? summarizeSplits(split, labels, scores) : null;
  const partnerships = summarizeByPartnership(scores);
  if (values.json) {
    const shown = scores.filter((_, i) => !hides(labels.documents[i].file));
    const doc = { ...metrics, splits, partnerships, misses: shown.flatMap(missesOf), hiddenMisses };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    if (hiddenMisses > 0)
      lines.push(`(${hiddenMisses} misses on held-out pages not shown: --show-held-out prints them)`);
    const summary = [
      summaryLine('overall', metrics),
      ...(splits ? [summaryLine('tuned', splits.tuned), summaryLine('held-out', splits.heldOut)] : []),
      ...Object.entries(partnerships).map(([id, m]) => summaryLine(id, m)),
    ];
    io.stdout(`${[...lines, ...summary].join('\n')}\n`);
  }
  return status;
}

const summaryLine = (name: string, m: Metrics) => `${name.padEnd(28)}${metricsLine(m)}`;

function summarizeSplits(split: SplitFile, labels: Labels, scores: DocumentScore[]) {
  const part = (name: SplitName) =>
    scores.filter((_, i) => splitOf(split, labels.documents[i].file) === name);
  return { tuned: summarize(part('tuned')), heldOut: summarize(part('held-out')) };
}

const SPLITS_DIR = new URL('./eval-splits/', import.meta.url).pathname;

/**
 * The split to report: the one given (every document must be in it), else the project's split named after the
 * labels' folder when it lists exactly the labels' documents, else none.
 */
async function splitFor(
  labelsPath: string,
  labels: Labels,
  given: string | undefined,
): Promise<SplitFile | null> {
  const files = labels.documents.map((d) => d.file);
  if (given) {
    const split = splitFileSchema.parse(JSON.parse(await readFile(given, 'utf8')));
    const unlisted = files.find((f) => splitOf(split, f) === null);
    if (unlisted) throw new Error(`the split does not list ${unlisted}`);
    return split;
  }
  const candidate = `${SPLITS_DIR}${basename(dirname(resolve(labelsPath)))}.json`;
  if (!existsSync(candidate)) return null;
  const split = splitFileSchema.parse(JSON.parse(await readFile(candidate, 'utf8')));
  const listed = split.tuned.length + split.heldOut.length;
  return listed === files.length && files.every((f) => splitOf(split, f) !== null) ? split : null;
}

if (isMainModule(import.meta.url)) {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`eval: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

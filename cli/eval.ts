// `eval`: measure the engine against a labels file (format: ../shared/corpus/README.md).
// Each document is read as `scan` reads it and judged with the bundled fact base as of the labels' `today`.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { judgePage } from '../core/analyze';
import { bundledFactBase } from '../core/factbase/bundled';
import {
  type DocumentScore,
  type Labels,
  metricsLine,
  missesOf,
  missLine,
  parseLabels,
  type ReportedClaim,
  scoreDocument,
  summarize,
} from './eval-score';
import { loadInput } from './load-input';
import { isMainModule, parseOrUsage, UsageError } from './scan-args';

export const EVAL_HELP = `Usage: npm run eval -- <labels.json> [--verbose] [--json]

Runs the engine on every document of a labels file (paths relative to it) as of its "today", with the
bundled fact base, and scores the result as ../shared/corpus/README.md says.

  --verbose   also print correct matches, excused reports and publication-date disagreements
  --json      print the metrics (and every miss) as one JSON document instead of lines

Prints one line per miss (missed, false-positive, wrong-status), then the summary line.
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
      json: { type: 'boolean' },
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

  const factBase = bundledFactBase();
  const base = dirname(labelsPath);
  const scores: DocumentScore[] = [];
  const lines: string[] = [];
  let status = 0;
  for (const doc of labels.documents) {
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
      if (values.verbose && doc.published !== undefined && (doc.published ?? null) !== page.published) {
        lines.push(
          `date            ${doc.file}  labels say ${doc.published}, page read as ${page.published}`,
        );
      }
    }
    const score = scoreDocument(doc, reports, pageText);
    scores.push(score);
    lines.push(...missesOf(score).map(missLine));
    if (values.verbose) {
      for (const m of score.matched.filter((x) => x.statusOk)) {
        lines.push(`ok              ${doc.file}  ${m.report.status} (${m.rule})  "${m.label.quote}"`);
      }
      for (const r of score.excused) lines.push(`excused         ${doc.file}  got ${r.status}  "${r.text}"`);
    }
  }

  const metrics = summarize(scores);
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...metrics, misses: scores.flatMap(missesOf) }, null, 2)}\n`);
  } else {
    io.stdout(`${[...lines, metricsLine(metrics)].join('\n')}\n`);
  }
  return status;
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

// `scan`: judge the partnership claims of files, web pages and web archives from the command line (contract:
// ../shared/reference/scan-contract.md). Arguments in scan-args.ts, inputs in scan-sources.ts and
// load-input.ts, the work of each page in pool/judge-task.ts (in-process or on the worker pool).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { toCsv } from '../core/export/csv';
import { claimJson, toJsonLine } from '../core/export/jsonl';
import { SummaryCounter, summaryCsv, summaryText } from '../core/export/summary';
import { toTextTable } from '../core/export/text-table';
import { type ExportContext, type ExportDocument, toW3cCollection } from '../core/export/w3c';
import { bundledFactBase } from '../core/factbase/bundled';
import type { FactBase } from '../core/factbase/schema';
import { fileProblem } from './file-problem';
import { isUrl, loadFactBaseFile, timeoutFromEnv } from './load-input';
import { batches } from './pool/batches';
import { type JudgePool, startJudgePool } from './pool/judge-pool';
import { type JudgedDocument, type JudgeSettings, judgeTask } from './pool/judge-task';
import { runOrdered } from './pool/ordered';
import {
  type Format,
  isMainModule,
  localToday,
  parseScanArgs,
  SCAN_HELP,
  type ScanArgs,
  UsageError,
} from './scan-args';
import { progressLine } from './scan-progress';
import { type ScanItem, scanItems } from './scan-sources';

export interface ScanIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  /** stdout is a terminal: colour and its width for the text format. */
  isTTY: boolean;
  columns?: number;
  now?: Date;
  /** Where "-" reads its list of inputs from. */
  stdin?: Readable;
  /** stderr is a terminal: a progress line is drawn there. */
  stderrIsTTY?: boolean;
}

export interface ScanReport extends ExportContext {
  documents: ExportDocument[];
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** Runs `scan` with these arguments; returns the exit status. Never throws for expected errors. */
export async function main(argv: string[], io: ScanIo): Promise<number> {
  let args: ScanArgs;
  try {
    args = parseScanArgs(argv, localToday(io.now));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`scan: ${e.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (args.help) {
    io.stdout(SCAN_HELP);
    return EXIT_OK;
  }
  let factBase: FactBase;
  if (args.facts) {
    const loaded = await loadFactBaseFile(args.facts);
    if (!loaded.ok) {
      io.stderr(`scan: --facts ${args.facts}: ${loaded.reason}\n`);
      return EXIT_BAD_INPUT;
    }
    factBase = loaded.value;
  } else {
    factBase = bundledFactBase();
  }
  if (args.summaryCsv) {
    // Fail before a long scan, not after it: the file is created (empty) now and written at the end.
    try {
      await writeFile(args.summaryCsv, '');
    } catch (e) {
      io.stderr(`scan: --summary-csv ${args.summaryCsv}: ${fileProblem(e)}\n`);
      return EXIT_BAD_INPUT;
    }
  }
  const { version, published } = factBase.manifest;
  const context: ExportContext = { factBase: { version, published }, asOf: args.asOf };
  const summary = args.summary ? new SummaryCounter() : null;
  const documents: ExportDocument[] = [];
  const progress = progressLine(io.stderrIsTTY ? io.stderr : null);
  // On a terminal, a message first clears the progress line it would otherwise be written after.
  const stderr = io.stderrIsTTY ? (s: string) => io.stderr(`\r\x1b[K${s}`) : io.stderr;
  let status = EXIT_OK;
  for await (const doc of judgeDocuments(args, factBase, { ...io, stderr }, context)) {
    if (doc.errors.length > 0) {
      stderr(`scan: ${doc.source}: ${doc.errors[0]}\n`);
      status = doc.internal ? EXIT_INTERNAL : status === EXIT_OK ? EXIT_BAD_INPUT : status;
    }
    progress.add(doc.claimCount ?? doc.claims.length);
    if (summary) summary.add(doc);
    else if (args.format === 'jsonl') io.stdout(doc.line ?? toJsonLine(doc, context));
    else documents.push(withoutInternal(doc));
  }
  progress.done();
  if (summary) {
    const rows = summary.rows();
    if (args.summaryCsv) await writeFile(args.summaryCsv, summaryCsv(rows));
    io.stdout(
      args.format === 'csv'
        ? summaryCsv(rows)
        : args.format === 'json'
          ? `${JSON.stringify({ ...context, totals: summary.totals, rows }, null, 2)}\n`
          : summaryText(rows, summary.totals),
    );
  } else if (args.format !== 'jsonl') {
    io.stdout(render(args.format, { ...context, documents }, io));
  }
  return status;
}

/**
 * Every input's documents, judged and in input order: in-process for --jobs 1 or a single page (starting
 * workers costs more than one page), else on a pool of --jobs workers, pages sent in small batches, with a
 * bounded window of batches in flight.
 */
export async function* judgeDocuments(
  args: Pick<
    ScanArgs,
    'inputs' | 'asOf' | 'published' | 'jobs' | 'facts' | 'format' | 'summary' | 'warcDate'
  >,
  factBase: FactBase,
  io: Pick<ScanIo, 'stderr' | 'env' | 'stdin'>,
  context: ExportContext,
): AsyncGenerator<JudgedDocument> {
  const jsonLines = args.format === 'jsonl' && !args.summary;
  const settings: JudgeSettings = {
    asOf: args.asOf,
    published: args.published,
    warcDateFallback: args.warcDate,
    keepText: !args.summary && !['json', 'jsonl'].includes(args.format),
    timeoutMs: timeoutFromEnv(io.env),
    ...(jsonLines ? { jsonLines: context } : {}),
  };
  const items = scanItems(args.inputs, args.published, io);
  const first = await items.next();
  if (first.done) return;
  const second = await items.next();
  // PLENS_SCAN_POOL=always: the pool even for --jobs 1 or one page (the benchmark's one-worker baseline).
  const wantPool = io.env.PLENS_SCAN_POOL === 'always' || (args.jobs > 1 && !second.done);
  const pool = wantPool ? await startPoolOrSayWhy(args, settings, io) : null;
  async function* all(): AsyncGenerator<ScanItem> {
    yield first.value as ScanItem;
    if (second.done) return;
    yield second.value;
    yield* items;
  }
  if (!pool) {
    const judge = (item: ScanItem): Promise<JudgedDocument> =>
      item.kind === 'failed' ? Promise.resolve(item.document) : judgeTask(item.task, settings, factBase);
    yield* runOrdered(all(), judge, 1);
    return;
  }
  const judgeBatch = async (batch: ScanItem[]): Promise<JudgedDocument[]> => {
    const tasks = batch.flatMap((item) => (item.kind === 'task' ? [item.task] : []));
    let judged: JudgedDocument[];
    try {
      judged = tasks.length > 0 ? await pool.judge(tasks) : [];
    } catch (e) {
      // A worker that died (out of memory, say) takes its batch with it; the pool starts another.
      const reason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
      judged = tasks.map((task) => ({
        source: task.source,
        title: null,
        published: args.published,
        text: '',
        claims: [],
        errors: [reason],
        internal: true as const,
      }));
    }
    return batch.map((item) => (item.kind === 'failed' ? item.document : (judged.shift() as JudgedDocument)));
  };
  const weight = (item: ScanItem) =>
    item.kind === 'task' && item.task.kind === 'raw' ? item.task.raw.bytes.length : 0;
  try {
    // Three batches per worker in flight keep every worker busy while the main thread reads the next records.
    const batched = batches(all(), weight, BATCH);
    for await (const documents of runOrdered(batched, judgeBatch, args.jobs * 3)) yield* documents;
  } finally {
    await pool.close();
  }
}

/** The worker pool, or null (the pages are then judged in this thread) when it cannot start here. */
async function startPoolOrSayWhy(
  args: Pick<ScanArgs, 'jobs' | 'facts'>,
  settings: JudgeSettings,
  io: Pick<ScanIo, 'stderr'>,
): Promise<JudgePool | null> {
  try {
    return await startJudgePool(args.jobs, { settings, factsPath: args.facts });
  } catch (e) {
    io.stderr(
      `scan: no worker threads (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); judging in one thread\n`,
    );
    return null;
  }
}

/** Pages per message to a worker: few enough that output still streams, enough to make messages rare. */
const BATCH = { size: 8, maxBytes: 4 * 1024 * 1024 };

function withoutInternal({ internal: _, line: __, claimCount: ___, ...doc }: JudgedDocument): ExportDocument {
  return doc;
}

/** Output in the chosen format, ending with a newline. */
export function render(
  format: Format,
  report: ScanReport,
  io: Pick<ScanIo, 'isTTY' | 'columns' | 'env'>,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toScanJson(report), null, 2)}\n`;
    case 'csv':
      return toCsv(report.documents);
    case 'w3c': {
      // W3C targets are IRIs: local files become file:// URLs.
      const documents = report.documents.map((d) => ({
        ...d,
        source: isUrl(d.source) ? d.source : pathToFileURL(resolve(d.source)).href,
      }));
      return `${JSON.stringify(toW3cCollection(documents, report), null, 2)}\n`;
    }
    case 'text':
      return toTextTable(report.documents, {
        ...report,
        color: io.isTTY && !io.env.NO_COLOR,
        width: io.isTTY ? io.columns : undefined,
      });
    case 'jsonl':
      return report.documents.map((d) => toJsonLine(d, report)).join('');
  }
}

/** The contract's JSON: its keys first and in its order, then the extra fields of each claim. */
export function toScanJson(report: ScanReport) {
  return {
    factBase: { version: report.factBase.version, published: report.factBase.published },
    asOf: report.asOf,
    documents: report.documents.map((d) => ({
      source: d.source,
      title: d.title,
      published: d.published,
      claims: d.claims.map(claimJson),
      errors: d.errors,
    })),
  };
}

if (isMainModule(import.meta.url)) {
  // `scan … | head` closes stdout early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw e;
  });
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    stdin: process.stdin,
    stderrIsTTY: process.stderr.isTTY === true,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`scan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.PLENS_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}

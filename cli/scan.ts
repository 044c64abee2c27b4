// `scan`: judge the partnership claims of files and web pages from the command line (contract:
// ../shared/reference/scan-contract.md). Arguments in scan-args.ts, reading inputs in load-input.ts.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { judgePage } from '../core/analyze';
import { toCsv } from '../core/export/csv';
import { toTextTable } from '../core/export/text-table';
import { type ExportContext, type ExportDocument, toW3cCollection } from '../core/export/w3c';
import { bundledFactBase } from '../core/factbase/bundled';
import type { FactBase } from '../core/factbase/schema';
import type { JudgedClaim } from '../core/types';
import { isUrl, loadFactBaseFile, loadInput, timeoutFromEnv } from './load-input';
import {
  type Format,
  isMainModule,
  localToday,
  parseScanArgs,
  SCAN_HELP,
  type ScanArgs,
  UsageError,
} from './scan-args';

export interface ScanIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  /** stdout is a terminal: colour and its width for the text format. */
  isTTY: boolean;
  columns?: number;
  now?: Date;
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
  const { report, status } = await scanInputs(args, factBase, io);
  io.stdout(render(args.format, report, io));
  return status;
}

/** Reads and judges every input in order; an input that fails is reported and kept as a document with errors. */
export async function scanInputs(
  args: Pick<ScanArgs, 'inputs' | 'asOf' | 'published'>,
  factBase: FactBase,
  io: Pick<ScanIo, 'stderr' | 'env'>,
): Promise<{ report: ScanReport; status: number }> {
  const timeoutMs = timeoutFromEnv(io.env);
  const documents: ExportDocument[] = [];
  let status = EXIT_OK;
  for (const source of args.inputs) {
    const failed = (reason: string): ExportDocument => {
      io.stderr(`scan: ${source}: ${reason}\n`);
      return { source, title: null, published: args.published, text: '', claims: [], errors: [reason] };
    };
    const loaded = await loadInput(source, { timeoutMs });
    if (!loaded.ok) {
      documents.push(failed(loaded.reason));
      if (status === EXIT_OK) status = EXIT_BAD_INPUT;
      continue;
    }
    const page = loaded.value;
    let claims: JudgedClaim[];
    try {
      claims = judgePage(page, factBase, { asOf: args.asOf, published: args.published });
    } catch (e) {
      // A bug in the engine, not bad input: say so in one line (stack with PLENS_DEBUG=1) and go on.
      if (io.env.PLENS_DEBUG) io.stderr(`${(e as Error)?.stack ?? e}\n`);
      documents.push(failed(`internal error: ${e instanceof Error ? e.message : String(e)}`));
      status = EXIT_INTERNAL;
      continue;
    }
    documents.push({
      source,
      title: page.title,
      published: args.published ?? page.published,
      text: page.text,
      claims,
      errors: [],
    });
  }
  const { version, published } = factBase.manifest;
  return { report: { factBase: { version, published }, asOf: args.asOf, documents }, status };
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

function claimJson(claim: JudgedClaim) {
  const { text, start, end, status, asPublished, topic, factId, explanation, source, ...extra } = claim;
  return {
    text,
    start,
    end,
    status,
    asPublished,
    topic,
    factId,
    explanation,
    source: source ? { title: source.title, url: source.url } : null,
    ...extra,
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

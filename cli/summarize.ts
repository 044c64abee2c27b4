// `summarize`: the reduce step of a scan run on a cluster. Reads the JSON Lines that `scan --format jsonl`
// wrote (files, or stdin for "-" or no input), one document at a time, and prints the same summary as
// `scan --summary`: articles and claims per month of publication, partnership, topic, status and fact.
//
//   npm run --silent summarize -- [--format text|csv|json] [--summary-csv PATH] part-*.jsonl
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { type SummarisedDocument, SummaryCounter, summaryCsv, summaryText } from '../core/export/summary';
import { fileProblem } from './file-problem';
import { isMainModule, parseOrUsage, STDIN_LIST, UsageError } from './scan-args';

export const SUMMARIZE_HELP = `Usage: npm run --silent summarize -- [options] [part.jsonl | -]...

Sums the JSON Lines written by \`scan --format jsonl\` (the map step) into the summary of \`scan --summary\`:
articles and claims per month of publication, partnership, topic, status and fact. With no input, or "-",
reads stdin.

Options:
  --format text|csv|json  output format (default: text, outdated and contradicted terms first)
  --summary-csv PATH      write the summary as CSV to PATH as well
  -h, --help              show this help

Exit status: 0; 2 when an input cannot be read or a line is not a scanned document.
`;

export interface SummarizeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: Readable;
}

const FORMATS = ['text', 'csv', 'json'] as const;

export async function summarize(argv: string[], io: SummarizeIo): Promise<number> {
  let format: (typeof FORMATS)[number];
  let csvPath: string | null;
  let inputs: string[];
  try {
    const { values, positionals } = parseOrUsage(argv, {
      format: { type: 'string' },
      'summary-csv': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(SUMMARIZE_HELP);
      return 0;
    }
    const f = (values.format ?? 'text') as string;
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${f}"`);
    }
    format = f as (typeof FORMATS)[number];
    csvPath = typeof values['summary-csv'] === 'string' ? values['summary-csv'] : null;
    inputs = positionals.length > 0 ? positionals : [STDIN_LIST];
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`summarize: ${e.message}\n`);
    return 2;
  }
  if (csvPath) {
    // Fail before reading every part, not after: the file is created (empty) now and written at the end.
    try {
      await writeFile(csvPath, '');
    } catch (e) {
      io.stderr(`summarize: --summary-csv ${csvPath}: ${fileProblem(e)}\n`);
      return 2;
    }
  }
  const counter = new SummaryCounter();
  let status = 0;
  for (const input of inputs) {
    const stream = input === STDIN_LIST ? io.stdin : createReadStream(input);
    if (!stream) throw new Error('no stdin to read from');
    let lineNo = 0;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
        lineNo++;
        if (!line.trim()) continue;
        const doc = parseDocument(line);
        if (doc) {
          counter.add(doc);
        } else {
          io.stderr(`summarize: ${input}:${lineNo}: not a document of scan --format jsonl\n`);
          status = 2;
        }
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.stderr(`summarize: ${input}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      status = 2;
    }
  }
  const rows = counter.rows();
  if (csvPath) await writeFile(csvPath, summaryCsv(rows));
  io.stdout(
    format === 'csv'
      ? summaryCsv(rows)
      : format === 'json'
        ? `${JSON.stringify({ totals: counter.totals, rows }, null, 2)}\n`
        : summaryText(rows, counter.totals),
  );
  return status;
}

/** The fields the summary reads, checked: a truncated or foreign line is reported, not half-counted. */
function parseDocument(line: string): SummarisedDocument | null {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return null;
  }
  const d = doc as Partial<SummarisedDocument>;
  const okClaims =
    Array.isArray(d.claims) &&
    d.claims.every((c) => c && typeof c.status === 'string' && typeof c.topic === 'string');
  if (!okClaims || !Array.isArray(d.errors) || !(typeof d.published === 'string' || d.published === null)) {
    return null;
  }
  return d as SummarisedDocument;
}

if (isMainModule(import.meta.url)) {
  summarize(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: process.stdin,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`summarize: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

// Command-line arguments of `scan`: parsed and validated before any input is read.
import { realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isoDate } from '../core/page/iso-date';
import type { IsoDate } from '../core/types';

export const FORMATS = ['json', 'csv', 'w3c', 'text', 'jsonl'] as const;
/** Formats of `--summary` (the summary is a table, so it has no JSON Lines or W3C form). */
export const SUMMARY_FORMATS: readonly Format[] = ['text', 'csv', 'json'];
/** The input that means "read a list of files or URLs, one per line, from stdin". */
export const STDIN_LIST = '-';
export type Format = (typeof FORMATS)[number];

export interface ScanArgs {
  help: boolean;
  format: Format;
  asOf: IsoDate;
  published: IsoDate | null;
  facts: string | null;
  inputs: string[];
  /** Pages judged at once, each on a worker thread; 1 judges in the main thread. */
  jobs: number;
  /** Print the summary (by month, partnership, topic, status) instead of the claims. */
  summary: boolean;
  /** Also write the summary as CSV to this file. */
  summaryCsv: string | null;
  /** Date a WARC page that gives no date of its own by its WARC-Date. */
  warcDate: boolean;
}

/** A mistake in how the command was called: reported in one line, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const SCAN_HELP = `Usage: npm run --silent scan -- [options] <file.html | file.txt | file.warc[.gz] | https://url | ->...

Finds claims about AI-industry partnerships in each input and judges them against the fact base.

Options:
  --format json|csv|w3c|text|jsonl  output format (default: text, a readable table)
                              json:  one JSON document (factBase, asOf, documents[])
                              jsonl: one JSON document per line, written as each page is judged
                                     (memory stays flat: use it for web archives)
                              csv:   one row per claim (RFC 4180, CRLF, formula-guarded)
                              w3c:   W3C Web Annotation collection (JSON-LD)
  --as-of YYYY-MM-DD          judge "now" as of this date (default: today, local time)
  --published YYYY-MM-DD      publication date for every input, overriding what the page says
  --facts PATH                use this fact-base bundle (JSON) instead of the bundled one
  --jobs N                    pages judged at once on worker threads (default: the cores, here ${availableParallelism()});
                              output keeps the input order whatever N
  --summary                   print the summary instead of the claims: articles and claims per month of
                              publication, partnership, topic, status and fact; outdated and contradicted
                              terms first (--format text, csv or json)
  --summary-csv PATH          write the summary as CSV to PATH as well (implies --summary)
  --warc-date                 date a WARC page that gives no date of its own by its record's WARC-Date
  -h, --help                  show this help

Inputs:
  .html/.htm files, or any file or page whose content looks like HTML, are read the way the extension
  reads a page (main article text; date from article:published_time, JSON-LD or <time datetime>).
  Other text files are read as plain text. http(s) URLs are downloaded (text/html or text/plain only,
  at most 25 MB, timeout 15 s; set PLENS_FETCH_TIMEOUT_MS to change it).
  .warc and .warc.gz files (web archives): every "response" record with HTML or plain text and every
  "resource" record is a page; its source is the record's WARC-Target-URI. Other records are skipped,
  those that could have been pages (an image, a PDF, an HTTP error, over 25 MB) with one line on stderr.
  "-" reads a list of inputs (files, WARCs or URLs), one per line, from stdin.
  A progress line (documents, claims, documents per second) goes to stderr when it is a terminal.

Errors:
  An input that cannot be read gives one line on stderr, "scan: <input>: <reason>", and appears in
  json output with "errors": [reason] and no claims; the other inputs are still processed. Reasons
  include: no such file, is a directory, permission denied, binary file, empty file, no article text
  found (a page whose main text is empty counts as unreadable, not as a page without claims), file too
  large, HTTP 404 Not Found, unsupported content type, no answer within 15 s, connection refused.
  A WARC that ends early or is corrupt gives one line and a document with the error; the pages read before
  it are kept.

Exit status: 0 when every input was read (whatever the verdicts); 2 when an input could not be read
or the command was misused (bad option or date, invalid --facts); 1 on an internal error. Each page of
a WARC counts as an input; a skipped record does not.
`;

/** Today's date in the local time zone. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** Parses `scan`'s arguments; throws UsageError with a one-line message. */
export function parseScanArgs(argv: string[], today: IsoDate = localToday()): ScanArgs {
  const { values, positionals } = parseOrUsage(argv, {
    format: { type: 'string' },
    'as-of': { type: 'string' },
    published: { type: 'string' },
    facts: { type: 'string' },
    jobs: { type: 'string' },
    summary: { type: 'boolean' },
    'summary-csv': { type: 'string' },
    'warc-date': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help === true;
  const format = (values.format ?? 'text') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const asOf = dateOption('--as-of', values['as-of']) ?? today;
  const published = dateOption('--published', values.published);
  const facts = typeof values.facts === 'string' ? values.facts : null;
  if (facts === '') throw new UsageError('--facts needs a path');
  if (!help && positionals.length === 0) throw new UsageError('no input given (see --help)');
  const jobs = jobsOption(values.jobs);
  const summaryCsv = typeof values['summary-csv'] === 'string' ? values['summary-csv'] : null;
  if (summaryCsv === '') throw new UsageError('--summary-csv needs a path');
  const summary = values.summary === true || summaryCsv !== null;
  if (summary && !SUMMARY_FORMATS.includes(format as Format)) {
    throw new UsageError(`--summary prints ${SUMMARY_FORMATS.join(', ')}, not "${format}"`);
  }
  return {
    help,
    format: format as Format,
    asOf,
    published,
    facts,
    inputs: positionals,
    jobs,
    summary,
    summaryCsv,
    warcDate: values['warc-date'] === true,
  };
}

function jobsOption(value: unknown): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${String(value)}"`);
  }
  return n;
}

function dateOption(name: string, value: unknown): IsoDate | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new UsageError(`${name} must be a date written YYYY-MM-DD, not "${String(value)}"`);
  }
  return value;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** node:util parseArgs with its multi-line messages turned into one-line usage errors. */
export function parseOrUsage(argv: string[], options: OptionSpec) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    const long = /(--[\w-]+)/.exec(message)?.[1] ?? option;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option ${option} (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(
        options[long.replace(/^--/, '')]?.type === 'boolean'
          ? `${long} takes no value`
          : `${long} needs a value (write ${long}=VALUE if it starts with "-")`,
      );
    }
    throw new UsageError(message.split('\n')[0]);
  }
}

/** True when the module at `importMetaUrl` is the script node was started with (not imported by tests). */
export function isMainModule(importMetaUrl: string): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(importMetaUrl));
  } catch {
    return false;
  }
}

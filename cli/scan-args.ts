// Command-line arguments of `scan`: parsed and validated before any input is read.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isoDate } from '../core/page/iso-date';
import type { IsoDate } from '../core/types';

export const FORMATS = ['json', 'csv', 'w3c', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export interface ScanArgs {
  help: boolean;
  format: Format;
  asOf: IsoDate;
  published: IsoDate | null;
  facts: string | null;
  inputs: string[];
}

/** A mistake in how the command was called: reported in one line, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const SCAN_HELP = `Usage: npm run --silent scan -- [options] <file.html | file.txt | https://url>...

Finds claims about the Microsoft–OpenAI partnership in each input and judges them against the fact base.

Options:
  --format json|csv|w3c|text  output format (default: text, a readable table)
                              json: one JSON document (factBase, asOf, documents[])
                              csv:  one row per claim (RFC 4180, CRLF, formula-guarded)
                              w3c:  W3C Web Annotation collection (JSON-LD)
  --as-of YYYY-MM-DD          judge "now" as of this date (default: today, local time)
  --published YYYY-MM-DD      publication date for every input, overriding what the page says
  --facts PATH                use this fact-base bundle (JSON) instead of the bundled one
  -h, --help                  show this help

Inputs:
  .html/.htm files, or any file or page whose content looks like HTML, are read the way the extension
  reads a page (main article text; date from article:published_time, JSON-LD or <time datetime>).
  Other text files are read as plain text. http(s) URLs are downloaded (text/html or text/plain only,
  at most 25 MB, timeout 15 s; set PLENS_FETCH_TIMEOUT_MS to change it).

Errors:
  An input that cannot be read gives one line on stderr, "scan: <input>: <reason>", and appears in
  json output with "errors": [reason] and no claims; the other inputs are still processed. Reasons
  include: no such file, is a directory, permission denied, binary file, empty file, no article text
  found (a page whose main text is empty counts as unreadable, not as a page without claims), file too
  large, HTTP 404 Not Found, unsupported content type, no answer within 15 s, connection refused.

Exit status: 0 when every input was read (whatever the verdicts); 2 when an input could not be read
or the command was misused (bad option or date, invalid --facts); 1 on an internal error.
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
  return { help, format: format as Format, asOf, published, facts, inputs: positionals };
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

// What every `facts` command shares: its I/O (passed in, so tests run commands in-process), exit statuses
// and the one-line errors.
import { resolve } from 'node:path';
import { parseOrUsage, UsageError } from '../scan-args';

export interface FactsIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  help: string;
  /** Returns the exit status; throws FactsError or UsageError for expected failures. */
  run(argv: string[], io: FactsIo): Promise<number>;
}

export const EXIT_OK = 0;
/** The check ran and failed: invalid data, a release that does not verify. */
export const EXIT_FAILED = 1;
/** The command was misused or its input could not be read. */
export const EXIT_USAGE = 2;
/** A bug: an unexpected exception (stack trace with PLENS_DEBUG=1). */
export const EXIT_INTERNAL_ERROR = 3;

/** An expected failure, reported as "facts <command>: <message>". */
export class FactsError extends Error {
  override name = 'FactsError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

export { UsageError };

type OptionSpec = Parameters<typeof parseOrUsage>[1];

/** Parses options and checks the number of positionals. (-h/--help is answered by the dispatcher, cli/facts.ts.) */
export function parseCommandArgs(
  argv: string[],
  options: OptionSpec,
  positionals: { min: number; max: number; names: string },
) {
  const parsed = parseOrUsage(argv, options);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const n = parsed.positionals.length;
  if (n < positionals.min) throw new UsageError(`missing ${positionals.names} (see --help)`);
  if (n > positionals.max)
    throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}"`);
  for (const [name, spec] of Object.entries(options)) {
    if (spec.type === 'string' && values[name] === '') throw new UsageError(`--${name} needs a value`);
  }
  return { values, positionals: parsed.positionals };
}

export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function resolvePath(io: FactsIo, path: string): string {
  return resolve(io.cwd, path);
}

/** A message for a failed file operation: "no such file", "permission denied"… */
export function fileError(e: unknown): string {
  const code = (e as { code?: string })?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EEXIST':
      return 'already exists';
    default:
      return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

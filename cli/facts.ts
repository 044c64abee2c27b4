// `npm run facts -- <command>`: the maintainers' tools for the fact base: validate, diff, keygen, build,
// sign, publish, verify, export-claimreview. One file per command in cli/facts/; the release format and
// the acceptance rules they share with the extension are in core/factbase/ (docs/publishing.md).
import { buildCommand } from './facts/build';
import {
  type Command,
  EXIT_INTERNAL_ERROR,
  EXIT_OK,
  EXIT_USAGE,
  FactsError,
  type FactsIo,
  UsageError,
} from './facts/command';
import { diffCommand } from './facts/diff';
import { exportClaimReviewCommand } from './facts/export-claimreview';
import { keygenCommand } from './facts/keygen';
import { publishCommand } from './facts/publish';
import { signCommand } from './facts/sign';
import { validateCommand } from './facts/validate';
import { verifyCommand } from './facts/verify';
import { isMainModule } from './scan-args';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  diffCommand,
  keygenCommand,
  buildCommand,
  signCommand,
  publishCommand,
  verifyCommand,
  exportClaimReviewCommand,
];

export function factsHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: npm run --silent facts -- <command> [options]   (<command> --help for its options)

Maintainer tools for the fact base (facts/) and its signed releases (docs/publishing.md).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit status: 0 success; 1 a check failed (invalid data, a release that does not verify); 2 misuse or
unreadable input. Errors are one line on stderr: "facts <command>: <reason>".
`;
}

/** Runs a `facts` command line; returns the exit status. Never throws for expected errors. */
export async function main(argv: string[], io: FactsIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(factsHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`facts: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT_USAGE;
  }
  // Every command's own help, answered here once.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`facts ${name}: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof FactsError) {
      io.stderr(`facts ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    if (io.env.PLENS_DEBUG) io.stderr(`${(e as Error)?.stack ?? e}\n`);
    io.stderr(`facts ${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}

if (isMainModule(import.meta.url)) {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (e) => {
      process.stderr.write(`facts: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT_INTERNAL_ERROR;
    },
  );
}

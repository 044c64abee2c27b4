// The command as npm runs it: a real process, its exit status and its one-line errors.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-fixture';

const facts = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/facts.ts', ...args], { cwd: REPO, encoding: 'utf8' });

describe('cli/facts.ts', () => {
  it('runs as a program: exit 0 on valid facts, 2 with one line on misuse', () => {
    const ok = facts('validate');
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/^facts is valid: fact base \d+\.\d+\.\d+ /);
    expect(ok.status).toBe(0);
    const misuse = facts('verify', 'latest.json');
    expect(misuse.stderr).toBe('facts verify: --public-key is required\n');
    expect(misuse.status).toBe(2);
  });
});

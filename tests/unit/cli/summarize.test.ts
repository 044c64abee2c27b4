import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '../../../cli/summarize';

const dir = mkdtempSync(join(tmpdir(), 'plens-summarize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (published: string | null, statuses: string[], errors: string[] = []) =>
  JSON.stringify({
    source: 'https://news.example/x',
    title: null,
    published,
    claims: statuses.map((status) => ({
      text: 'A claim.',
      status,
      topic: 'cloud',
      factId: 'f1',
      factSummary: 'The record.',
      partnership: 'p-one',
    })),
    errors,
    asOf: '2026-11-01',
  });

async function run(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const status = await summarize(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdin: stdin === undefined ? undefined : Readable.from([stdin]),
  });
  return { status, stdout, stderr };
}

describe('summarize (the reduce step)', () => {
  it('sums the parts of a map step, from files and stdin, into one CSV', async () => {
    const a = join(dir, 'part-0.jsonl');
    const b = join(dir, 'part-1.jsonl');
    writeFileSync(
      a,
      `${line('2024-03-01', ['outdated', 'outdated'])}\n${line(null, [], ['no article text found'])}\n`,
    );
    writeFileSync(b, `${line('2024-03-30', ['outdated'])}\n\n`);
    const csv = join(dir, 'summary.csv');
    const { status, stdout } = await run(
      ['--format', 'csv', '--summary-csv', csv, a, '-', b],
      `${line('2024-04-02', ['supported'])}\n`,
    );
    expect(status).toBe(0);
    expect(stdout).toBe(
      'month,partnership,topic,status,factId,factSummary,articles,claims\r\n' +
        '2024-03,p-one,cloud,outdated,f1,The record.,2,3\r\n' +
        '2024-04,p-one,cloud,supported,f1,The record.,1,1\r\n',
    );
    expect(readFileSync(csv, 'utf8')).toBe(stdout);
  });

  it('reports a line that is no scanned document, and a missing part, in one line each', async () => {
    const { status, stdout, stderr } = await run(
      ['--format', 'json', '-', join(dir, 'nope.jsonl')],
      `${line('2024-03-01', ['outdated'])}\n{"claims":[{}]}\n{"trunc`,
    );
    expect(status).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'summarize: -:2: not a document of scan --format jsonl',
      'summarize: -:3: not a document of scan --format jsonl',
      `summarize: ${join(dir, 'nope.jsonl')}: no such file`,
    ]);
    expect(JSON.parse(stdout).totals).toEqual({ documents: 1, unreadable: 0, withClaims: 1, claims: 1 });
  });

  it('refuses a --summary-csv it cannot write, in one line', async () => {
    const nowhere = join(dir, 'no-such-dir', 'summary.csv');
    expect(await run(['--summary-csv', nowhere], '')).toEqual({
      status: 2,
      stdout: '',
      stderr: `summarize: --summary-csv ${nowhere}: no such directory\n`,
    });
  });

  it('rejects a bad option in one line', async () => {
    expect(await run(['--format', 'w3c'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'summarize: --format must be one of text, csv, json, not "w3c"\n',
    });
  });
});

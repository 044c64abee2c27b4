// The real command as users run it: a child process, the real engine and fact base. Checks exit codes and
// stderr lines only, never which claims the engine finds (beyond whose fact base judged them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWarc } from '../../../cli/warc/write-warc';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FIX = 'tests/fixtures/cli';

const tmp = mkdtempSync(join(tmpdir(), 'plens-scan-process-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function scan(...args: string[]) {
  return scanWith('', ...args);
}

function scanWith(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/scan.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, PLENS_FETCH_TIMEOUT_MS: '2000' },
  });
  return { status: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter(Boolean) };
}

describe('scan as a child process', () => {
  it('judges a WARC listed on stdin on 2 worker threads, each with the --facts bundle', async () => {
    const warc = join(tmp, 'listed.warc.gz');
    const article = readFileSync(`${FIX}/article.html`, 'utf8');
    const pages = [1, 2, 3].map((i) => ({ url: `https://news.example/${i}`, body: article }));
    await writeWarc(warc, pages, true);
    const r = scanWith(
      `${warc}\n`,
      '--format',
      'jsonl',
      '--jobs',
      '2',
      '--facts',
      `${FIX}/facts-min.json`,
      '-',
    );
    expect(r.stderrLines).toEqual([]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source, l.factBase.version])).toEqual(pages.map((p) => [p.url, '9.8.7']));
    // The workers judged with the bundle's facts (its ids start with "test-"), not the bundled ones.
    expect(lines.map((l) => l.claims[0]?.factId)).toEqual([
      'test-cloud-exclusive',
      'test-cloud-exclusive',
      'test-cloud-exclusive',
    ]);
  });

  it('processes the good inputs, names the bad one in one stderr line, exits 2', () => {
    const r = scan('--format', 'json', '--as-of', '2026-11-21', `${FIX}/article.html`, `${FIX}/missing.html`);
    expect(r.status).toBe(2);
    expect(r.stderrLines).toEqual([`scan: ${FIX}/missing.html: no such file`]);
    const json = JSON.parse(r.stdout);
    expect(json.asOf).toBe('2026-11-21');
    expect(json.documents.map((d: { source: string; errors: string[] }) => [d.source, d.errors])).toEqual([
      [`${FIX}/article.html`, []],
      [`${FIX}/missing.html`, ['no such file']],
    ]);
    expect(json.documents[0].published).toBe('2023-02-14');
  });

  it('exits 0 with a readable table when every input is read', () => {
    const r = scan('--facts', `${FIX}/facts-min.json`, `${FIX}/notes.txt`);
    expect(r.status).toBe(0);
    expect(r.stderrLines).toEqual([]);
    expect(r.stdout).toMatch(
      /^Partnership Lens · fact base 9\.8\.7 \(2026-01-02\) · judged as of \d{4}-\d{2}-\d{2}\n/,
    );
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it.each([
    [
      ['--as-of', '2026-13-01', `${FIX}/article.html`],
      'scan: --as-of must be a date written YYYY-MM-DD, not "2026-13-01"',
    ],
    [['--frobnicate', `${FIX}/article.html`], 'scan: unknown option --frobnicate (see --help)'],
    [
      ['--facts', `${FIX}/facts-invalid.json`, `${FIX}/article.html`],
      /^scan: --facts tests\/fixtures\/cli\/facts-invalid\.json: invalid fact base: [^\n]+$/,
    ],
  ])('%j: one stderr line, no stack trace, exit 2', (args, line) => {
    const r = scan(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderrLines).toHaveLength(1);
    if (typeof line === 'string') expect(r.stderrLines[0]).toBe(line);
    else expect(r.stderrLines[0]).toMatch(line);
  });
});

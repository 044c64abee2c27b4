// `scan` over web archives, with the real engine: the same verdicts as scanning the same pages by URL, in
// process and on the worker pool; bad records get one line each and the rest goes on.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPage } from '../../../bench/pages/news-warc';
import { main, type ScanIo } from '../../../cli/scan';
import { type WarcPage, writeWarc } from '../../../cli/warc/write-warc';

const AS_OF = '2026-11-01';
const dir = mkdtempSync(join(tmpdir(), 'plens-scan-warc-'));
const article = readFileSync('tests/fixtures/cli/article.html', 'utf8');
// Pages with claims of several statuses and dates, and one page without a party.
const PAGES = [article, ...[0, 1, 2, 3, 4, 5].map(newsPage)];
let server: Server;
let urls: string[];

beforeAll(async () => {
  server = createServer((req, res) => {
    const i = Number(/^\/page-(\d+)$/.exec(req.url ?? '')?.[1]);
    if (!(i in PAGES)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[i]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  urls = PAGES.map((_, i) => `${base}/page-${i}`);
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[], extra: Partial<ScanIo> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await main(['--as-of', AS_OF, ...argv], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: {},
    isTTY: false,
    ...extra,
  });
  return { status, stdout, stderrLines: stderr.split('\n').filter(Boolean) };
}

const jsonLines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const servedPages = (): WarcPage[] => PAGES.map((body, i) => ({ url: urls[i], body }));

describe('scan over a WARC', () => {
  it('gives the verdicts that scanning the same pages by URL gives, in process and on 1 or 2 workers', async () => {
    const warc = join(dir, 'same.warc.gz');
    await writeWarc(warc, servedPages(), true);
    const byUrl = await run(['--format', 'json', '--jobs', '1', ...urls]);
    expect(byUrl.status).toBe(0);
    const expected = JSON.parse(byUrl.stdout).documents;
    expect(expected.flatMap((d: { claims: unknown[] }) => d.claims).length).toBeGreaterThan(6);
    // PLENS_SCAN_POOL=always: --jobs 1 on one worker of the pool (the benchmark's one-worker setting).
    for (const [jobs, pool] of [
      ['1', undefined],
      ['1', 'always'],
      ['2', undefined],
    ]) {
      const fromWarc = await run(['--format', 'jsonl', '--jobs', jobs as string, warc], {
        env: { PLENS_SCAN_POOL: pool },
      });
      expect(fromWarc.stderrLines).toEqual([]);
      expect(fromWarc.status).toBe(0);
      const lines = jsonLines(fromWarc.stdout);
      expect(lines.map(({ asOf, factBase, ...doc }) => doc)).toEqual(expected);
      expect(lines.every((l) => l.asOf === AS_OF && typeof l.factBase.version === 'string')).toBe(true);
    }
  });

  it('keeps the input order on the pool, over several WARCs and a plain file', async () => {
    const a = join(dir, 'a.warc');
    const b = join(dir, 'b.warc.gz');
    await writeWarc(a, servedPages().slice(0, 4), false);
    await writeWarc(b, servedPages().slice(4), true);
    const { stdout, status } = await run([
      '--format',
      'jsonl',
      '--jobs',
      '2',
      b,
      'tests/fixtures/cli/article.html',
      a,
    ]);
    expect(status).toBe(0);
    expect(jsonLines(stdout).map((d) => d.source)).toEqual([
      ...urls.slice(4),
      'tests/fixtures/cli/article.html',
      ...urls.slice(0, 4),
    ]);
  });

  it('gives one line for each bad record or file and goes on with the rest', async () => {
    const good = join(dir, 'good.warc.gz');
    await writeWarc(good, servedPages().slice(0, 2), true);
    const cut = join(dir, 'cut.warc.gz');
    const whole = readFileSync(good);
    writeFileSync(cut, whole.subarray(0, whole.length - 50));
    const odd = join(dir, 'odd.warc');
    const latin1 = Buffer.from(article.replace('<title>Cloud deal', '<title>Caf\xe9 deal'), 'latin1');
    await writeWarc(
      odd,
      [
        {
          url: 'https://news.example/chart.png',
          body: new Uint8Array([137, 80, 78, 71]),
          contentType: 'image/png',
        },
        { url: 'https://news.example/latin1', body: latin1, contentType: 'text/html; charset=ISO-8859-1' },
        { url: 'https://news.example/garbled', body: new Uint8Array(4000).map((_, i) => 0x80 + (i % 100)) },
        { url: 'https://news.example/huge', body: new Uint8Array(50 * 1024 * 1024).fill(0x3c) },
        { url: 'https://news.example/after', body: article },
      ],
      false,
    );
    const { stdout, status, stderrLines } = await run(['--format', 'jsonl', '--jobs', '2', cut, odd]);
    // Skipped records are told as they are read, unreadable documents as they are written: sorted here.
    expect(stderrLines.sort()).toEqual(
      [
        `scan: ${odd}: https://news.example/chart.png: skipped, not HTML (content type image/png)`,
        `scan: ${odd}: https://news.example/huge: skipped, record too large (50.0 MB; limit 25.0 MB)`,
        `scan: ${cut}: truncated after 1 record (unexpected end of file)`,
        'scan: https://news.example/garbled: binary file (not valid UTF-8 text)',
      ].sort(),
    );
    expect(status).toBe(2);
    const docs = jsonLines(stdout);
    expect(docs.map((d) => [d.source, d.errors])).toEqual([
      [urls[0], []],
      [cut, ['truncated after 1 record (unexpected end of file)']],
      ['https://news.example/latin1', []],
      ['https://news.example/garbled', ['binary file (not valid UTF-8 text)']],
      ['https://news.example/after', []],
    ]);
    expect(docs[2].title).toBe('Café deal revisited | The Test Ledger');
    // Decoded right, the page has the claims of the same article read as UTF-8.
    expect(docs[2].claims.length).toBe(docs[0].claims.length);
  });

  it('reads a list of inputs from stdin and writes the summary as CSV, on stdout and to a file', async () => {
    const warc = join(dir, 'listed.warc.gz');
    await writeWarc(warc, servedPages().slice(1), true);
    const list = `${warc}\n\ntests/fixtures/cli/article.html\n`;
    const detail = await run(['--format', 'jsonl', '-'], { stdin: Readable.from([list]) });
    const docs = jsonLines(detail.stdout);
    expect(docs.map((d) => d.source)).toEqual([...urls.slice(1), 'tests/fixtures/cli/article.html']);
    const csvPath = join(dir, 'summary.csv');
    const { stdout, status } = await run(['--summary', '--format', 'csv', '--summary-csv', csvPath, '-'], {
      stdin: Readable.from([list]),
    });
    expect(status).toBe(0);
    expect(readFileSync(csvPath, 'utf8')).toBe(stdout);
    const rows = stdout.trim().split('\r\n');
    expect(rows[0]).toBe('month,partnership,topic,status,factId,factSummary,articles,claims');
    // The fixture article is dated 2023-02-14: its claims are counted in that month.
    expect(rows.some((r) => r.startsWith('2023-02,'))).toBe(true);
    const claims = rows.slice(1).reduce((n, r) => n + Number(r.split(',').at(-1)), 0);
    expect(claims).toBe(docs.reduce((n, d) => n + d.claims.length, 0));
  });

  it('refuses a --summary-csv it cannot write before reading any input', async () => {
    const nowhere = join(dir, 'no-such-dir', 'summary.csv');
    const { status, stdout, stderrLines } = await run(['--summary-csv', nowhere, join(dir, 'missing.warc')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines).toEqual([`scan: --summary-csv ${nowhere}: no such directory`]);
  });

  it('dates an undated page by its WARC-Date only with --warc-date', async () => {
    const warc = join(dir, 'undated.warc');
    const undated = article.replace(/<meta property="article:published_time"[^>]*>/, '');
    await writeWarc(
      warc,
      [{ url: 'https://news.example/undated', body: undated, date: '2024-05-06T07:08:09Z' }],
      false,
    );
    const plain = jsonLines((await run(['--format', 'jsonl', warc])).stdout);
    const dated = jsonLines((await run(['--format', 'jsonl', '--warc-date', warc])).stdout);
    expect(plain[0].published).toBeNull();
    expect(dated[0].published).toBe('2024-05-06');
    // Judged as of the WARC date too: every claim has a status as published.
    expect(dated[0].claims.length).toBeGreaterThan(0);
    expect(plain[0].claims.map((c: { asPublished: unknown }) => c.asPublished)).toEqual(
      dated[0].claims.map(() => null),
    );
    expect(dated[0].claims.every((c: { asPublished: unknown }) => c.asPublished !== null)).toBe(true);
  });

  it('draws a progress line on stderr only when it is a terminal, cleared before each message', async () => {
    const warc = join(dir, 'progress.warc.gz');
    const image = { url: 'https://news.example/pic.gif', body: 'GIF89a', contentType: 'image/gif' };
    await writeWarc(warc, [...servedPages(), image], true);
    const skipped = `scan: ${warc}: https://news.example/pic.gif: skipped, not HTML (content type image/gif)`;
    const quiet = await run(['--format', 'jsonl', '--jobs', '1', warc]);
    expect(quiet.stderrLines).toEqual([skipped]);
    const shown = await run(['--format', 'jsonl', '--jobs', '1', warc], { stderrIsTTY: true });
    expect(shown.stderrLines.some((l) => l.endsWith(`\r\x1b[K${skipped}`))).toBe(true);
    expect(shown.stderrLines.at(-1)).toMatch(
      new RegExp(`\\r\\x1b\\[K${PAGES.length} documents, \\d+ claims, [\\d.]+ documents/s$`),
    );
  });
});

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { main, type ScanIo } from '../../../cli/scan';
import { judgePage } from '../../../core/analyze';
import type { FactBase } from '../../../core/factbase/schema';
import type { PageText } from '../../../core/types';
import { judged } from '../../fixtures/cli/judged';

// The engine is replaced by one that "finds" a fixed sentence: these tests are about the command, not verdicts.
vi.mock('../../../core/analyze', () => ({ judgePage: vi.fn() }));
const judge = vi.mocked(judgePage);
const CLAIM = 'Azure will be the exclusive cloud provider for OpenAI';

const FIX = 'tests/fixtures/cli';
const ARTICLE = `${FIX}/article.html`;
const MISSING = `${FIX}/missing.html`;

// --jobs 1: the mocked engine lives in this thread; worker threads would load the real one (the pool has its
// own tests in scan-warc.test.ts).
async function run(argv: string[], extra: Partial<ScanIo> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await main(['--jobs', '1', ...argv], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: {},
    isTTY: false,
    now: new Date(2026, 10, 21, 12, 0),
    ...extra,
  });
  return { status, stdout, stderr, stderrLines: stderr.split('\n').filter(Boolean) };
}

beforeEach(() => {
  judge.mockReset();
  judge.mockImplementation((page: PageText) =>
    page.text.includes(CLAIM)
      ? [
          judged(page.text, CLAIM, {
            status: 'outdated',
            asPublished: 'supported',
            extraNote: 'kept',
          } as never),
        ]
      : [],
  );
});

describe('scan --format json', () => {
  it('prints the contract JSON, keys in its order, and reports a missing input in one line with exit 2', async () => {
    const { status, stdout, stderrLines } = await run([
      '--format',
      'json',
      ARTICLE,
      MISSING,
      `${FIX}/notes.txt`,
    ]);
    expect(status).toBe(2);
    expect(stderrLines).toEqual([`scan: ${MISSING}: no such file`]);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['factBase', 'asOf', 'documents']);
    expect(Object.keys(json.factBase)).toEqual(['version', 'published']);
    expect(json.asOf).toBe('2026-11-21');
    expect(json.documents.map((d: object) => Object.keys(d))).toEqual([
      ['source', 'title', 'published', 'claims', 'errors'],
      ['source', 'title', 'published', 'claims', 'errors'],
      ['source', 'title', 'published', 'claims', 'errors'],
    ]);
    const [article, missing, notes] = json.documents;
    expect(article).toMatchObject({
      source: ARTICLE,
      title: 'Cloud deal revisited | The Test Ledger',
      published: '2023-02-14',
      errors: [],
    });
    expect(missing).toEqual({
      source: MISSING,
      title: null,
      published: null,
      claims: [],
      errors: ['no such file'],
    });
    expect(notes.errors).toEqual([]);
    expect(notes.claims).toHaveLength(1);

    const claim = article.claims[0];
    expect(Object.keys(claim).slice(0, 9)).toEqual([
      'text',
      'start',
      'end',
      'status',
      'asPublished',
      'topic',
      'factId',
      'explanation',
      'source',
    ]);
    expect(claim).toMatchObject({
      text: CLAIM,
      status: 'outdated',
      asPublished: 'supported',
      topic: 'cloud',
    });
    expect(Object.keys(claim.source)).toEqual(['title', 'url']);
    expect(claim.extraNote).toBe('kept');
    expect(claim.end - claim.start).toBe(CLAIM.length);
  });

  it('judges as of --as-of with the page date, or --published for every input', async () => {
    await run(['--format', 'json', '--as-of', '2025-06-30', ARTICLE]);
    expect(judge.mock.calls[0][2]).toEqual({ asOf: '2025-06-30', published: null });
    const { stdout } = await run(['--format=json', '--published', '2019-07-22', ARTICLE]);
    expect(judge.mock.calls[1][2]).toEqual({ asOf: '2026-11-21', published: '2019-07-22' });
    expect(JSON.parse(stdout).documents[0].published).toBe('2019-07-22');
  });

  it('reports every kind of unreadable input and still processes the others', async () => {
    const { status, stderrLines, stdout } = await run([
      '--format',
      'json',
      `${FIX}/empty-body.html`,
      FIX,
      ARTICLE,
    ]);
    expect(status).toBe(2);
    expect(stderrLines).toEqual([
      `scan: ${FIX}/empty-body.html: no article text found`,
      `scan: ${FIX}: is a directory`,
    ]);
    expect(JSON.parse(stdout).documents.map((d: { errors: string[] }) => d.errors)).toEqual([
      ['no article text found'],
      ['is a directory'],
      [],
    ]);
  });

  it('exits 0 when every input was read, whatever the verdicts', async () => {
    const { status, stderr } = await run(['--format', 'json', ARTICLE]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('scan --facts', () => {
  it('judges with the given bundle and names its version', async () => {
    const { status, stdout } = await run(['--format', 'json', '--facts', `${FIX}/facts-min.json`, ARTICLE]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).factBase).toEqual({ version: '9.8.7', published: '2026-01-02' });
    expect((judge.mock.calls[0][1] as FactBase).facts.map((f) => f.id)).toEqual(['test-cloud-exclusive']);
  });

  it.each([
    [
      `${FIX}/facts-invalid.json`,
      /^scan: --facts tests\/fixtures\/cli\/facts-invalid\.json: invalid fact base: /,
    ],
    [`${FIX}/nope.json`, /^scan: --facts tests\/fixtures\/cli\/nope\.json: no such file$/],
    [`${FIX}/notes.txt`, /^scan: --facts tests\/fixtures\/cli\/notes\.txt: not valid JSON \(/],
  ])('rejects %s in one line before reading any input', async (facts, message) => {
    const { status, stdout, stderrLines } = await run(['--facts', facts, ARTICLE]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines).toHaveLength(1);
    expect(stderrLines[0]).toMatch(message);
    expect(judge).not.toHaveBeenCalled();
  });
});

describe('scan usage errors', () => {
  it.each([
    [['--as-of', '2026-13-01', ARTICLE], 'scan: --as-of must be a date written YYYY-MM-DD, not "2026-13-01"'],
    [
      ['--published', 'yesterday', ARTICLE],
      'scan: --published must be a date written YYYY-MM-DD, not "yesterday"',
    ],
    [['--verbose', ARTICLE], 'scan: unknown option --verbose (see --help)'],
    [[], 'scan: no input given (see --help)'],
  ])('%j: one line, exit 2, nothing processed', async (argv, line) => {
    const { status, stdout, stderrLines } = await run(argv);
    expect([status, stdout, stderrLines]).toEqual([2, '', [line]]);
    expect(judge).not.toHaveBeenCalled();
  });

  it('prints help with exit 0', async () => {
    const { status, stdout } = await run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent scan -- \[options\]/);
  });
});

describe('scan formats', () => {
  it('defaults to the text table, without colour when stdout is not a terminal', async () => {
    const { stdout } = await run([ARTICLE, MISSING]);
    expect(stdout).toContain(`  ⟳ Outdated      "${CLAIM}"\n`);
    expect(stdout).toContain(`${MISSING}\n  (no title)\n  published unknown\n  error: no such file`);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('colours the text table on a terminal unless NO_COLOR is set', async () => {
    expect((await run([ARTICLE], { isTTY: true, columns: 120 })).stdout).toMatch(/\x1b\[33m⟳ Outdated/);
    expect((await run([ARTICLE], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
  });

  it('writes CSV rows for the claims', async () => {
    const { stdout } = await run(['--format', 'csv', ARTICLE, MISSING]);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(
      'source,title,published,text,start,end,status,asPublished,topic,factId,explanation,sourceTitle,sourceUrl,partnership',
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${ARTICLE},Cloud deal revisited \\| The Test Ledger,2023-02-14,${CLAIM},\\d+,\\d+,outdated,`,
      ),
    );
    expect(lines).toHaveLength(3);
  });

  it('writes W3C annotations targeting local files by file:// IRI', async () => {
    const { stdout } = await run(['--format', 'w3c', ARTICLE]);
    const collection = JSON.parse(stdout);
    expect(collection.total).toBe(1);
    const [annotation] = collection.first.items;
    expect(annotation.target.source).toBe(pathToFileURL(resolve(ARTICLE)).href);
    expect(annotation.target.selector[0].exact).toBe(CLAIM);
    expect(annotation.generator.name).toMatch(
      /^Partnership Lens \(fact base \d+\.\d+\.\d+ of \d{4}-\d{2}-\d{2}\)$/,
    );
  });
});

describe('scan when the engine fails', () => {
  it('reports an internal error for that input in one line, goes on, and exits 1', async () => {
    judge.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const { status, stdout, stderrLines } = await run(['--format', 'json', ARTICLE, ARTICLE]);
    expect(status).toBe(1);
    expect(stderrLines).toEqual([`scan: ${ARTICLE}: internal error: boom`]);
    const docs = JSON.parse(stdout).documents;
    expect(docs[0].errors).toEqual(['internal error: boom']);
    expect(docs[1].claims).toHaveLength(1);
  });
});

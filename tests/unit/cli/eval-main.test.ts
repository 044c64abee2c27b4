import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/eval';
import { judgePage } from '../../../core/analyze';
import type { JudgedClaim, PageText } from '../../../core/types';
import { judged } from '../../fixtures/cli/judged';

// A stand-in engine with known answers, so the scoring and output of `eval` are what is tested.
vi.mock('../../../core/analyze', () => ({ judgePage: vi.fn() }));
const judge = vi.mocked(judgePage);

const LABELS = 'tests/fixtures/cli/labels.json';
const CLAIM = 'Azure will be the exclusive cloud provider for OpenAI';
const DECOY = 'Analysts expect both companies to keep talking about the arrangement for some time';
const OPTIONAL = 'Notes from a briefing on the Microsoft and OpenAI partnership';

const tmp = mkdtempSync(join(tmpdir(), 'plens-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return {
    status,
    lines: stdout.split('\n').filter(Boolean),
    stdout,
    stderrLines: stderr.split('\n').filter(Boolean),
  };
}

beforeEach(() => {
  judge.mockReset();
  judge.mockImplementation((page: PageText) => {
    const found: JudgedClaim[] = [];
    for (const text of [CLAIM, DECOY, OPTIONAL]) {
      if (page.text.includes(text)) found.push(judged(page.text, text, { status: 'outdated' }));
    }
    return found;
  });
});

describe('eval', () => {
  it('prints each miss on its own line, then the summary: overall and per partnership', async () => {
    const { status, lines, stderrLines } = await run([LABELS]);
    expect(status).toBe(0);
    expect(stderrLines).toEqual([]);
    expect(lines).toEqual([
      'missed          article.html  expected supported  "Microsoft and OpenAI extended their partnership this week"',
      `false-positive  article.html  got outdated  "${DECOY}"`,
      `wrong-status    notes.txt  expected supported, got outdated  "${CLAIM}"`,
      `${'overall'.padEnd(28)}precision 0.667  recall 0.667  status-accuracy 0.500  (matched 2/3, reported 4, false-positives 1)`,
      `${'microsoft-openai'.padEnd(28)}precision 0.667  recall 0.667  status-accuracy 0.500  (matched 2/3, reported 4, false-positives 1)`,
    ]);
  });

  it('judges each document as of the labels’ today, with the date the page gives', async () => {
    await run([LABELS]);
    expect(judge).toHaveBeenCalledTimes(2);
    for (const call of judge.mock.calls) expect(call[2]).toEqual({ asOf: '2026-11-21' });
    expect(judge.mock.calls[0][0].published).toBe('2023-02-14');
  });

  it('--verbose adds correct matches, excused reports and date disagreements', async () => {
    const { lines } = await run([LABELS, '--verbose']);
    expect(lines).toContain(`ok              article.html  outdated (contains)  "${CLAIM}"`);
    expect(lines).toContain(`excused         notes.txt  got outdated  "${OPTIONAL}"`);
    expect(lines).toContain('date            notes.txt  labels say 2024-01-01, page read as null');
    expect(lines.at(-2)).toMatch(/^overall +precision 0\.667 {2}recall/);
  });

  it('--json prints the metrics and misses as JSON', async () => {
    const { stdout } = await run(['--json', LABELS]);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      precision: 2 / 3,
      recall: 2 / 3,
      statusAccuracy: 0.5,
      matched: 2,
      labelled: 3,
      reported: 4,
      falsePositives: 1,
    });
    expect(json.misses.map((m: { kind: string }) => m.kind)).toEqual([
      'missed',
      'false-positive',
      'wrong-status',
    ]);
  });

  it('reads document paths relative to the labels file; a missing document is bad input (exit 2)', async () => {
    const labels = join(tmp, 'labels.json');
    writeFileSync(
      labels,
      JSON.stringify({
        today: '2026-11-21',
        documents: [{ file: 'gone.html', claims: [{ quote: CLAIM, accept: ['outdated'] }] }],
      }),
    );
    const { status, lines, stderrLines } = await run([labels]);
    expect(status).toBe(2);
    expect(stderrLines).toEqual(['eval: gone.html: no such file']);
    expect(lines.at(-2)).toBe(
      `${'overall'.padEnd(28)}precision 0.000  recall 0.000  status-accuracy 0.000  (matched 0/1, reported 0, false-positives 0)`,
    );
  });

  it('reports the tuned and held-out parts of a split, and each partnership of the partners format', async () => {
    const dir = mkdtempSync(join(tmp, 'partners-'));
    const page = (body: string) => `<html><body><article><p>${body}</p></article></body></html>`;
    writeFileSync(join(dir, 'a.html'), page(`${CLAIM}, the companies said.`));
    writeFileSync(join(dir, 'b.html'), page(`${DECOY}.`));
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify({
        today: '2026-11-21',
        documents: [
          { file: 'a.html', claims: [{ quote: CLAIM, accept: ['outdated'], partnership: 'lab-cloud' }] },
          {
            file: 'b.html',
            claims: [
              { quote: 'A term nobody states here', accept: ['supported', 'none'], partnership: 'chip-lab' },
            ],
          },
        ],
      }),
    );
    const split = join(dir, 'split.json');
    writeFileSync(
      split,
      JSON.stringify({
        about: 'test',
        labels: 'labels.json',
        method: 'by hand',
        tuned: ['a.html'],
        heldOut: ['b.html'],
      }),
    );
    judge.mockImplementation((p: PageText) =>
      [CLAIM, DECOY]
        .filter((t) => p.text.includes(t))
        .map((t) => judged(p.text, t, { status: 'outdated', partnership: 'lab-cloud' })),
    );
    const { stdout } = await run(['--json', '--split', split, join(dir, 'labels.json')]);
    const json = JSON.parse(stdout);
    // The claim that may be left unflagged is no recall miss; the decoy is a false positive of its partnership.
    expect(json).toMatchObject({ matched: 1, labelled: 1, falsePositives: 1, statusAccuracy: 1 });
    expect(json.splits.tuned).toMatchObject({ precision: 1, recall: 1, matched: 1 });
    expect(json.splits.heldOut).toMatchObject({ precision: 0, falsePositives: 1, labelled: 0 });
    expect(Object.keys(json.partnerships)).toEqual(['chip-lab', 'lab-cloud']);
    expect(json.partnerships['chip-lab']).toMatchObject({ matched: 0, labelled: 0, falsePositives: 0 });
    expect(json.partnerships['lab-cloud']).toMatchObject({ matched: 1, falsePositives: 1 });

    const verbose = await run(['--verbose', '--show-held-out', '--split', split, join(dir, 'labels.json')]);
    expect(verbose.lines).toContain('left-alone      b.html  may be unflagged  "A term nobody states here"');

    const text = await run(['--split', split, join(dir, 'labels.json')]);
    expect(text.lines.slice(-5).map((l) => l.split(/ {2,}/)[0])).toEqual([
      'overall',
      'tuned',
      'held-out',
      'chip-lab',
      'lab-cloud',
    ]);
    // The held-out page's false positive is counted, not shown, unless asked for.
    expect(text.lines.filter((l) => l.includes('b.html'))).toEqual([]);
    expect(text.lines).toContain('(1 misses on held-out pages not shown: --show-held-out prints them)');
    expect(json.misses).toEqual([]);
    expect(json.hiddenMisses).toBe(1);
    const shown = await run(['--show-held-out', '--split', split, join(dir, 'labels.json')]);
    expect(shown.lines.filter((l) => l.startsWith('false-positive  b.html'))).toHaveLength(1);
    expect(shown.lines.some((l) => l.includes('not shown'))).toBe(false);
  });

  it('counts a claim judged against another partnership as a wrong status', async () => {
    judge.mockImplementation((p: PageText) =>
      p.text.includes(CLAIM) ? [judged(p.text, CLAIM, { status: 'outdated', partnership: 'chip-lab' })] : [],
    );
    const { lines } = await run([LABELS]);
    expect(lines).toContain(
      `wrong-status    article.html  expected outdated, got outdated (partnership chip-lab, not microsoft-openai)  "${CLAIM}"`,
    );
  });

  it('a split that does not list a document is bad input', async () => {
    const split = join(tmp, 'partial-split.json');
    writeFileSync(
      split,
      JSON.stringify({ about: 'x', labels: 'x', method: 'x', tuned: ['article.html'], heldOut: [] }),
    );
    const { status, stderrLines } = await run(['--split', split, LABELS]);
    expect(status).toBe(2);
    expect(stderrLines).toEqual([`eval: ${split}: the split does not list notes.txt`]);
  });

  it.each([
    [['nope.json'], 'eval: nope.json: no such file'],
    [['tests/fixtures/cli/notes.txt'], /^eval: tests\/fixtures\/cli\/notes\.txt: not valid JSON \(/],
    [
      ['tests/fixtures/cli/facts-min.json'],
      /^eval: tests\/fixtures\/cli\/facts-min\.json: invalid labels at today: /,
    ],
    [[], 'eval: give exactly one labels file (see --help)'],
    [[LABELS, '--fast'], 'eval: unknown option --fast (see --help)'],
  ])('%j is bad input: one line, exit 2', async (argv, line) => {
    const { status, stdout, stderrLines } = await run(argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines).toHaveLength(1);
    if (typeof line === 'string') expect(stderrLines[0]).toBe(line);
    else expect(stderrLines[0]).toMatch(line);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fold,
  type LabelledDocument,
  locate,
  matchRule,
  metricsLine,
  missesOf,
  missLine,
  parseLabels,
  type ReportedClaim,
  scoreDocument,
  scoreForPartnership,
  summarize,
  summarizeByPartnership,
} from '../../../cli/eval-score';

const QUOTE = 'Azure will be OpenAI’s exclusive cloud provider for research and products';

function doc(claims: LabelledDocument['claims'], optional: string[] = []): LabelledDocument {
  return { file: 'page.html', claims, optional };
}
const report = (
  text: string,
  status: ReportedClaim['status'] = 'outdated',
  span?: [number, number],
): ReportedClaim => (span ? { text, status, start: span[0], end: span[1] } : { text, status });

describe('fold', () => {
  it('folds quotes, dashes, whitespace and case', () => {
    expect(fold('  OpenAI’s “Exclusive”\u00a0deal —\n 2019–2025 ')).toBe(
      'openai\'s "exclusive" deal - 2019-2025',
    );
  });
});

describe('matchRule', () => {
  it('matches a report that contains the quote', () => {
    expect(matchRule(`Under the deal, ${QUOTE}, the companies said.`, QUOTE)).toBe('contains');
  });

  it('matches a report inside the quote when it is at least half its length', () => {
    const inside = 'Azure will be OpenAI’s exclusive cloud provider for research';
    expect(inside.length * 2).toBeGreaterThanOrEqual(QUOTE.length);
    expect(matchRule(inside, QUOTE)).toBe('inside');
    // Inside but shorter than half, and sharing too few of the quote's words: no match.
    expect(matchRule('exclusive cloud provider', QUOTE)).toBeNull();
  });

  it('compares after folding quotes, dashes, whitespace and case', () => {
    expect(
      matchRule("AZURE will be  OpenAI's exclusive cloud provider for research and products", QUOTE),
    ).toBe('contains');
    expect(matchRule('the 2019—2025 term', 'The 2019-2025 term')).toBe('contains');
  });

  it('matches reports sharing at least 60% of the quote’s words', () => {
    // Quote words: azure will be openai s exclusive cloud provider for research and products (12 distinct).
    const sevenOfTwelve = 'Microsoft said Azure would remain the exclusive cloud provider for products';
    const eightOfTwelve = 'Azure will remain the exclusive cloud provider for research and new products';
    expect(matchRule(sevenOfTwelve, QUOTE)).toBeNull();
    expect(matchRule(eightOfTwelve, QUOTE)).toBe('words');
  });
});

describe('locate', () => {
  it('finds a passage exactly or after folding', () => {
    const page =
      "Intro.\n\nAzure will be OpenAI's exclusive   cloud provider for research and products. End.";
    const span = locate(page, QUOTE)!;
    expect(page.slice(span.start, span.end)).toBe(
      "Azure will be OpenAI's exclusive   cloud provider for research and products",
    );
    expect(locate(page, 'End.')).toEqual({ start: page.length - 4, end: page.length });
    expect(locate(page, 'not there')).toBeNull();
  });
});

describe('scoreDocument', () => {
  it('matches each labelled claim at most once', () => {
    const score = scoreDocument(doc([{ quote: QUOTE, accept: ['outdated'] }]), [
      report(QUOTE),
      report(QUOTE),
    ]);
    expect(score.matched).toHaveLength(1);
    // The second report overlaps the (already matched) claim: not counted against precision.
    expect(score.excused).toHaveLength(1);
    expect(score.falsePositives).toHaveLength(0);
  });

  it('finds the assignment that matches the most claims, whatever the report order', () => {
    const a = 'Microsoft invested $1 billion in OpenAI in 2019';
    const b = 'Microsoft invested $1 billion in OpenAI in 2019 and again in 2021';
    // The first report matches both labels; the second only the first label.
    const score = scoreDocument(
      doc([
        { quote: a, accept: ['supported'] },
        { quote: b, accept: ['supported'] },
      ]),
      [report(b, 'supported'), report(a, 'supported')],
    );
    expect(score.matched.map((m) => [m.label.quote, m.report.text])).toEqual([
      [a, a],
      [b, b],
    ]);
    expect(score.missed).toEqual([]);
  });

  it('counts reports matching neither a claim nor an optional passage as false positives', () => {
    const optional = 'Microsoft Copilot, built on OpenAI’s models';
    const score = scoreDocument(doc([{ quote: QUOTE, accept: ['outdated'] }], [optional]), [
      report('Microsoft Copilot, built on OpenAI’s models, is growing fast', 'supported'),
      report('Microsoft shares rose 3% on the news', 'unverified'),
    ]);
    expect(score.excused.map((r) => r.text)).toEqual([
      'Microsoft Copilot, built on OpenAI’s models, is growing fast',
    ]);
    expect(score.falsePositives.map((r) => r.text)).toEqual(['Microsoft shares rose 3% on the news']);
    expect(score.missed.map((l) => l.quote)).toEqual([QUOTE]);
  });

  it('excuses a report that overlaps an optional passage in the page text', () => {
    const page = 'Intro. Microsoft has played a major role in AI, analysts said. Shares rose.';
    const optional = 'Microsoft has played a major role in AI';
    const text = 'role in AI, analysts said';
    const at = page.indexOf(text);
    const score = scoreDocument(
      doc([], [optional]),
      [report(text, 'unverified', [at, at + text.length])],
      page,
    );
    expect(score.excused).toHaveLength(1);
    const elsewhere = page.indexOf('Shares rose');
    const fp = scoreDocument(
      doc([], [optional]),
      [report('Shares rose', 'unverified', [elsewhere, elsewhere + 11])],
      page,
    );
    expect(fp.falsePositives).toHaveLength(1);
  });

  it('judges status against the accepted statuses', () => {
    const score = scoreDocument(doc([{ quote: QUOTE, accept: ['outdated', 'supported'] }]), [
      report(QUOTE, 'supported'),
    ]);
    expect(score.matched[0].statusOk).toBe(true);
    const wrong = scoreDocument(doc([{ quote: QUOTE, accept: ['outdated'] }]), [
      report(QUOTE, 'contradicted'),
    ]);
    expect(wrong.matched[0].statusOk).toBe(false);
    expect(missesOf(wrong).map(missLine)).toEqual([
      `wrong-status    page.html  expected outdated, got contradicted  "${QUOTE}"`,
    ]);
  });
});

describe('summarize', () => {
  it('computes precision, recall and status accuracy as the README defines them', () => {
    const q2 = 'Microsoft owns 49% of OpenAI’s for-profit arm';
    const q3 = 'OpenAI pays Microsoft 20% of its revenue';
    const scores = [
      scoreDocument(
        doc([
          { quote: QUOTE, accept: ['outdated'] },
          { quote: q2, accept: ['contradicted'] },
        ]),
        [report(QUOTE, 'outdated'), report(q2, 'supported'), report('Microsoft stock rose', 'unverified')],
      ),
      scoreDocument({ file: 'b.html', claims: [{ quote: q3, accept: ['unverified'] }], optional: [] }, []),
    ];
    const m = summarize(scores);
    expect(m).toEqual({
      precision: 2 / 3,
      recall: 2 / 3,
      statusAccuracy: 1 / 2,
      matched: 2,
      labelled: 3,
      reported: 3,
      falsePositives: 1,
      statusCorrect: 1,
      decoys: 0,
      decoysFlagged: 0,
    });
    expect(metricsLine(m)).toBe(
      'precision 0.667  recall 0.667  status-accuracy 0.500  (matched 2/3, reported 3, false-positives 1)',
    );
    expect(scores.flatMap(missesOf).map(missLine)).toEqual([
      `false-positive  page.html  got unverified  "Microsoft stock rose"`,
      `wrong-status    page.html  expected contradicted, got supported  "${q2}"`,
      `missed          b.html  expected unverified  "${q3}"`,
    ]);
  });

  it('counts the listed decoys that a false positive overlaps', () => {
    const decoy = 'Microsoft shares closed higher on Friday';
    const other = 'OpenAI opened an office in Seoul';
    const page = `${decoy}. ${other}.`;
    const score = scoreDocument(
      { ...doc([]), decoys: [decoy, other] },
      [report(decoy, 'supported', [0, 10])],
      page,
    );
    expect(score).toMatchObject({ decoys: 2, decoysFlagged: 1 });
    expect(metricsLine(summarize([score]))).toContain('decoys flagged 1/2');
  });

  it('reports 0 for ratios with nothing to count', () => {
    expect(metricsLine(summarize([scoreDocument(doc([]), [])]))).toBe(
      'precision 0.000  recall 0.000  status-accuracy 0.000  (matched 0/0, reported 0, false-positives 0)',
    );
  });
});

describe('parseLabels', () => {
  it('reads the corpus label format, ignoring extra keys', () => {
    const labels = parseLabels({
      about: 'x',
      today: '2026-11-21',
      documents: [
        {
          file: 'd-01.html',
          published: '2023-01-23',
          source: 'https://example.com',
          claims: [
            { quote: 'q', accept: ['supported', 'unverified'], topic: 'investment', why: 'w', id: 'd01' },
          ],
        },
      ],
    });
    expect(labels.documents[0].optional).toEqual([]);
    expect(labels.documents[0].claims[0].accept).toEqual(['supported', 'unverified']);
  });

  it('says in one line what is wrong', () => {
    expect(() =>
      parseLabels({
        today: '2026-11-21',
        documents: [{ file: 'a', claims: [{ quote: 'q', accept: ['maybe'] }] }],
      }),
    ).toThrow(/^invalid labels at documents\.0\.claims\.0\.accept\.0: /);
    expect(() => parseLabels({ documents: [] })).toThrow(/^invalid labels at today: /);
  });
});

describe('partners format', () => {
  it('"none" in accept: unflagged is no miss, flagged must have an accepted status', () => {
    const label = { quote: QUOTE, accept: ['contradicted' as const, 'none' as const] };
    const unflagged = scoreDocument(doc([label]), []);
    expect(unflagged.missed).toEqual([]);
    expect(unflagged.leftAlone).toEqual([label]);
    expect(summarize([unflagged])).toMatchObject({ labelled: 0, matched: 0, recall: 0 });
    const flagged = scoreDocument(doc([label]), [report(QUOTE, 'supported')]);
    expect(flagged.matched[0].statusOk).toBe(false);
    expect(summarize([flagged])).toMatchObject({ labelled: 1, matched: 1, statusAccuracy: 0 });
  });

  it('a report judged against another partnership has a wrong status; the default is microsoft-openai', () => {
    const labels = doc([{ quote: QUOTE, accept: ['outdated'], partnership: 'lab-cloud' }]);
    const right = scoreDocument(labels, [{ ...report(QUOTE), partnership: 'lab-cloud' }]);
    expect(right.matched[0]).toMatchObject({ statusOk: true, wrongPartnership: false });
    const wrong = scoreDocument(labels, [{ ...report(QUOTE), partnership: 'microsoft-openai' }]);
    expect(wrong.matched[0]).toMatchObject({ statusOk: false, wrongPartnership: true });
    expect(missesOf(wrong).map(missLine)).toEqual([
      `wrong-status    page.html  expected outdated, got outdated (partnership microsoft-openai, not lab-cloud)  "${QUOTE}"`,
    ]);
    const unnamed = scoreDocument(doc([{ quote: QUOTE, accept: ['outdated'] }]), [
      { ...report(QUOTE), partnership: 'microsoft-openai' },
    ]);
    expect(unnamed.matched[0].statusOk).toBe(true);
  });

  it('breaks the metrics down by partnership: labels by theirs, false positives by the reported one', () => {
    const other = 'Chip maker grants the lab a warrant for shares';
    const score = scoreDocument(
      doc([
        { quote: QUOTE, accept: ['outdated'], partnership: 'lab-cloud' },
        { quote: other, accept: ['supported'], partnership: 'chip-lab' },
      ]),
      [
        { ...report(QUOTE), partnership: 'lab-cloud' },
        { ...report('An unrelated sentence about stock prices today'), partnership: 'chip-lab' },
      ],
    );
    expect(scoreForPartnership(score, 'chip-lab')).toMatchObject({
      matched: [],
      missed: [{ quote: other }],
      reported: 1,
    });
    const by = summarizeByPartnership([score]);
    expect(Object.keys(by)).toEqual(['chip-lab', 'lab-cloud']);
    expect(by['lab-cloud']).toMatchObject({ precision: 1, recall: 1, matched: 1, labelled: 1 });
    expect(by['chip-lab']).toMatchObject({ precision: 0, recall: 0, falsePositives: 1, labelled: 1 });
  });

  it('reads the partners label format', () => {
    const labels = parseLabels({
      today: '2026-11-21',
      documents: [
        {
          file: 'x.html',
          published: null,
          source: 'https://example.org/x',
          claims: [{ quote: 'q', accept: ['contradicted', 'none'], partnership: 'lab-cloud', why: 'w' }],
        },
      ],
    });
    expect(labels.documents[0].claims[0]).toMatchObject({
      accept: ['contradicted', 'none'],
      partnership: 'lab-cloud',
    });
  });
});

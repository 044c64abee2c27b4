import { describe, expect, it } from 'vitest';
import { SummaryCounter, summaryCsv, summaryText } from '../../../core/export/summary';
import type { Status } from '../../../core/types';

const claim = (status: Status, factId: string | null, topic = 'cloud', partnership = 'p-one') => ({
  status,
  topic,
  factId,
  factSummary: factId ? `Summary of ${factId}` : null,
  partnership,
});

describe('SummaryCounter', () => {
  it('counts an article once per term however often it repeats it, by month of publication', () => {
    const counter = new SummaryCounter();
    counter.add({
      published: '2024-03-09',
      errors: [],
      claims: [claim('outdated', 'f1'), claim('outdated', 'f1')],
    });
    counter.add({
      published: '2024-03-20',
      errors: [],
      claims: [claim('outdated', 'f1'), claim('supported', 'f2')],
    });
    counter.add({ published: '2024-04-01', errors: [], claims: [claim('contradicted', 'f3', 'stake')] });
    counter.add({ published: null, errors: [], claims: [claim('unverified', null, 'stake', 'p-two')] });
    counter.add({ published: null, errors: ['no article text found'], claims: [] });
    expect(counter.totals).toEqual({ documents: 5, unreadable: 1, withClaims: 4, claims: 6 });
    expect(counter.rows().map((r) => [r.month, r.status, r.factId, r.articles, r.claims])).toEqual([
      ['2024-03', 'outdated', 'f1', 2, 3],
      ['2024-03', 'supported', 'f2', 1, 1],
      ['2024-04', 'contradicted', 'f3', 1, 1],
      ['undated', 'unverified', '', 1, 1],
    ]);
  });

  it('writes every row as formula-guarded CSV and prints the stale or wrong terms first', () => {
    const counter = new SummaryCounter();
    counter.add({
      published: '2025-01-02',
      errors: [],
      claims: [{ ...claim('outdated', 'f1'), factSummary: '=a "quoted", summary' }, claim('supported', 'f2')],
    });
    const rows = counter.rows();
    expect(summaryCsv(rows)).toBe(
      'month,partnership,topic,status,factId,factSummary,articles,claims\r\n' +
        `2025-01,p-one,cloud,outdated,f1,"'=a ""quoted"", summary",1,1\r\n` +
        '2025-01,p-one,cloud,supported,f2,Summary of f2,1,1\r\n',
    );
    const text = summaryText(rows, counter.totals);
    expect(text.split('\n')).toEqual([
      '1 documents (0 unreadable), 1 with claims, 2 claims',
      '',
      'Articles repeating an outdated or contradicted term, by month:',
      'month    articles  claims  status    partnership  topic  term',
      '2025-01  1         1       outdated  p-one        cloud  =a "quoted", summary',
      '',
      'Claims by status: outdated 1, supported 1',
      '',
    ]);
    expect(summaryText([], new SummaryCounter().totals)).toContain(
      'No article repeats an outdated or contradicted term.',
    );
  });
});

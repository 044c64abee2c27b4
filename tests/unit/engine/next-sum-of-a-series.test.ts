// The next sum of a series, its verb left out ("put $1 billion in during 2019, followed by $10 billion in 2023"): a
// statement of its own, judged by its own figures and dates, the verb of money carried over to it. Our own sentences.
import { describe, expect, it } from 'vitest';
import { clauseSpans } from '../../../core/claims/clauses';
import { continuationSpans } from '../../../core/claims/continuations';
import { buildLexicon } from '../../../core/claims/lexicon/lexicon';
import { readSentence } from '../../../core/claims/sentence-reading';
import { claimsOf } from '../../support/claims-after';

const LEDE = 'Microsoft and OpenAI have a long history.';
const judged = (line: string) => claimsOf(line, LEDE, '2025-06-01').map((c) => [c.status, c.factId, c.text]);
const opened = (text: string) => continuationSpans(text).map((s) => text.slice(s.start, s.end));

describe('where the next sum of a series opens', () => {
  it('finds the words before a sum that goes on from another', () => {
    expect(opened('paid $1 billion, followed by $10 billion')).toEqual(['followed by ']);
    expect(opened('paid $1 billion and another $2 billion')).toEqual(['another ']);
    expect(opened('paid $1 billion, then a further ten billion dollars')).toEqual(['then a further ']);
    expect(opened('paid $1 billion, followed two years later by about $2 billion')).toEqual([
      'followed two years later by ',
    ]);
  });

  it('leaves words that open no sum alone', () => {
    expect(opened('another company followed, then the regulator looked at it')).toEqual([]);
    expect(opened('the deal was followed by layoffs and another round of talks')).toEqual([]);
    expect(opened('it paid another $2 billion')).toEqual([]);
  });

  it('makes the next sum a clause of its own, comma or not', () => {
    const text = 'paid $1 billion in 2019 and another $2 billion in 2021';
    expect(clauseSpans(text).map((c) => text.slice(c.start, c.end))).toEqual([
      'paid $1 billion in 2019 and ',
      'another $2 billion in 2021',
    ]);
  });
});

describe('a sum told after another, its verb left out', () => {
  it('is judged by its own figure and date, not the first sum’s', () => {
    const line = 'Microsoft put $1 billion into OpenAI in 2019, followed by $10 billion in 2023.';
    expect(judged(line)).toEqual([
      ['unverified', 'inv-2023-10b-reported', line],
      ['supported', 'inv-2019-1b', 'Microsoft put $1 billion into OpenAI in 2019'],
    ]);
  });

  it('shows a wrong year of the next sum beside the right first one', () => {
    const line = 'Microsoft put $1 billion into OpenAI in 2019 and another $2 billion in 2022.';
    const claims = judged(line);
    expect(claims).toContainEqual([
      'supported',
      'inv-2019-1b',
      'Microsoft put $1 billion into OpenAI in 2019',
    ]);
    expect(claims.find(([, id]) => id === 'inv-2021-2b-reported')?.[0]).toBe('contradicted');
  });

  it('does not pin the next sum on the first one’s year', () => {
    const line = 'Microsoft put $1 billion into OpenAI in 2019, then another $10 billion in 2023.';
    expect(judged(line).some(([, id]) => id === 'inv-2019-10b-wrong')).toBe(false);
  });
});

describe('what is no series of payments', () => {
  it('leaves a series of valuations alone', () => {
    const line =
      'After Microsoft invested, OpenAI was valued at $29 billion, then $86 billion, then $157 billion.';
    expect(judged(line).every(([, id]) => !String(id).startsWith('inv-'))).toBe(true);
  });

  it('carries no verb of money to a sum that is a valuation', () => {
    const line = 'Microsoft’s investment came in 2019, then another $10 billion valuation jump.';
    expect(judged(line)).toEqual([['supported', 'inv-2019-1b', line]]);
  });

  it('carries the verb to the next sum though the first one gave no sum', () => {
    const line = 'Microsoft backed OpenAI early on, then another $10 billion in 2023.';
    expect(judged(line)).toEqual([['unverified', 'inv-2023-10b-reported', line]]);
  });
});

describe('the verb of money a next sum takes', () => {
  const lexicon = buildLexicon();
  const investWords = (text: string) =>
    readSentence(text, lexicon)
      .spans('invest')
      .map((w) => text.slice(w.start, w.end));

  it('is the one of the clause just before', () => {
    expect(investWords('Microsoft invested $1 billion in 2019, followed by $10 billion in 2023.')).toEqual([
      'invested',
      'followed by ',
    ]);
  });

  it('is none when the next sum is a valuation', () => {
    expect(investWords('Microsoft invested $1 billion in 2019, then $29 billion valuation.')).toEqual([
      'invested',
    ]);
  });
});

// Phrasing families of the twenty-eighth round, in our own words: a figure only the press gave, told in a clause
// apart from a term the record supports ("agreed to build 4.5 gigawatts, worth $30 billion a year"), is a claim of
// its own, so the reader sees the supported term and the unverified figure apart.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId, c.text]);

describe('a press-only figure in a clause apart from a supported term', () => {
  it('is a claim of its own beside the supported one', () => {
    const lede = 'Oracle and OpenAI keep adding capacity.';
    const line =
      'The two firms agreed in July 2025 to build 4.5 gigawatts more of Stargate capacity, worth $30 billion a year.';
    expect(judged(line, lede, '2025-08-01')).toEqual([
      ['unverified', 'oo-30b-year-reported', line],
      [
        'supported',
        'oo-4-5gw',
        'The two firms agreed in July 2025 to build 4.5 gigawatts more of Stargate capacity',
      ],
    ]);
  });

  it('splits a sum that is the record’s from the press figure a relative clause adds', () => {
    const lede = 'Microsoft and OpenAI have a long history.';
    const line =
      'Microsoft put $1 billion into OpenAI in 2019, which leaves about $2 billion for the 2021 round.';
    expect(judged(line, lede, '2025-08-01')).toEqual([
      ['unverified', 'inv-2021-2b-reported', line],
      ['supported', 'inv-2019-1b', 'Microsoft put $1 billion into OpenAI in 2019'],
    ]);
  });

  it('leaves the sentence one claim beside a term the record faults', () => {
    const lede = 'Microsoft and OpenAI have a long history.';
    const line = 'Microsoft owns 49% of OpenAI, which leaves about $2 billion for the 2021 round.';
    expect(judged(line, lede, '2025-08-01')).toEqual([['contradicted', 'stake-49-wrong', line]]);
  });

  it('leaves the sentence one claim among press reports alone', () => {
    const lede = 'Google and Anthropic are close.';
    const line =
      'Google agreed to invest up to $40 billion in Anthropic, according to Bloomberg, with $10 billion now at a $350 billion valuation.';
    const claims = judged(line, lede, '2026-05-01');
    expect(claims.every(([status]) => status === 'unverified')).toBe(true);
    expect(claims.some(([, , text]) => text === line)).toBe(true);
  });
});

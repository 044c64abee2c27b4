// Phrasing families of the twenty-eighth round, in our own words: a figure only the press gave, told in a clause
// apart from a term the record supports ("agreed to build 4.5 gigawatts, worth $30 billion a year"), is a claim of
// its own, so the reader sees the supported term and the unverified figure apart; a worth worked out from a
// supposition ("if the lab were valued at $X, the stake would be worth $Y") states no figure; "A did X and B did
// Y" without a comma tells of two deals; a term told as unbroken up to the telling ("had held firm since 2019",
// "until this week it had been …") is wrong when the record ended it long before; an investor who speaks ("…," one
// investor said) is a person quoted, not money put in.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId, c.text]);

describe('a press-only figure in a clause apart from a supported term', () => {
  it('is a claim of its own beside the supported one', () => {
    const lede = 'Oracle and OpenAI keep adding capacity.';
    const line =
      'The two firms agreed in July 2025 to build 4.5 gigawatts more of Stargate capacity, worth $30 billion a year.';
    // The record's term keeps the sentence; the press figure is claimed where it stands.
    expect(judged(line, lede, '2025-08-01')).toEqual([
      ['supported', 'oo-4-5gw', line],
      ['unverified', 'oo-30b-year-reported', 'worth $30 billion a year.'],
    ]);
  });

  it('splits a sum that is the record’s from the press figure a relative clause adds', () => {
    const lede = 'Microsoft and OpenAI have a long history.';
    const line =
      'Microsoft put $1 billion into OpenAI in 2019, which leaves about $2 billion for the 2021 round.';
    expect(judged(line, lede, '2025-08-01')).toEqual([
      ['supported', 'inv-2019-1b', line],
      ['unverified', 'inv-2021-2b-reported', 'which leaves about $2 billion for the 2021 round.'],
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

describe('a worth worked out from a supposition', () => {
  const LEDE = 'Microsoft and OpenAI are worth watching.';
  it('states no figure of the deal', () => {
    for (const line of [
      'If OpenAI were valued at $500 billion, a 27% stake would be worth $135 billion.',
      'If Microsoft swapped its profit rights for shares at 49%, the holding would be worth $100 billion.',
      'At a $600 billion valuation, that stake would be worth about $160 billion.',
      'Should the lab be priced at $1 trillion, the holding could be worth $270 billion.',
    ])
      expect(judged(line, LEDE, '2025-12-01')).toEqual([]);
  });

  it('leaves a term told as a condition, and a worth told as fact, claims', () => {
    expect(
      judged(
        'If OpenAI declares AGI, Microsoft keeps its rights to models until an expert panel agrees.',
        LEDE,
        '2025-12-01',
      ).map(([status, fact]) => [status, fact]),
    ).toEqual([['supported', 'agi-expert-panel']]);
    expect(
      judged(
        'Microsoft holds about 27% of OpenAI, a stake worth about $135 billion.',
        LEDE,
        '2025-12-01',
      ).map(([status, fact]) => [status, fact]),
    ).toEqual([
      ['supported', 'stake-27'],
      ['supported', 'stake-27-value'],
    ]);
  });
});

describe('"A did X and B did Y" without a comma', () => {
  it('tells of two deals, each judged by its own facts', () => {
    const line =
      'Amazon has put $8 billion into Anthropic and Google has pledged up to $2 billion to the Claude maker.';
    expect(judged(line, 'AI money roundup.', '2024-11-04')).toEqual([
      ['outdated', 'aa-inv-8b', 'Amazon has put $8 billion into Anthropic'],
      ['outdated', 'ga-inv-up-to-2b', 'Google has pledged up to $2 billion to the Claude maker.'],
    ]);
  });

  it('leaves a list of names one subject', () => {
    expect(
      judged(
        'Microsoft and NVIDIA will invest up to $15 billion in Anthropic.',
        'AI money roundup.',
        '2025-11-20',
      ).map(([status, fact]) => [status, fact]),
    ).toEqual([['supported', 'mna-inv-up-to-15b']]);
  });
});

describe('a term told as unbroken up to the telling', () => {
  const LEDE = 'Microsoft and OpenAI amend their deal.';
  it('is wrong when the record ended it long before the page was written', () => {
    for (const line of [
      'Until this week, Azure had been the only cloud OpenAI could use, ever since 2019.',
      "Azure's exclusive hold on OpenAI's computing, which had held firm since 2019, ended this week.",
    ])
      expect(judged(line, LEDE, '2026-04-28').map(([status]) => status)).toEqual(['contradicted']);
  });

  it('is right when told with the end the record gives, or soon after it', () => {
    expect(
      judged(
        'Until 2025, Azure had been the only cloud OpenAI could use, ever since 2019.',
        LEDE,
        '2026-04-28',
      ).map(([status]) => status),
    ).toEqual(['supported']);
    expect(
      judged(
        'Until this week, Azure had been the only cloud OpenAI could use, ever since 2019.',
        LEDE,
        '2025-01-24',
      ).map(([status]) => status),
    ).toEqual(['supported']);
  });
});

describe('an investor who speaks', () => {
  const LEDE = 'Google put more money into Anthropic this spring.';
  it('is a person quoted, not money put in', () => {
    for (const line of [
      '"We will be compute-constrained for some time," one Anthropic investor said, which explains every figure here.',
      '"Compute-constrained is how we will stay," said one Anthropic investor.',
    ])
      expect(judged(line, LEDE, '2026-05-01')).toEqual([]);
  });

  it('leaves an investor told as a party a claim', () => {
    expect(
      judged('Google is an investor in Anthropic, with a stake capped at 15%.', LEDE, '2026-05-01').map(
        ([s, f]) => [s, f],
      ),
    ).toEqual([['unverified', 'ga-stake-cap-15-reported']]);
  });
});

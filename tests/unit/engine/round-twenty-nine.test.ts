// Phrasing families of the twenty-ninth round, in our own words: European copy writes a decimal comma ("13,5
// billion", "32,5 percent") and dates with dots ("27.04.2026"); formal and translated copy says "in the year 2016";
// of two dates a frame may take, the one in its own clause is its date; a date across a colon or semicolon dates the
// statement it stands in, not the term after it.
import { describe, expect, it } from 'vitest';
import { extractValues } from '../../../core/claims/values';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId, c.text]);

const valuesOf = (text: string) =>
  extractValues(text).values.map((v) => [v.kind, v.value, text.slice(v.start, v.end)]);

describe('a decimal comma', () => {
  it('is read as a decimal point before a scale or a unit', () => {
    expect(valuesOf('a stake of 32,5 percent')).toEqual([['percent', 32.5, '32,5 percent']]);
    expect(valuesOf('worth $21,3bn in all')).toEqual([['amountUsd', 21.3e9, '$21,3bn']]);
    expect(valuesOf('some 4,5 GW of capacity')).toEqual([['gigawatts', 4.5, '4,5 GW']]);
  });

  it('leaves a thousands separator and a list of numbers alone', () => {
    expect(valuesOf('about 1,500 megawatts')).not.toContainEqual(['gigawatts', 1.5, '1,5']);
    expect(valuesOf('in 2019, 2021 and 2023')).toEqual([
      ['year', 2019, '2019'],
      ['year', 2021, '2021'],
      ['year', 2023, '2023'],
    ]);
  });

  it('lets a stake told with one be judged by its figure, not by the digits after the comma', () => {
    const lede = 'Microsoft and OpenAI keep rewriting their deal.';
    expect(judged('Microsoft holds a 32,5 percent stake in the for-profit arm.', lede, '2025-11-20')).toEqual(
      [['supported', 'stake-32-5', 'Microsoft holds a 32,5 percent stake in the for-profit arm.']],
    );
  });
});

describe('a date written with dots, day first', () => {
  it('is a day of a month', () => {
    expect(extractValues('signed on 27.04.2026').values).toContainEqual(
      expect.objectContaining({ kind: 'month', value: 202604, day: 27 }),
    );
    expect(extractValues('version 1.2.2026').values.some((v) => v.kind === 'month')).toBe(true);
    expect(extractValues('rates of 13.45.2026').values.some((v) => v.kind === 'month')).toBe(false);
  });

  it('dates the term it is told with', () => {
    const lede = 'Amazon and OpenAI did a deal.';
    const line = 'Amazon announced its $50 billion investment in OpenAI on 27.02.2026.';
    expect(judged(line, lede, '2026-06-01')).toEqual([['supported', 'zo-inv-50b', line]]);
  });
});

describe('"in the year 2016"', () => {
  it('is a year in the past, not the end of a term', () => {
    const lede = 'Microsoft and OpenAI go back a long way.';
    const line = 'In the year 2016 OpenAI made Azure its primary cloud platform.';
    expect(judged(line, lede, '2025-06-01')).toEqual([['supported', 'cloud-primary-2016', line]]);
  });

  it('still ends a term after "until"', () => {
    expect(extractValues('rights that run until the year 2030').values).toContainEqual(
      expect.objectContaining({ kind: 'termEnd', value: 2030 }),
    );
  });
});

describe('a list of a deal’s steps, each with its date', () => {
  it('dates each step by the date in its own clause', () => {
    const lede = 'Amazon and OpenAI grew close fast.';
    const line =
      'In one year the pair went far: a $38 billion cloud contract in November 2025, a $50 billion investment announced on 27 February 2026.';
    expect(judged(line, lede, '2026-11-01')).toEqual([
      [
        'supported',
        'zo-38b',
        'In one year the pair went far: a $38 billion cloud contract in November 2025, a $50 billion investment announced on 27 February 2026.',
      ],
      ['supported', 'zo-inv-50b', 'a $50 billion investment announced on 27 February 2026.'],
    ]);
  });
});

describe('a date across a colon', () => {
  it('dates the statement before the colon, not the term after it', () => {
    const lede = 'Microsoft and OpenAI rewrote their deal again.';
    const line = 'The contract was rewritten on 27 April 2026: Azure is primary but not exclusive.';
    const claims = judged(line, lede, '2026-06-01');
    expect(claims.some(([status]) => status === 'contradicted')).toBe(false);
    expect(claims).toContainEqual(['supported', 'cloud-primary', 'Azure is primary but not exclusive.']);
  });

  it('still labels what follows when the date is all its clause says', () => {
    const lede = 'Microsoft and OpenAI: the timeline.';
    expect(judged('2018: Microsoft invested $1 billion in OpenAI.', lede, '2025-06-01')).toEqual([
      ['contradicted', 'inv-2019-1b', '2018: Microsoft invested $1 billion in OpenAI.'],
    ]);
  });
});

describe('dated statements in a row, told apart by semicolons', () => {
  it('makes each its own claim, dated by its own year', () => {
    const lede = 'Microsoft and OpenAI go back a long way.';
    const line =
      'In brief: in 2019 Microsoft put in $1 billion; in 2020 Microsoft took an exclusive licence to GPT-3; in 2023 it signed a multiyear extension.';
    const claims = judged(line, lede, '2024-06-01');
    expect(claims).toContainEqual([
      'supported',
      'license-exclusive',
      'in 2020 Microsoft took an exclusive licence to GPT-3',
    ]);
    expect(claims.find(([, id]) => id === 'inv-2019-1b')?.[0]).toBe('supported');
  });
});

describe('"by end of 2025", without "the"', () => {
  it('is a deadline, as "by the end of 2025" is', () => {
    const lede = 'AMD and OpenAI signed a chip deal.';
    const with_ = 'The first gigawatt must be running by the end of 2025.';
    const without = 'The first gigawatt must be running by end of 2025.';
    expect(judged(without, lede, '2025-10-20').map(([s, id]) => [s, id])).toEqual(
      judged(with_, lede, '2025-10-20').map(([s, id]) => [s, id]),
    );
    expect(judged(without, lede, '2025-10-20')[0][0]).toBe('contradicted');
  });
});

describe('a time before the pronoun that opens a sentence', () => {
  it('leaves the pronoun standing for the deal’s other side', () => {
    const lede = 'Microsoft and OpenAI have worked together for years.';
    for (const line of [
      'In September 2020 it obtained an exclusive licence to GPT-3.',
      'In 2020, it obtained an exclusive licence to GPT-3.',
    ])
      expect(judged(line, lede, '2023-01-10')).toEqual([['supported', 'license-exclusive', line]]);
    // No time of its own: told as the present, so outdated today.
    const then = 'Then it obtained an exclusive licence to GPT-3.';
    expect(judged(then, lede, '2023-01-10')).toEqual([['outdated', 'license-exclusive', then]]);
  });
});

describe('another company named side by side with a party, the two given the same', () => {
  it('is a co-investor beside the party, not a deal of its own', () => {
    const lede = 'OpenAI raised a large round this year.';
    for (const line of [
      'NVIDIA and SoftBank are each putting in $30 billion.',
      'SoftBank and NVIDIA put in $30 billion apiece.',
    ])
      expect(judged(line, lede, '2026-03-05')).toEqual([['supported', 'no-inv-30b', line]]);
  });

  it('still leaves another company’s own deal alone', () => {
    const lede = 'OpenAI raised a large round this year.';
    expect(judged('SoftBank put in $30 billion of its own.', lede, '2026-03-05')).toEqual([]);
  });
});

describe('money a funding round counted from an earlier commitment', () => {
  it('is the investor’s sum in that round, as the record gives it', () => {
    const lede = 'Anthropic closed another round.';
    const line = 'Amazon put $5 billion into the $65 billion Series H, money it had promised earlier.';
    expect(judged(line, lede, '2026-06-10')).toEqual([['supported', 'aa-series-h-5b', line]]);
  });
});

describe('"freed to" as a word of leave', () => {
  it('grants what "free to" grants', () => {
    const lede = 'Microsoft and OpenAI rewrote their deal.';
    for (const line of [
      'Since the amendment the lab is freed to put its products on any cloud.',
      'The amendment frees OpenAI to put its products on any cloud.',
    ])
      expect(judged(line, lede, '2026-06-01')).toEqual([['supported', 'cloud-any', line]]);
  });
});

describe('a word that rules a frame out, in the statement before a semicolon', () => {
  it('does not rule out the frame after it', () => {
    const lede = 'Microsoft, NVIDIA and Anthropic signed a three-way deal.';
    const line =
      'Anthropic has committed to $30 billion of Azure capacity; Microsoft in turn commits up to $5 billion.';
    const claims = claimsOf(line, lede, '2025-12-01').map((c) => [c.status, c.factId]);
    expect(claims).toContainEqual(['supported', 'mna-inv-microsoft-up-to-5b']);
    expect(claims).toContainEqual(['supported', 'mna-azure-30b']);
  });

  it('still rules out a frame before it by a word after it', () => {
    const lede = 'OpenAI, Oracle and SoftBank launched Stargate.';
    const line =
      'Stargate, backed by OpenAI, plans to spend $500 billion; Microsoft is a technology partner.';
    expect(claimsOf(line, lede, '2025-02-01').some((c) => c.status === 'contradicted')).toBe(false);
  });
});

describe('an obligation told by its ceiling', () => {
  it('is the guarantee it caps', () => {
    const lede = 'NVIDIA backs OpenAI’s Ohio leases.';
    const line = 'What the chipmaker may owe is limited: its obligation is capped at $105 billion.';
    expect(judged(line, lede, '2026-09-01')).toEqual([['supported', 'no-ohio-guarantee', line]]);
  });
});

describe('more verbs of the past', () => {
  it('reads "went into", "opened", "started" as told of their time', () => {
    const lede = 'Amazon and OpenAI: models on Bedrock.';
    const line = 'The lab’s frontier models went into a limited preview on Amazon Bedrock.';
    expect(judged(line, lede, '2026-05-02')).toEqual([['supported', 'zo-bedrock-preview', line]]);
  });
});

describe('"takes the contract to" a sum', () => {
  it('tells the sum the contract grew to, as "took … to" does', () => {
    const lede = 'Amazon and OpenAI widened their cloud deal.';
    const line = 'The new spending takes the AWS agreement to $100 billion.';
    expect(judged(line, lede, '2026-03-01')).toEqual([['contradicted', 'zo-expanded-to-100b-wrong', line]]);
  });
});

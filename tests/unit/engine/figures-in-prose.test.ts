// Figures as prose writes them, in our own words: decimals said with "point", a sum that drops its currency after
// one that gave it, each of two sides' figures kept in its own clause, and a round's price for the whole company.
import { describe, expect, it } from 'vitest';
import { numberWordsValue } from '../../../core/claims/number-words';
import { extractValues } from '../../../core/claims/values';
import { claimsOf, statusOf } from '../../support/claims-after';

const sums = (s: string) =>
  extractValues(s)
    .values.filter((v) => v.kind === 'amountUsd')
    .map((v) => v.value);

describe('decimals said with "point"', () => {
  it('are read whole', () => {
    expect(numberWordsValue('eighteen point four')).toBe(18.4);
    expect(numberWordsValue('two point seven five')).toBe(2.75);
    expect(numberWordsValue('point four')).toBeNull();
    expect(sums('The round was worth some two point seven five billion dollars.')).toEqual([2.75e9]);
  });
});

describe('a sum without its currency', () => {
  it('is in dollars after a sum that gave them', () => {
    expect(sums('One side pledged $5 billion and the other ten billion.')).toEqual([5e9, 10e9]);
    expect(sums('It has $2 billion in hand and 8 billion more to come.')).toEqual([2e9, 8e9]);
  });
  it('is not before it, nor when the scale counts something else', () => {
    expect(sums('Of the four billion, $1 billion came first.')).toEqual([1e9]);
    expect(sums('The lab paid $3 billion and now serves 800 million users.')).toEqual([3e9]);
  });
});

describe('a sum named again without its currency', () => {
  it('is in dollars after a word that points back to it', () => {
    expect(sums('My understanding is that the twenty billion depends on milestones.')).toEqual([20e9]);
    expect(sums('The remaining 35 billion is due later.')).toEqual([35e9]);
  });
  it('is not a count of users, nor the whole a part is taken from', () => {
    expect(sums('The lab now has the 800 million weekly users it wanted.')).toEqual([]);
    expect(sums('Of the two billion, $500 million came upfront.')).toEqual([500e6]);
  });
});

describe('two sides, each with its figure in its own clause', () => {
  const page = 'Microsoft and NVIDIA will invest in Anthropic.';
  it('keeps each side’s figure to its own side', () => {
    const s =
      'Microsoft is committing up to ten billion dollars, while NVIDIA is committing up to five billion.';
    expect(claimsOf(s, page, '2025-11-19').filter((c) => c.status === 'supported')).toEqual([]);
  });
  it('still reads figures that agree', () => {
    const s =
      'Microsoft is committing up to five billion dollars, while NVIDIA is committing up to ten billion.';
    expect(claimsOf(s, page, '2025-11-19')[0]?.status).toBe('supported');
  });
});

describe('a round’s price for the company', () => {
  it('is its valuation', () => {
    const s = 'The last instalment reportedly priced the lab at about eighteen point four billion dollars.';
    expect(claimsOf(s, 'Amazon completed its investment in Anthropic.', '2024-04-02')[0]?.factId).toBe(
      'aa-valuation-18-4b-reported',
    );
  });
});

describe('a figure another fact holds', () => {
  it('is that fact’s, not "a figure the parties never disclosed"', () => {
    const s =
      'That exclusivity goes back to the July 2019 agreement, which came with a one-billion-dollar investment.';
    const [claim] = claimsOf(s, 'Microsoft and OpenAI: a short history.', '2024-02-20');
    expect(claim?.status).toBe('supported');
  });
});

describe('money paid for a holding', () => {
  it('is money put in, whatever the holding is called', () => {
    expect(
      statusOf(
        'Microsoft paid $135 billion for that position over the years.',
        'Microsoft and OpenAI rewrote their deal.',
        '2025-10-29',
      ),
    ).toBe('contradicted');
  });
});

describe('a billion named again by its article', () => {
  it('is one billion dollars', () => {
    const v = extractValues('Much of the billion dollars went straight back into cloud bills.').values;
    expect(v.map((x) => [x.kind, x.value])).toEqual([['amountUsd', 1e9]]);
  });
  it('lets hearsay about that money be told as such', () => {
    expect(
      statusOf(
        'Much of the billion dollars will return to Microsoft as cloud credits, a person close to the talks said.',
        'Microsoft will invest $1 billion in OpenAI.',
        '2019-07-23',
      ),
    ).toBe('unverified');
  });
  it('leaves "billions of dollars" uncounted', () => {
    expect(extractValues('They spent the billions of dollars they raised.').values).toEqual([]);
  });
});

describe('a figure given past an aside', () => {
  it('is the figure of the subject before the aside', () => {
    expect(
      statusOf(
        'Microsoft’s overall funding commitment to OpenAI, first revealed in a quarterly report that autumn, is $13 billion.',
        'Microsoft and OpenAI are partners.',
        '2025-01-25',
      ),
    ).toBe('supported');
  });
});

describe('sums written as wire copy writes them', () => {
  it('reads "$13 bln" and "13 bn dollars" as thirteen billion', () => {
    const ms = 'Microsoft and OpenAI rework their partnership.';
    for (const s of [
      'Microsoft has put $13 bln into OpenAI.',
      'Microsoft has put 13 bn dollars into OpenAI.',
    ])
      expect(statusOf(s, ms, '2026-05-01'), s).toBe('supported');
    expect(statusOf('Microsoft put $10 bln into OpenAI in 2019.', ms, '2026-05-01')).toBe('contradicted');
  });

  it('reads the currency code before the figure: "USD 13 billion", "USD13bn", "USD 13 bln"', () => {
    const ms = 'Microsoft and OpenAI rework their partnership.';
    for (const s of [
      'Microsoft has put USD 13 billion into OpenAI.',
      'Microsoft has put USD13bn into OpenAI.',
      'Microsoft has put USD 13 bln into OpenAI.',
    ])
      expect(statusOf(s, ms, '2026-05-01'), s).toBe('supported');
    expect(statusOf('Microsoft put USD 10 billion into OpenAI in 2019.', ms, '2026-05-01')).toBe(
      'contradicted',
    );
  });
});

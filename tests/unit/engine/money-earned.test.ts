// A sum told as money a side earns from the deal ("revenue of $N", "worth $N in new sales", "will bring in $N"):
// what a fact about the deal's revenue compares, though it is no money paid in. Our own words.
import { describe, expect, it } from 'vitest';
import { extractValues } from '../../../core/claims/values';
import { statusOf } from '../../support/claims-after';

const AMD = 'AMD and OpenAI signed a chip supply deal.';

describe('a sum told as money earned', () => {
  it('is marked as earnings, before or after the figure', () => {
    for (const s of [
      'The chipmaker expects revenue of more than $100 billion.',
      'The lab is worth more than $100 billion in new revenue to the chipmaker.',
      'It adds $30 billion of annual sales.',
    ])
      expect(extractValues(s).values.find((v) => v.kind === 'amountUsd')?.earnings, s).toBe(true);
    expect(extractValues('The lab put $4 billion into the round.').values[0].earnings).toBeUndefined();
  });
  it('is compared by the deal’s revenue facts: the lab’s deal alone does not bring in $100 billion', () => {
    for (const s of [
      'AMD expects revenue of more than $100 billion from the OpenAI deal.',
      'OpenAI alone is worth more than $100 billion in new revenue to AMD.',
      'AMD says the OpenAI contract by itself will bring in more than $100 billion.',
      'The OpenAI deal alone is expected to bring in more than $100 billion of sales.',
    ])
      expect(statusOf(s, AMD, '2025-10-07'), s).toBe('contradicted');
  });
  it('is the reported figure when other customers are counted in', () => {
    expect(
      statusOf(
        'AMD expects revenue of more than $100 billion from OpenAI and other customers.',
        AMD,
        '2025-10-07',
      ),
    ).toBe('unverified');
  });
});

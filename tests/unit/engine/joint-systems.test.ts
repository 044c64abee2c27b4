// A term told without a year or a sum: the two sides building cloud supercomputing together (the 2019 deal). Our
// own words.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../support/claims-after';

describe('supercomputing built together on the cloud', () => {
  it('is a term of the deal, told without its year', () => {
    expect(
      statusOf(
        'The pair will also design new Azure supercomputing systems together for training large models.',
        'Microsoft will invest $1 billion in OpenAI.',
        '2019-07-23',
      ),
    ).toBe('supported');
  });
});

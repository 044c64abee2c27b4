// Phrasing families of the thirty-second round, in our own words: a deal's conditions told as its terms, which stay
// true once the money has come, against the money told as still waiting on them, which does not.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.partnership, c.factId]);

const lede = 'Amazon agreed in February to invest $50 billion in OpenAI.';

describe('a conditional sum told as the terms, or as still waiting', () => {
  it('keeps the terms supported after the money came: the deal was written so', () => {
    expect(
      judged(
        'Under the filing, Amazon has to fund the other $35 billion if OpenAI goes public before 2029.',
        lede,
        '2026-03-04',
      )[0],
    ).toEqual(['supported', 'amazon-openai', 'zo-inv-35b-conditional']);
  });

  it('finds the money told as still pending outdated once it was reported paid', () => {
    expect(
      judged('Amazon’s other $35 billion remains conditional on those triggers.', lede, '2026-03-04')[0],
    ).toEqual(['outdated', 'amazon-openai', 'zo-35b-still-pending']);
    expect(judged('The $35 billion balance is still contingent on an IPO.', lede, '2026-05-20')[0]).toEqual([
      'outdated',
      'amazon-openai',
      'zo-35b-still-pending',
    ]);
  });

  it('reads "the remaining" as which sum, not as the sum still waiting', () => {
    expect(
      judged(
        'The remaining $35 billion is conditional on a listing or another event.',
        lede,
        '2026-03-04',
      )[0],
    ).toEqual(['supported', 'amazon-openai', 'zo-inv-35b-conditional']);
  });
});

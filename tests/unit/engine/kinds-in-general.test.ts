// A kind of arrangement told in general ("guarantees like these are common in shipping"), on a page about a deal
// that has one: no term of the deal. The deal's own guarantee stays a claim. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';

const CONTEXT = 'Nvidia will guarantee lease payments for a data centre built for OpenAI in Ohio.';

describe('a kind of arrangement told in general', () => {
  it('is no term of the deal', () => {
    for (const s of [
      'Lease guarantees are common in shipping, where builders promise to cover a buyer who defaults.',
      'Some investors say such backstops make demand look firmer than it is.',
    ])
      expect(claimsOf(s, CONTEXT, '2026-08-19'), s).toEqual([]);
  });
  it('leaves the deal’s own guarantee a claim', () => {
    expect(
      statusOf('Nvidia guarantees the lease payments on the Ohio campus.', CONTEXT, '2026-08-19'),
    ).not.toBe(null);
  });
});

// Mistakes the records say circulate, told in words of our own without their figure: read all the same, and not
// where the words tell of something else.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const ORACLE = 'Oracle and OpenAI signed another large contract.';

describe('the $300 billion contract told as separate from July’s 4.5 gigawatts', () => {
  it('is the circulating mistake, told by its gigawatts instead of its sum', () => {
    for (const s of [
      'The new contract is a separate deal stacked on top of July’s 4.5-gigawatt agreement.',
      'This autumn’s contract comes on top of the 4.5-gigawatt pact the pair signed in July.',
    ]) {
      const [claim] = claimsOf(s, ORACLE, '2025-09-12');
      expect([claim?.status, claim?.factId], s).toEqual(['contradicted', 'oo-300b-separate-wrong']);
    }
  });
  it('is not read where the gigawatts are the July deal alone', () => {
    const [claim] = claimsOf('In July the two agreed on 4.5 gigawatts of capacity.', ORACLE, '2025-09-12');
    expect(claim?.status).toBe('supported');
  });
});

// "A technology partner rather than an equity backer": on a page about the joint venture, the role Microsoft took in
// it, though the venture goes unnamed in the sentence. Not when the sentence is about its role with the lab itself.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const VENTURE = 'Stargate: OpenAI, SoftBank and Oracle line up $500 billion for American data centres.';

describe('a technology partner, not a funder', () => {
  it("is Microsoft's role in the venture", () => {
    for (const s of [
      'Microsoft takes part purely as a technology partner rather than as one of the funders.',
      'Microsoft is there as a tech partner rather than an equity investor.',
    ])
      expect(
        claimsOf(s, VENTURE, '2025-01-23').map((c) => `${c.status} ${c.factId}`),
        s,
      ).toEqual(['supported stargate-tech-partner']);
  });
  it('is not read into a sentence about its place with the lab', () => {
    const s = 'Microsoft, an owner of OpenAI and its technology partner, would not comment.';
    expect(claimsOf(s, VENTURE, '2025-01-23').map((c) => c.factId)).not.toContain('stargate-tech-partner');
  });
});

// A frame's words do not reach across ", while <Name>'s …": a second statement with a subject of its own, its
// subject a possessive. Our own sentences.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const CONTEXT = 'Microsoft and OpenAI signed another amendment on Monday.';

describe('a second statement led by a possessive subject', () => {
  it('is read on its own: each side of the revenue split is its own claim', () => {
    const s =
      "From now on Microsoft stops paying OpenAI any share of revenue, while OpenAI's payments to Microsoft run on to 2030 under a total cap.";
    expect(claimsOf(s, CONTEXT, '2026-04-28').map((c) => `${c.status} ${c.factId}`)).toEqual([
      'supported rev-ms-stops',
      'supported rev-capped-2030',
    ]);
  });
});

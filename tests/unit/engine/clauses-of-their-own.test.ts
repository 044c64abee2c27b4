// Parts of a sentence with a subject or a time of their own: a frame's words do not reach across ", while <Name>'s
// …", and a date in a relative clause told in the pluperfect dates that earlier event. Our own sentences.
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

describe('a date in a relative clause told in the pluperfect', () => {
  it("dates the earlier event, not the frame's", () => {
    const s =
      'In July it stepped down from the observer post at OpenAI that it had accepted after the upheaval last year.';
    expect(claimsOf(s, CONTEXT, '2024-10-31').map((c) => `${c.status} ${c.factId}`)).toEqual([
      'supported board-no-seat',
    ]);
  });
  it('still clashes when the date is the frame’s own', () => {
    const s = 'In March it stepped down from the observer post at OpenAI.';
    expect(claimsOf(s, CONTEXT, '2024-10-31').map((c) => c.status)).toEqual(['contradicted']);
  });
});

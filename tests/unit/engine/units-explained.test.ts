// A sentence that explains a unit of power is no claim, on a page about a gigawatt-sized deal; a sentence whose
// subject is the deal's own build-out still is. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const AMD_OPENAI = 'AMD and OpenAI signed a six-gigawatt chip deal.';

describe('a unit of power explained', () => {
  it('states no term', () => {
    for (const s of [
      'One gigawatt is roughly what a big nuclear plant puts out.',
      'Six gigawatts is about the summer peak load of a large city.',
      'For scale, a gigawatt of data-centre capacity can power several hundred thousand homes.',
      'Every gigawatt requires as much electricity as a mid-sized town.',
    ])
      expect(claimsOf(s, AMD_OPENAI, '2025-10-07'), s).toEqual([]);
  });
  it('does not hide the deal’s own size told beside such a comparison', () => {
    const s = 'OpenAI will deploy six gigawatts of AMD chips, enough to power millions of homes.';
    expect(claimsOf(s, AMD_OPENAI, '2025-10-07')[0]?.status).toBe('supported');
  });
});

describe('the power a number of gigawatts needs', () => {
  it('is a unit explained, not the deal’s size', () => {
    for (const s of [
      'The power needed for six gigawatts is roughly what a million homes use.',
      'The electricity drawn by six gigawatts equals the output of several large plants.',
    ])
      expect(claimsOf(s, AMD_OPENAI, '2025-10-07'), s).toEqual([]);
  });
});

// A figure put on the deal by unnamed sources or press reports, in a sentence that names neither side ("people
// briefed on it put the price at about $10 billion"): on a page about one deal, an unverified claim about that
// deal, not nothing. A figure a named side states, or colour with no source, stays as it was. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const CONTEXT = 'Microsoft and OpenAI extended their partnership on Monday.';

describe('a figure put on the deal by unnamed sources', () => {
  it('is an unverified claim', () => {
    for (const s of [
      'People briefed on the talks put the price tag at roughly $10 billion, though neither side would confirm it.',
      'Neither side gave a number, but press reports have valued the arrangement at about ten billion dollars.',
      'The pact is worth several billion dollars a year, a person close to it said.',
      'The new package is widely reported at about $10 billion, though neither side has said so.',
    ])
      expect(
        claimsOf(s, CONTEXT, '2023-01-24').map((c) => c.status),
        s,
      ).toEqual(['unverified']);
  });
  it('is nothing without a source or a figure', () => {
    for (const s of [
      'Analysts put the odds of a rupture at low, and the shares barely moved.',
      'People briefed on the talks said the mood was cordial.',
    ])
      expect(claimsOf(s, CONTEXT, '2023-01-24'), s).toEqual([]);
  });
});

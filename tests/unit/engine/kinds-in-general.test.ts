// A kind of arrangement or a chip told in general ("guarantees like these are common in shipping", "TPUs are an
// option next to GPUs"), on a page about a deal that has one: no term of the deal. The deal's own stays a claim. Our own words.
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

describe('chips told of in general', () => {
  const PAGE = 'Amazon and Anthropic deepen their cloud ties.';
  it('are no term when the chips are the subject and the lab is not named', () => {
    for (const s of [
      'Amazon’s Trainium is pitched against Nvidia’s GPUs and Google’s TPUs for training jobs.',
      'TPUs have turned into a scarce option next to GPUs for the biggest model builders.',
    ])
      expect(claimsOf(s, PAGE, '2026-05-10'), s).toEqual([]);
  });
  it('are the lab’s own platforms when it or its model is named', () => {
    for (const s of [
      'Claude is served from Trainium, TPUs and Nvidia GPUs alike.',
      'Anthropic spreads its training across Trainium and TPUs.',
    ])
      expect(statusOf(s, PAGE, '2026-05-10'), s).toBe('supported');
  });
});

describe('guarantees told of with no side, place or size named', () => {
  const CONTEXT = 'Nvidia guarantees leases in Ohio for OpenAI; Amazon adds capacity for Anthropic.';
  it('are the market’s habits, not the deal’s guarantee, on a page of several deals', () => {
    for (const s of [
      'Builders of server farms lean more and more on guarantees from rich partners.',
      'Some lenders now prefer such guarantees to plain equity.',
    ])
      expect(claimsOf(s, CONTEXT, '2026-08-19'), s).toEqual([]);
  });
  it('stay the deal’s when they give its size, its leases or a side', () => {
    for (const s of [
      'The guarantee covers about 4.25 gigawatts of computing load.',
      'Nvidia’s guarantee pays only if the tenant stops paying.',
    ])
      expect(statusOf(s, CONTEXT, '2026-08-19'), s).toBe('supported');
  });
});

describe('delays told of with no side or site named', () => {
  const CONTEXT = 'Oracle builds data centres for OpenAI; Nvidia guarantees leases in Ohio.';
  it('are the industry’s, not the reported slip of the deal’s sites', () => {
    expect(
      claimsOf('Chip deliveries slipped across the sector in the spring.', CONTEXT, '2026-01-10'),
    ).toEqual([]);
    expect(
      statusOf('Some Oracle sites for OpenAI slipped to 2028, Bloomberg reported.', CONTEXT, '2026-01-10'),
    ).toBe('unverified');
  });
});

// True sentences that read like a known mistake: the mistaken term denied where its word stands ("no seat on its
// board"), a target the deal scales toward, a company's founding told beside its backers. None is contradicted.
// Our own words.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../support/claims-after';

describe('true sentences that read like a known mistake', () => {
  it('a holding said to carry no seat and no vote', () => {
    expect(
      statusOf(
        "Google's holding comes with no voting rights and no seat on the lab's board.",
        'Google has backed Anthropic since 2023.',
        '2026-03-01',
      ),
    ).not.toBe('contradicted');
  });
  it('vesting as purchases scale toward a deployment', () => {
    expect(
      statusOf(
        "The warrant vests step by step as OpenAI's purchases scale toward six gigawatts.",
        'AMD and OpenAI signed a chip deal with a warrant.',
        '2025-10-07',
      ),
    ).not.toBe('contradicted');
  });
  it('a lab’s founding as a nonprofit, told with its first backers', () => {
    expect(
      statusOf(
        'OpenAI started out in 2015 as a nonprofit funded by a handful of tech founders and firms.',
        'Microsoft and OpenAI have been partners for years.',
        '2026-03-01',
      ),
    ).not.toBe('contradicted');
  });
  it('still contradicts the mistakes themselves', () => {
    expect(
      statusOf(
        'Google holds a seat on the lab’s board.',
        'Google has backed Anthropic since 2023.',
        '2026-03-01',
      ),
    ).toBe('contradicted');
    expect(
      statusOf(
        'OpenAI committed to buy no less than six gigawatts of AMD chips.',
        'AMD and OpenAI signed a chip deal.',
        '2025-10-07',
      ),
    ).toBe('contradicted');
  });
});

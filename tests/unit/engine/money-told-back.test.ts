// Money named a sentence earlier and told of again by a noun that points back ("that later money", "the remaining
// $1.5 billion"): on a page about one deal it is that deal's money. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';

const AMAZON_ANTHROPIC =
  'Amazon is putting five billion dollars into Anthropic now, and may add as much as twenty billion later.';
const GOOGLE_ANTHROPIC = 'Google agreed to put up to $2 billion into Anthropic, $500 million of it at once.';

describe('money told again by a noun that points back', () => {
  it('is the deal’s money, and its condition a press report', () => {
    for (const s of [
      'That later cash depends on commercial milestones, according to people briefed on the deal.',
      'The extra money hinges on the lab meeting commercial milestones, sources said.',
    ])
      expect(statusOf(s, AMAZON_ANTHROPIC, '2026-04-21'), s).toBe('unverified');
  });
  it('reads the rest of a sum told as still to come', () => {
    expect(
      statusOf('The remaining $1.5 billion will follow over time.', GOOGLE_ANTHROPIC, '2023-10-28'),
    ).toBe('supported');
  });
  it('checks the figure of a cheque told back', () => {
    const context = 'Google first put money into Anthropic in February 2023.';
    expect(
      statusOf('That first cheque came to $400 million, one newspaper said.', context, '2026-03-01'),
    ).toBe('contradicted');
  });
  it('leaves milestones that are not money alone', () => {
    expect(
      statusOf('That milestone came sooner than the lab expected.', AMAZON_ANTHROPIC, '2026-04-21'),
    ).toBe(null);
  });
});

describe('a first check', () => {
  it('is money put in, told by its American spelling', () => {
    expect(statusOf('Google’s first check arrived in April 2023.', GOOGLE_ANTHROPIC, '2023-10-30')).toBe(
      'contradicted',
    );
  });
  it('is no money where "check" means a test', () => {
    expect(claimsOf('Regulators ran a check on the deal’s terms.', GOOGLE_ANTHROPIC, '2023-10-30')).toEqual(
      [],
    );
  });
});

describe('a pot or a portion told back', () => {
  it('is the money the page named before', () => {
    const PAGE = 'Amazon adds $5 billion to its Anthropic investment, with up to $20 billion more to come.';
    expect(
      statusOf(
        'That later pot depends on commercial milestones, people briefed on the deal said.',
        PAGE,
        '2026-04-21',
      ),
    ).toBe('unverified');
  });
});

describe('money told back as a part of it, or sent', () => {
  const AMAZON = 'Amazon has now put the whole $4 billion it promised into Anthropic.';
  it('reads "the first slice of the money" as the page’s deal’s money', () => {
    expect(
      statusOf(
        'The first slice of the money, some $1.25 billion, went in last autumn, people briefed on it said.',
        AMAZON,
        '2024-03-28',
      ),
    ).toBe('unverified');
  });
  it('reads money "sent to" the lab as put in', () => {
    expect(
      statusOf('Amazon sent a further $2.75 billion to the start-up this week.', AMAZON, '2024-03-28'),
    ).toBe('supported');
  });
});

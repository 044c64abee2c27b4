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
  it('a sum denied, then the true sum after a semicolon', () => {
    expect(
      statusOf(
        'The chipmaker never handed the lab $100 billion; what it finally put in was $30 billion of equity.',
        'NVIDIA and OpenAI revisited their plans.',
        '2026-05-01',
      ),
    ).toBe('supported');
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

describe('true sentences a mistake of another deal used to claim', () => {
  it('another company named as the primary cloud', () => {
    expect(
      statusOf(
        'Anthropic added Google TPUs this week, while repeating that Amazon remains its primary cloud provider.',
        'Google and Anthropic expanded their cloud deal.',
        '2025-10-24',
      ),
    ).not.toBe('contradicted');
  });
  it('a product the deal of its day held, told with a later fact’s words', () => {
    expect(
      statusOf(
        'Anthropic will rely on Trainium, the chips Amazon designs itself, to train its future models.',
        'Amazon will invest up to $4 billion in Anthropic.',
        '2023-09-26',
      ),
    ).toBe('supported');
  });
  it('a sum told as "up-to" with hyphens', () => {
    expect(
      statusOf(
        "Weeks later, Nvidia's up-to-$100 billion plan is still not a definitive agreement.",
        'Nvidia and OpenAI signed a letter of intent.',
        '2025-11-20',
      ),
    ).not.toBe('contradicted');
  });
  it('a sum added to a deal signed in a year the investor made no investment', () => {
    expect(
      statusOf(
        'The February pact added $100 billion over eight years to the $38 billion deal signed in November 2025.',
        'Amazon and OpenAI widened their partnership.',
        '2026-03-01',
      ),
    ).toBe('supported');
  });
});

describe('a sum a thousand times off a record figure, given by a source', () => {
  it('is not pinned as a slip of that figure', () => {
    expect(
      statusOf(
        'AWS gave $100 million of that early pledge, one person familiar with it said.',
        'OpenAI and Amazon widened their cloud contract by $100 billion.',
        '2026-03-01',
      ),
    ).not.toBe('contradicted');
  });
});

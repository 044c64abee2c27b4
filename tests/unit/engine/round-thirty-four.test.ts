// Phrasing families of the thirty-fourth round, in our own words: a sentence that tells two figures of one deal in
// clauses of their own, each a claim where its figure stands.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const pieces = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId, c.text]);

describe('two figures of one deal in one sentence', () => {
  it('claims a figure told in a clause of its own where it stands, though the money word is in the next clause', () => {
    const line =
      'Last month Amazon paid the rest, two point seven five billion, so it is in for four billion in total.';
    expect(pieces(line, 'Amazon backs Anthropic.', '2024-04-10')).toEqual([
      ['outdated', 'aa-inv-up-to-4b', line],
      ['supported', 'aa-inv-2-75b', 'two point seven five billion'],
    ]);
  });

  it("keeps a frame by its words when its figure stands among another term's words", () => {
    const line =
      'The two firms widened their cloud contract from $38 billion to $100 billion, while Amazon pledged $50 billion to OpenAI.';
    expect(pieces(line, 'Amazon and OpenAI.', '2026-03-01')).toEqual([
      ['contradicted', 'zo-expanded-to-100b-wrong', line],
      ['supported', 'zo-inv-50b', 'while Amazon pledged $50 billion to OpenAI.'],
    ]);
  });

  it('reads "starting with" a quantity as the first part of it, a claim of its own', () => {
    const line =
      'The deal covers six gigawatts of AMD chips, starting with one gigawatt in the second half of 2026.';
    expect(pieces(line, 'OpenAI and AMD.', '2025-10-07')).toEqual([
      ['supported', 'ao-6gw', line],
      ['supported', 'ao-first-gw-h2-2026', 'starting with one gigawatt in the second half of 2026.'],
    ]);
    const early = 'The deal covers six gigawatts of AMD chips, starting with one gigawatt in 2025.';
    expect(pieces(early, 'OpenAI and AMD.', '2025-10-07')[0]).toEqual([
      'contradicted',
      'ao-first-gw-2025-wrong',
      early,
    ]);
  });
});

describe('words that set a figure aside or hedge a statement', () => {
  it('reads "at least for" as a hedge on how far a statement reaches, not a floor under a quantity', () => {
    const line =
      "AMD's agreement is binding, at least for the first gigawatt of a planned 6 gigawatts of Instinct GPUs.";
    expect(pieces(line, 'OpenAI and AMD.', '2025-10-15')[0]).toEqual(['supported', 'ao-binding-1gw', line]);
    expect(
      pieces(
        'OpenAI committed to at least 6 gigawatts of AMD GPUs.',
        'OpenAI and AMD.',
        '2025-10-15',
      )[0]?.[0],
    ).toBe('contradicted');
  });

  it('does not judge a figure named as what the deal is not ("instead of", "rather than")', () => {
    const line =
      'Instead of the staged $100 billion, NVIDIA put $30 billion of equity into OpenAI as part of $110 billion in new investment.';
    const claims = pieces(line, 'NVIDIA and OpenAI.', '2026-10-02');
    expect(claims.map(([status]) => status)).toEqual(['supported']);
    expect(claims[0]?.[1]).toBe('no-inv-30b');
  });
});

describe('the main buyer of a thing', () => {
  it('is no primary provider: "its primary customer" makes no primary cloud', () => {
    const context = 'Microsoft and OpenAI.';
    expect(
      pieces("Azure's new region in Texas counts OpenAI as its primary customer.", context, '2026-06-01'),
    ).toEqual([]);
    expect(pieces("Azure remains OpenAI's primary cloud.", context, '2026-06-01')[0]?.[1]).toBe(
      'cloud-primary',
    );
  });
});

describe('two deals told in two statements of one sentence', () => {
  it("judges each deal's term in its own statement", () => {
    const line =
      'AMD calls OpenAI a core strategic compute partner, while NVIDIA remains its preferred strategic compute and networking partner.';
    expect(pieces(line, 'OpenAI and AMD.', '2025-10-07')).toEqual([
      ['supported', 'ao-core-partner', line],
      [
        'supported',
        'no-preferred-partner',
        'while NVIDIA remains its preferred strategic compute and networking partner.',
      ],
    ]);
  });

  it('keeps one deal when the second statement names no side of another deal', () => {
    const line = 'AMD calls OpenAI a core strategic compute partner, while the lab keeps buying elsewhere.';
    expect(pieces(line, 'OpenAI and AMD.', '2025-10-07').map(([, fact]) => fact)).toEqual([
      'ao-core-partner',
    ]);
  });
});

describe('a sum the press gave, told apart from a term the record supports', () => {
  it('is a claim of its own, beside the term, which keeps the sentence', () => {
    const line =
      'In January 2023 the two announced a multiyear, multibillion-dollar investment, reported to be worth $10 billion.';
    expect(pieces(line, 'Microsoft and OpenAI.', '2023-07-18')).toEqual([
      ['supported', 'inv-2023-multiyear', line],
      ['unverified', 'inv-2023-10b-reported', 'reported to be worth $10 billion.'],
    ]);
  });

  it('leaves a guess the record does not hold as a figure the term states', () => {
    const line =
      "Microsoft's hefty investment, reportedly above $100 billion in hosting costs, shows its commitment.";
    expect(pieces(line, 'Microsoft and OpenAI.', '2026-05-20').map(([status]) => status)).toEqual([
      'unverified',
    ]);
  });
});

describe('a new subject named in two or three capitalised words', () => {
  it('starts a statement of its own, whose words rule nothing out in the one before', () => {
    const line =
      "Google's commitment to Anthropic stands at $2 billion, and Google Cloud is Anthropic's primary cloud provider.";
    expect(pieces(line, 'Google and Anthropic.', '2024-12-05')).toEqual([
      ['contradicted', 'ga-cloud-primary-wrong', line],
      ['outdated', 'ga-inv-up-to-2b', "Google's commitment to Anthropic stands at $2 billion"],
    ]);
  });
});

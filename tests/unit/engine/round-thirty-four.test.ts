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


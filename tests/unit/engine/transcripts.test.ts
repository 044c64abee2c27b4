// A transcript's speaker ("HOST:", "ANALYST 2:") is who talks, not what is claimed: what they say is read as a
// sentence of its own. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const AMAZON_ANTHROPIC = 'Amazon and Anthropic expanded their deal.';
const AMD_OPENAI = 'AMD and OpenAI signed a six-gigawatt chip deal.';
const GOOGLE_ANTHROPIC = 'Google and Anthropic widened their cloud deal.';

describe("a speaker's tag", () => {
  it('leaves what the speaker says a claim, highlighted without the tag', () => {
    const [claim] = claimsOf(
      'GUEST: Amazon put four billion dollars more into Anthropic last week.',
      AMAZON_ANTHROPIC,
      '2024-11-26',
    );
    expect(claim?.status).toBe('supported');
    expect(claim?.text).toBe('Amazon put four billion dollars more into Anthropic last week.');
    const pronoun = claimsOf(
      'HOST 2: It also holds a minority stake in the lab.',
      AMAZON_ANTHROPIC,
      '2024-11-26',
    );
    expect(pronoun.map((c) => c.status)).toEqual(['supported']);
  });

  it('does not hide what a sentence is: a unit of power explained stays no claim', () => {
    const s = 'ANALYST: Six gigawatts is about the peak load of a large city.';
    expect(claimsOf(s, AMD_OPENAI, '2025-10-07')).toEqual([]);
  });

  it('is no deal word of its own ("HOST" hosts nothing)', () => {
    const s = 'HOST: Why does Google keep writing cheques to a company that competes with its own chatbot?';
    expect(claimsOf(s, GOOGLE_ANTHROPIC, '2024-02-01')).toEqual([]);
  });

  it('is not a heading that names a party: "AMD: …" in a roundup stays part of the sentence', () => {
    const [claim] = claimsOf('AMD: OpenAI will deploy six gigawatts of its chips.', AMD_OPENAI, '2025-10-07');
    expect(claim?.status).toBe('supported');
    expect(claim?.text.startsWith('AMD:')).toBe(true);
  });
});

describe("a speaker's fillers and joining words before a pronoun", () => {
  const AMAZON_PLEDGE = 'Amazon will invest up to $4 billion in Anthropic.';
  it('leave the pronoun leading the sentence', () => {
    for (const s of [
      'Right, and its stake stays a minority one.',
      'So, um, it is structured as a convertible note rather than plain equity.',
      "But the company's investment came as a convertible note.",
    ])
      expect(
        claimsOf(s, AMAZON_PLEDGE, '2023-09-26').map((c) => c.status),
        s,
      ).toEqual(['supported']);
  });
});

describe('money told the way it is said', () => {
  it('reads "is in for" a sum and a sum after "another" with no currency as money put in', () => {
    const wrong = claimsOf(
      'GUEST: Amazon is in for another twenty-five billion on top, no strings.',
      AMAZON_ANTHROPIC,
      '2026-04-22',
    );
    const stated = claimsOf(
      'Amazon is in for another $25 billion on top, no strings.',
      AMAZON_ANTHROPIC,
      '2026-04-22',
    );
    expect(wrong.map((c) => c.status)).toEqual(stated.map((c) => c.status));
    expect(stated).toHaveLength(1);
  });

  it('reads "its own check" as the money a side put in', () => {
    const [claim] = claimsOf("HOST: Amazon's own check is $5 billion now.", AMAZON_ANTHROPIC, '2026-04-22');
    expect(claim?.status).toBe('supported');
  });
});

// Money told from the side that takes it in ("the lab lands $2 billion from its backer"), a headline's sum with
// no verb ("two billion dollars from X into Y"), money told by its arrival ("arrives now"), and work told as done
// together ("co-develop"). Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const GOOGLE_ANTHROPIC = 'Google and Anthropic widened their cloud deal.';
const MICROSOFT_OPENAI = 'Microsoft and OpenAI have worked together for years.';

describe('money taken in from an investor', () => {
  it('reads "receives", "secures" and "got" a sum from the investor as the investment', () => {
    for (const s of [
      'Anthropic received $2 billion from Google under the 2023 deal.',
      'In 2023 the lab secured two billion dollars from Google.',
      'The startup got $2 billion from Google that autumn.',
    ])
      expect(claimsOf(s, GOOGLE_ANTHROPIC, '2024-01-15').map((c) => c.status)).toEqual(['supported']);
  });

  it('judges a sum taken in as the same sum invested', () => {
    const taken = claimsOf(
      'Anthropic landed $4 billion from Google in 2023.',
      GOOGLE_ANTHROPIC,
      '2024-01-15',
    );
    const given = claimsOf(
      'Google invested $4 billion in Anthropic in 2023.',
      GOOGLE_ANTHROPIC,
      '2024-01-15',
    );
    expect(taken.map((c) => c.status)).toEqual(given.map((c) => c.status));
    expect(taken).toHaveLength(1);
  });

  it("reads a headline's sum from one party into the other with no verb", () => {
    const s = 'The big number today: one billion dollars from Microsoft into OpenAI.';
    expect(claimsOf(s, MICROSOFT_OPENAI, '2019-07-23').map((c) => c.status)).toEqual(['supported']);
  });

  it('leaves a sum of chips or capacity taken from a supplier to the words of buying', () => {
    const s = 'Anthropic will get access to a million chips from Google.';
    expect(claimsOf(s, GOOGLE_ANTHROPIC, '2025-10-24').map((c) => c.status)).not.toContain('contradicted');
  });
});

describe('work the two sides do together', () => {
  it('reads "co-develop", "co-build" and "jointly build" as the partnership', () => {
    for (const s of [
      'The two will co-develop a new generation of AI supercomputers on Azure.',
      'Both companies plan to co-build their next AI supercomputers on Azure.',
      'In 2019 the pair agreed to jointly build AI supercomputers on Azure.',
    ])
      expect(claimsOf(s, MICROSOFT_OPENAI, '2019-07-23').map((c) => c.status)).toEqual(['supported']);
  });
});

describe('money told by when it arrives', () => {
  const AMAZON_ANTHROPIC = 'Amazon and Anthropic signed an investment deal.';
  it('reads a first part that "arrives now" or was "advanced at once" as money put in', () => {
    for (const s of [
      'Of the total, $1.25 billion arrives right away and the rest later, people close to the deal say.',
      'Reportedly, one point two five billion dollars was advanced at once.',
    ])
      expect(claimsOf(s, AMAZON_ANTHROPIC, '2023-09-26').map((c) => c.status)).toEqual(['unverified']);
  });
});

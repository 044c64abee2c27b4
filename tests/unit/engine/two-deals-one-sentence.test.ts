// A sentence that tells of two deals, one after the other: each deal's part is judged by that deal's facts
// alone, so that one deal's record never settles (or "supports") what is said of the other.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';
import { partsOf } from '../../support/deal-parts-of';

const ROUNDUP = 'Who pays whom in AI: the week in deals.';

describe('two deals in one sentence', () => {
  it('gives each deal its own claim, judged by its own record', () => {
    const claims = claimsOf(
      'Microsoft has put $13 billion into OpenAI, while Amazon has invested $8 billion in Anthropic.',
      ROUNDUP,
    );
    expect(claims.map((c) => [c.partnership, c.status])).toEqual([
      ['microsoft-openai', 'supported'],
      ['amazon-anthropic', 'outdated'],
    ]);
  });

  it('does not let one deal\u2019s fact support a wrong statement about the other', () => {
    const claims = claimsOf(
      'Google Cloud serves as the primary cloud for Anthropic, whereas Amazon resells Claude on Bedrock.',
      ROUNDUP,
    );
    expect(claims[0]).toMatchObject({ partnership: 'google-anthropic', status: 'contradicted' });
    expect(claims.every((c) => !(c.partnership === 'amazon-anthropic' && c.text.startsWith('Google')))).toBe(
      true,
    );
  });

  it('splits a roundup headline at its semicolons when each item names a deal of its own', () => {
    expect(partsOf('Nvidia backs OpenAI; AMD signs OpenAI warrant; Amazon invests in Anthropic')).toEqual([
      'Nvidia backs OpenAI',
      'AMD signs OpenAI warrant',
      'Amazon invests in Anthropic',
    ]);
  });

  it('keeps a sentence whole when its second part names no deal of its own', () => {
    // The second part names one company only: it goes on about the sentence's deal or its context.
    expect(
      partsOf('Google has a $2 billion commitment in Anthropic, while the retailer Amazon doubled down.'),
    ).toBe(null);
    expect(
      partsOf('Microsoft has put $13 billion into OpenAI, but OpenAI now buys cloud elsewhere too.'),
    ).toBe(null);
    expect(partsOf('Microsoft has put $13 billion into OpenAI and holds about 27% of it.')).toBe(null);
  });

  it('keeps the whole sentence as the claim when only one part states a term', () => {
    const claims = claimsOf(
      'Amazon has put $8 billion into Anthropic, while Microsoft and OpenAI declined to comment on any of it.',
      ROUNDUP,
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe(
      'Amazon has put $8 billion into Anthropic, while Microsoft and OpenAI declined to comment on any of it.',
    );
  });
});

describe('a deal of three parties', () => {
  const STARGATE = 'OpenAI, SoftBank and Oracle unveil the Stargate venture.';
  it('is not named whole by its two co-investors alone', () => {
    // Microsoft and NVIDIA are on one side of their deal with Anthropic: named together, without the lab or a
    // figure of that deal, they say nothing of it.
    const claims = claimsOf(
      'Microsoft, along with Nvidia and Arm, joined only as a technology partner and put in no equity.',
      STARGATE,
    );
    expect(claims.filter((c) => c.partnership === 'microsoft-nvidia-anthropic')).toEqual([]);
  });
  it('is named whole by a co-investor and the lab', () => {
    const claims = claimsOf('Nvidia has pledged up to $10 billion to Anthropic.', STARGATE);
    expect(claims.map((c) => [c.partnership, c.status])).toEqual([
      ['microsoft-nvidia-anthropic', 'supported'],
    ]);
  });
});

// A side's own board of directors, and a product told as its maker's own, state no term with the other side; a
// seat on the other side's board, and the other side named beside the product, still do. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';

const AWS_ANTHROPIC = 'Amazon agreed to invest in Anthropic.';
const AMAZON_OPENAI = 'Amazon and OpenAI agreed a cloud contract.';

describe('the investor’s own board', () => {
  it('is no seat on the other side’s', () => {
    for (const s of [
      'Amazon’s board has not explained how the holding will be booked.',
      "Amazon's own board holds its meeting next week.",
    ])
      expect(claimsOf(s, AWS_ANTHROPIC, '2023-09-26'), s).toEqual([]);
  });
  it('leaves a seat on the other side’s board a claim', () => {
    expect(statusOf('Amazon holds a seat on Anthropic’s board.', AWS_ANTHROPIC, '2023-09-26')).toBe(
      'contradicted',
    );
  });
});

describe('a product told as its maker’s own', () => {
  it('is the maker’s business, on a page about its deal', () => {
    for (const s of [
      'Amazon has spent billions on its own Trainium chips to cut what customers pay.',
      'Amazon has committed heavily to its own Trainium chips.',
      'The retailer also offers its own Titan models on Bedrock.',
    ])
      expect(claimsOf(s, AMAZON_OPENAI, '2026-03-02'), s).toEqual([]);
  });
  it('is a term when the other side is named with it', () => {
    expect(
      statusOf(
        'OpenAI will take two gigawatts of Amazon’s own Trainium capacity.',
        AMAZON_OPENAI,
        '2026-03-02',
      ),
    ).toBe('supported');
  });
});

describe('a product told of a deal before it was agreed, as a report', () => {
  it('is the report’s telling: unverified', () => {
    expect(
      statusOf(
        'The new contract will run on Amazon’s Trainium chips, a trade newsletter reported.',
        'OpenAI signs a $38 billion cloud deal with Amazon.',
        '2025-11-04',
      ),
    ).toBe('unverified');
  });
});

describe('a board and its directors, told with no side named', () => {
  const PAGE = 'Microsoft and OpenAI agree a new structure.';
  it('is the lab’s own governance, not a voting seat for its partner', () => {
    expect(
      claimsOf('The foundation’s board keeps the right to name the operating company’s directors.', PAGE),
    ).toEqual([]);
    expect(statusOf('Microsoft holds a voting seat on the OpenAI board.', PAGE)).toBe('contradicted');
  });
});

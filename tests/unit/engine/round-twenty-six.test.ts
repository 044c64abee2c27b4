// Phrasing families of the twenty-sixth round, in our own words: a wrong detail told in a clause of its own
// beside a true term ("…'s Series G, which B led"), and a wrong term whose words stand in two clauses, one of
// them about another deal's company ("…'s chips in a deal, while saying B stays its main cloud").
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';

const THREE_WAY =
  'Microsoft and Nvidia agreed in November to invest in Anthropic, which committed to buy Azure compute.';
const TPU = 'Google will supply Anthropic with more TPUs under an expanded cloud agreement.';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.text, c.status, c.factId]);

describe('a wrong detail told in a clause of its own', () => {
  it('is its own claim, and the true term beside it keeps its clause', () => {
    for (const detail of ['one that was led by Microsoft and Nvidia', 'a round led by Microsoft and Nvidia'])
      expect(
        judged(
          `Some of that money went into Anthropic's $30 billion Series G, ${detail}.`,
          THREE_WAY,
          '2026-03-02',
        ),
      ).toEqual([
        [
          `Some of that money went into Anthropic's $30 billion Series G, ${detail}.`,
          'contradicted',
          'mna-series-g-led-wrong',
        ],
        ["Some of that money went into Anthropic's $30 billion Series G", 'supported', 'mna-series-g-30b'],
      ]);
  });
});

describe('a wrong term whose words stand in two clauses', () => {
  it("is not pinned on the deal when one clause names the other deal's company instead", () => {
    const claims = judged(
      "Anthropic signed for up to a million of Google's TPUs in a deal, while saying Amazon stays its primary cloud.",
      TPU,
      '2025-10-24',
    );
    expect(claims.map((c) => c[2])).not.toContain('ga-cloud-primary-wrong');
    expect(claims[0]).toEqual([
      "Anthropic signed for up to a million of Google's TPUs in a deal, while saying Amazon stays its primary cloud.",
      'supported',
      'ga-tpus-1m',
    ]);
  });

  it("is still contradicted when the clause names the deal's own company", () => {
    expect(
      judged(
        'Anthropic signed for up to a million TPUs in a deal, adding that Google is its primary cloud.',
        TPU,
        '2025-10-24',
      ).map((c) => c[1]),
    ).toContain('contradicted');
  });
});

// A figure put on the deal by unnamed sources or press reports, in a sentence that names neither side ("people
// briefed on it put the price at about $10 billion"): on a page about one deal, an unverified claim about that
// deal, not nothing. A figure a named side states, or colour with no source, stays as it was. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';

const CONTEXT = 'Microsoft and OpenAI extended their partnership on Monday.';

describe('a figure put on the deal by unnamed sources', () => {
  it('is an unverified claim', () => {
    for (const s of [
      'People briefed on the talks put the price tag at roughly $10 billion, though neither side would confirm it.',
      'Neither side gave a number, but press reports have valued the arrangement at about ten billion dollars.',
      'The pact is worth several billion dollars a year, a person close to it said.',
      'The new package is widely reported at about $10 billion, though neither side has said so.',
    ])
      expect(
        claimsOf(s, CONTEXT, '2023-01-24').map((c) => c.status),
        s,
      ).toEqual(['unverified']);
  });
  it('is nothing without a source or a figure', () => {
    for (const s of [
      'Analysts put the odds of a rupture at low, and the shares barely moved.',
      'People briefed on the talks said the mood was cordial.',
    ])
      expect(claimsOf(s, CONTEXT, '2023-01-24'), s).toEqual([]);
  });
});

describe('a figure put on the headline’s deal, on a page that names other companies', () => {
  it('is the headline deal’s, unverified', () => {
    const page = {
      ...pageFromPlainText(
        [
          'Microsoft extends its OpenAI partnership with a multiyear investment.',
          'Rivals Amazon and Google are courting other labs, and Amazon also works with OpenAI.',
          'People briefed on the talks put the package at about ten billion dollars.',
        ].join('\n\n'),
      ),
      title: 'Microsoft deepens its bet on OpenAI',
      published: '2023-01-24',
    };
    const claim = judgePage(page, bundledFactBase(), { asOf: '2026-11-21' }).find((c) =>
      c.text.startsWith('People briefed'),
    );
    expect([claim?.partnership, claim?.status]).toEqual(['microsoft-openai', 'unverified']);
  });
});

describe('a press figure told as a side’s share of a venture’s equity', () => {
  it('rests on the press figure the record holds, not on no fact at all', () => {
    const claims = claimsOf(
      'Oracle’s stake in the venture’s equity comes to about $7 billion.',
      'SoftBank, OpenAI, Oracle and MGX are the first equity funders of Stargate.',
      '2025-01-25',
    );
    expect(claims.map((c) => [c.status, c.factId])).toEqual([['unverified', 'oo-oracle-7b-reported']]);
  });
});

describe("an analyst's estimate of a figure the parties never disclosed", () => {
  const AA = 'Amazon and Anthropic widened their cloud partnership again.';
  it('is the guess the record warns of: unverified, not left unread', () => {
    for (const s of [
      "Analysts at a Seattle bank reckon Amazon's holding in Anthropic comes to roughly a fifth of the company.",
      'One brokerage estimates that Amazon now owns about 19% of Anthropic.',
    ]) {
      const claims = claimsOf(s, AA, '2026-02-10');
      expect(
        claims.map((c) => `${c.status} ${c.factId}`),
        s,
      ).toEqual(['unverified aa-stake-percent-undisclosed']);
    }
  });
  it("is still nothing when the analyst's view states no figure of the deal", () => {
    const s = 'Analysts called the Anthropic tie-up a clear win for Amazon Web Services.';
    expect(claimsOf(s, AA, '2026-02-10'), s).toEqual([]);
  });
});

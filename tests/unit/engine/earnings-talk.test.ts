// Figures of a company's own results and share price, and questions left open, on a page about a deal: no term.
// The deal's own figures next to them stay claims. Our own words.
import { describe, expect, it } from 'vitest';
import { extractValues } from '../../../core/claims/values';
import { claimsOf, statusOf } from '../../support/claims-after';

const NVIDIA = 'Nvidia and OpenAI sign a letter of intent for ten gigawatts of systems.';
const ANTHROPIC = 'Microsoft and Nvidia will invest in Anthropic, which buys Azure capacity.';
const MS = 'Microsoft and OpenAI report on their partnership.';
const AMAZON = 'Amazon and OpenAI agree an investment and a larger cloud contract.';

describe('a share price move told in dollars', () => {
  it('is a company’s worth, not money put in', () => {
    const [v] = extractValues('The rally added nearly $100 billion to its market value.').values;
    expect(v.valuation).toBe(true);
    expect(
      claimsOf(
        'The chipmaker’s stock jumped, adding about $100 billion to its market value in a day.',
        NVIDIA,
      ),
    ).toEqual([]);
  });
});

describe('revenue that has grown past a figure', () => {
  it('is earnings, not a sum of the deal', () => {
    const [v] = extractValues('Its annualised revenue has climbed past $30 billion.').values;
    expect(v.valuation).toBe(true);
    expect(
      claimsOf('The lab’s annualised revenue has risen past $30 billion, insiders say.', ANTHROPIC),
    ).toEqual([]);
    expect(statusOf('Anthropic committed to buy $30 billion of Azure capacity.', ANTHROPIC)).toBe(
      'supported',
    );
  });
});

describe('a quarterly loss from an equity-method holding', () => {
  it('is a result, not the accounting term itself', () => {
    expect(
      claimsOf('The company guided to roughly $4 billion of equity-method losses next quarter.', MS),
    ).toEqual([]);
    expect(
      claimsOf('Redmond expects a $2 billion hit from its equity-method holdings this year.', MS),
    ).toEqual([]);
    expect(statusOf('Microsoft accounts for its OpenAI holding under the equity method.', MS)).toBe(
      'supported',
    );
  });
});

describe('a question the companies left open', () => {
  it('states no term', () => {
    expect(claimsOf('OpenAI would not say whether Amazon gets a seat on its board.', AMAZON)).toEqual([]);
    expect(claimsOf('A spokesperson declined to say if the retailer would join the board.', AMAZON)).toEqual(
      [],
    );
    const AMD = 'AMD grants OpenAI a warrant for up to 160 million shares.';
    expect(claimsOf('The chipmaker did not say when the warrant would begin to vest.', AMD)).toEqual([]);
    expect(statusOf('The warrant vests as OpenAI deploys more gigawatts of AMD chips.', AMD)).toBe(
      'supported',
    );
  });
});

describe('"clearer" beside a stake', () => {
  it('is no regulator’s clearance', () => {
    const PAGE = 'Amazon owns a minority stake in Anthropic, which UK regulators looked at.';
    for (const s of [
      'A stock listing would offer shareholders a clearer view of what Amazon’s holding is worth.',
      'Regulators now have a clearer picture of Amazon’s stake.',
    ])
      expect(claimsOf(s, PAGE), s).toEqual([]);
    expect(statusOf('The UK competition regulator cleared Amazon’s investment in Anthropic.', PAGE)).toBe(
      'supported',
    );
  });
});

describe('an analyst’s or banker’s view', () => {
  it('is no term of the deal', () => {
    for (const s of [
      'Analysts said the new terms leave OpenAI freer to sell through other clouds.',
      'The tie-up is a quiet win for Amazon’s cloud, one London analyst noted.',
      'The change gives OpenAI room to use any cloud it likes, in our view.',
    ])
      expect(claimsOf(s, AMAZON, '2026-05-01'), s).toEqual([]);
  });
  it('still has its wrong figures checked, and a term told beside a view stays a claim', () => {
    expect(
      statusOf('Amazon has invested $100 billion in OpenAI, one banker said.', AMAZON, '2026-05-01'),
    ).toBe('contradicted');
    expect(
      statusOf(
        'Microsoft also holds a licence to OpenAI’s models through 2032, which in our view is what matters most.',
        MS,
        '2026-05-01',
      ),
    ).toBe('supported');
  });
});

describe('a share price moving a company’s market value', () => {
  it('is market colour, whatever sum it adds or takes off', () => {
    const ctx = 'Nvidia and OpenAI signed a letter of intent.';
    for (const s of [
      'Nvidia shares climbed 3 percent on Tuesday, adding more than $100 billion in market value.',
      'The sell-off wiped about $90 billion off the chipmaker’s market value.',
    ])
      expect(claimsOf(s, ctx, '2025-09-23'), s).toEqual([]);
  });
});

describe('a share of a company’s staff', () => {
  it('is people cut or hired, not a stake', () => {
    for (const line of [
      'Redmond said it will trim 6% of its workforce before the summer.',
      'The software maker plans to lay off roughly a tenth of its staff.',
      'Microsoft is cutting about 3 percent of the company’s employees this quarter.',
    ]) {
      expect(extractValues(line).values.filter((v) => v.kind === 'percent')).toEqual([]);
      expect(claimsOf(line, MS)).toEqual([]);
    }
    // A stake told beside it is still one.
    expect(statusOf('Microsoft owns 49% of OpenAI, and it will cut 6% of its staff.', MS)).toBe(
      'contradicted',
    );
  });
});

describe('a percentage a price moved by', () => {
  it('is no share of a company', () => {
    for (const line of [
      'Microsoft stock edged up 0.4% in early trading, keeping its market value above $3 trillion.',
      'Shares of the software maker closed down about 2 per cent, trimming its market value.',
    ]) {
      expect(extractValues(line).values.filter((v) => v.kind === 'percent')).toEqual([]);
      expect(claimsOf(line, MS)).toEqual([]);
    }
    // A holding that grew to a share is still one.
    expect(statusOf("Microsoft's holding rose to about 27% in the recapitalisation.", MS)).toBe('supported');
  });
});

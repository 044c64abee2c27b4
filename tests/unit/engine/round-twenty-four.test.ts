// Phrasing families of the twenty-fourth round, in our own words: money written with an abbreviated scale inside
// the vocabulary's phrases, money pledged to a company or dropped into it, and figures said aloud without a
// currency.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { extractValues } from '../../../core/claims/values';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import { lastStartingAt } from '../../../core/page/span-search';
import { nearbyDealOf } from '../../../core/verdict/nearby-deal';
import { claimsOf } from '../../support/claims-after';

const AMAZON = 'Amazon and Anthropic expand their partnership.';
const GOOGLE = 'Google and Anthropic widen their cloud deal.';

const amounts = (s: string) =>
  extractValues(s)
    .values.filter((v) => v.kind === 'amountUsd')
    .map((v) => [v.value, s.slice(v.start, v.end)]);
const judged = (line: string, context: string, published: string) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId]);

describe('a scale abbreviated inside a phrase of the vocabulary', () => {
  it('reads "$2.75bn" and "US$2.75 bln" as "2.75 billion"', () => {
    for (const line of [
      'Amazon added another $2.75bn to Anthropic in March.',
      'Amazon added another US$2.75 bln to Anthropic in March.',
      'Amazon added another 2.75 billion dollars to Anthropic in March.',
    ])
      expect(judged(line, AMAZON, '2024-03-28')).toEqual([['supported', 'aa-inv-2-75b']]);
  });
});

describe('money pledged to a company, or dropped into it', () => {
  it('is an investment when no service is bought', () => {
    expect(judged('By then Google had committed $2bn to Anthropic.', GOOGLE, '2024-01-10')).toEqual([
      ['supported', 'ga-inv-up-to-2b'],
    ]);
    expect(judged('Amazon drops another $4bn into Anthropic.', AMAZON, '2024-11-23')).toEqual([
      ['supported', 'aa-inv-4b-2024'],
    ]);
  });

  it('is still a term dropped when no money follows', () => {
    const [claim] = claimsOf('Amazon dropped its place as the only cloud of the Claude maker.', AMAZON);
    expect(claim?.factId).not.toBe('aa-inv-4b-2024');
  });
});

describe('figures said aloud', () => {
  it('reads digits and a scale without a currency as money where money follows', () => {
    expect(amounts('By then the retailer had invested 13 billion in the lab.')).toEqual([
      [13e9, '13 billion'],
    ]);
    expect(amounts('The lab counts 13 billion parameters in its model.')).toEqual([]);
  });

  it('reads "one and a half billion" whole, not as half a billion', () => {
    expect(amounts('The chipmaker put one and a half billion dollars into the developer.')).toEqual([
      [1.5e9, 'one and a half billion dollars'],
    ]);
    expect(amounts('It paid half a billion dollars.')).toEqual([[0.5e9, 'half a billion dollars']]);
  });

  it('reads billions said on their own as money, not counts', () => {
    expect(amounts('Thirteen billion invested, all told.')).toEqual([[13e9, 'Thirteen billion']]);
    expect(amounts('Thirty-eight billion over seven years.')[0]).toEqual([38e9, 'Thirty-eight billion']);
    expect(amounts('The chatbot passed a billion weekly users.')).toEqual([]);
    expect(amounts('The app counts forty million subscribers now.')).toEqual([]);
    expect(judged('Thirteen billion invested in Anthropic, all told.', AMAZON, '2026-06-01')).toEqual([
      ['supported', 'aa-inv-13b'],
    ]);
  });
});

describe('a sentence that names no one on a page about several deals', () => {
  const page = (...blocks: string[]) => pageFromPlainText(blocks.join('\n\n'));
  const claimsIn = (p: ReturnType<typeof page>, published: string) =>
    judgePage(p, bundledFactBase(), { asOf: '2026-11-21', published });
  const HEADLINE = 'Microsoft and OpenAI rework their pact; Amazon and Anthropic talk money';

  it('goes on about the deal the text just before it names', () => {
    const p = page(
      HEADLINE,
      'Microsoft and OpenAI signed a new agreement this week.',
      'HOST: How much has Amazon put into Anthropic so far?',
      'GUEST: Thirteen billion invested, all told.',
    );
    const last = claimsIn(p, '2026-06-01').at(-1);
    expect([last?.partnership, last?.factId, last?.status]).toEqual([
      'amazon-anthropic',
      'aa-inv-13b',
      'supported',
    ]);
  });

  it("keeps the headline's deal when the text before names two deals, or none", () => {
    const two = page(
      HEADLINE,
      'Amazon and Anthropic, like Microsoft and OpenAI, keep talking. The investment now stands at $13 billion.',
    );
    expect(claimsIn(two, '2026-06-01').at(-1)?.partnership).not.toBe('amazon-anthropic');
    expect(nearbyDealOf(new Map(), new Map())).toBeNull();
  });

  it('finds the block a sentence stands in', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 30 },
      { start: 32, end: 60 },
    ];
    expect([40, 0, 12, 31].map((at) => lastStartingAt(blocks, at))).toEqual([2, 0, 1, 1]);
    expect(lastStartingAt([{ start: 5, end: 9 }], 2)).toBe(-1);
  });

  it('reads the own block only up to the sentence', () => {
    const p = page(
      HEADLINE,
      'Microsoft and OpenAI signed a new agreement this week.',
      'Thirteen billion invested, all told. Amazon and Anthropic meet again soon.',
    );
    expect(claimsIn(p, '2026-06-01').map((c) => c.partnership)).not.toContain('amazon-anthropic');
  });
});

describe('a view told as "wrote one analyst"', () => {
  it('is no claim of the article', () => {
    const MS = 'Microsoft and OpenAI report on their partnership.';
    expect(
      claimsOf(
        '"A first refusal is just exclusivity with a fee attached," wrote one analyst.',
        MS,
        '2025-02-01',
      ),
    ).toEqual([]);
  });
});

describe('a figure a news outlet or the crowd put on the deal', () => {
  const MS = 'Microsoft extends its partnership with OpenAI in a multiyear, multibillion-dollar investment.';
  it('is unverified, as a figure of unnamed sources is', () => {
    for (const line of [
      'The Financial Times put the figure at $10bn.',
      'The number everyone is quoting is ten billion dollars.',
      'The figure thrown around is $10bn.',
    ])
      expect(claimsOf(line, MS, '2023-01-24').map((c) => c.status)).toEqual(['unverified']);
  });

  it('is no claim without a figure, nor a figure without a source', () => {
    expect(claimsOf('The Financial Times covered the partnership at length.', MS, '2023-01-24')).toEqual([]);
    expect(claimsOf('The figure skater won gold in 2023.', MS, '2023-01-24')).toEqual([]);
  });
});

describe('figures in compound and spoken forms', () => {
  const of = (s: string, kind: string) =>
    extractValues(s)
      .values.filter((v) => v.kind === kind)
      .map((v) => v.value);
  it('reads a percentage written as a compound before its noun', () => {
    expect(of('The retailer holds a 12-percent stake.', 'percent')).toEqual([12]);
    expect(of('The retailer holds a 12-per-cent stake.', 'percent')).toEqual([12]);
    expect(of('The retailer holds a twelve-percent stake.', 'percent')).toEqual([12]);
  });
  it('reads "and a quarter" and "and three quarters", and thousands of megawatts', () => {
    expect(of('The chipmaker backs about three and a quarter gigawatts.', 'gigawatts')).toEqual([3.25]);
    expect(of('The lab adds 1,500 megawatts of capacity.', 'gigawatts')).toEqual([1.5]);
    expect(of('It paid two and three quarters billion dollars.', 'amountUsd')).toEqual([2.75e9]);
  });
});

describe('a date with its day first, or in numbers', () => {
  const ORACLE = 'OpenAI and Oracle work together on Stargate.';
  it('keeps its day, so a day off is a mistake', () => {
    expect(
      claimsOf('OpenAI, Oracle and SoftBank announced Stargate on 22 January 2025.', ORACLE, '2025-02-01')[0]
        ?.status,
    ).toBe('contradicted');
    expect(
      claimsOf('OpenAI, Oracle and SoftBank announced Stargate on 21 January 2025.', ORACLE, '2025-02-01')[0]
        ?.status,
    ).toBe('supported');
    expect(
      extractValues('The pact was signed on 2025-01-21.').values.find((v) => v.kind === 'month'),
    ).toMatchObject({
      value: 202501,
      day: 21,
    });
  });
});

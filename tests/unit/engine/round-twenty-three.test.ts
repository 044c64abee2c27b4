// Phrasing families of the twenty-third round, in our own words: a company's own results that only date what a
// sentence says, AGI told as carved out of the deal, and the cloud's abbreviation "GCP".
import { describe, expect, it } from 'vitest';
import { clauseSpans } from '../../../core/claims/clauses';
import { onlyDates } from '../../../core/claims/decoys';
import { claimsOf, statusOf } from '../../support/claims-after';

const MS = 'Microsoft and OpenAI report on their partnership.';
const GOOGLE = 'Google and Anthropic widen their cloud deal.';

describe("a company's own results in a clause that dates the sentence", () => {
  it('leaves the term before it a claim', () => {
    const line =
      'Microsoft is putting $1 billion into OpenAI, the pair said on Monday, days after the software maker posted third-quarter results above forecasts.';
    expect(claimsOf(line, MS, '2019-07-22').map((c) => [c.status, c.factId])).toEqual([
      ['supported', 'inv-2019-1b'],
    ]);
    expect(
      statusOf('Ahead of its quarterly earnings, Microsoft said it had put $1 billion into OpenAI.', MS),
    ).toBe('supported');
  });

  it('still sets apart a sentence whose topic is the results', () => {
    expect(claimsOf("Microsoft's quarterly results showed a charge tied to its OpenAI stake.", MS)).toEqual(
      [],
    );
    const text = 'The charge hit quarterly results, after OpenAI raised money';
    expect(onlyDates(text, { start: text.indexOf('quarterly') }, clauseSpans(text))).toBe(false);
  });
});

describe('AGI carved out of the deal', () => {
  it('is the 2019 exclusion, outdated since October 2025', () => {
    for (const line of [
      'Artificial general intelligence is carved out of the commercial arrangement altogether.',
      'Whatever counts as AGI is left out of what Microsoft may sell.',
    ]) {
      const [claim] = claimsOf(line, MS);
      expect([claim?.status, claim?.factId]).toEqual(['outdated', 'agi-excluded']);
    }
    // Not Microsoft's freedom to chase AGI outside the partnership.
    expect(claimsOf('Microsoft may now pursue AGI on its own, outside the partnership.', MS)[0]?.factId).toBe(
      'agi-ms-independent',
    );
  });
});

describe('"GCP", the abbreviation of Google Cloud Platform', () => {
  it('names Google as a product of its own', () => {
    expect(statusOf('GCP is now the main cloud of the Claude maker.', GOOGLE)).toBe('contradicted');
    expect(statusOf('Anthropic plans to tap up to a million TPUs through GCP.', GOOGLE)).toBe('supported');
  });
});

describe('a sum told as what came before new money', () => {
  const AMAZON = 'Amazon and Anthropic expand their partnership.';
  it('is true of its time, not a total told as current', () => {
    const line =
      'Amazon is putting another $5 billion into Anthropic this spring, on top of the $8 billion it has already invested.';
    expect(claimsOf(line, AMAZON, '2026-04-20').map((c) => c.status)).not.toContain('outdated');
    expect(statusOf(line, AMAZON, '2026-04-20')).toBe('supported');
    // The same sum told as the whole of it today is out of date.
    expect(statusOf('Amazon has invested $8 billion in Anthropic so far.', AMAZON)).toBe('outdated');
  });
});

describe('a second statement opened by "some", "many", "several" …', () => {
  const AMD = 'AMD and OpenAI sign a multi-year GPU agreement.';
  it('is read on its own: the first keeps its own verdict', () => {
    const line =
      'AMD says its first gigawatt of MI450 chips is on schedule for the back half of the year, and many reports say the racks have already begun to ship.';
    expect(claimsOf(line, AMD, '2026-09-01').map((c) => [c.status, c.factId])).toEqual([
      ['supported', 'ao-first-gw-h2-2026'],
    ]);
  });
});

describe('a line without a verb that goes on about the deal ("Still a minority stake.")', () => {
  const AMAZON = 'Amazon puts another $4 billion into Anthropic.';
  it("speaks of the page's deal, as a pronoun would", () => {
    expect(claimsOf('Still a minority holding, both sides stress.', AMAZON, '2024-03-28')[0]?.factId).toBe(
      'aa-minority',
    );
    expect(statusOf('Also no seat on the board.', AMAZON, '2024-03-28')).toBe('supported');
    // Not a line that opens without such a word.
    expect(claimsOf('A minority holding is common for cloud providers.', AMAZON, '2024-03-28')).toEqual([]);
  });
});

describe("a group's sum that a party was one of", () => {
  const AMAZON = 'Amazon and OpenAI: an old tie.';
  it('is not that party stating an undisclosed figure of its own', () => {
    for (const line of [
      'AWS was among the early backers that promised the nonprofit’s $1 billion at its founding in 2015.',
      'OpenAI was founded in 2015 with $1 billion in pledges from backers that included Amazon Web Services.',
    ]) {
      const [claim] = claimsOf(line, AMAZON, '2026-03-01');
      expect([claim?.status, claim?.factId]).toEqual(['supported', 'zo-founding-backer']);
    }
    // Its own share of that sum was never disclosed.
    expect(
      statusOf('Amazon itself pledged $1 billion to OpenAI at its founding.', AMAZON, '2026-03-01'),
    ).toBe('unverified');
  });
});

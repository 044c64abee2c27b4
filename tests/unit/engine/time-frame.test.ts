import { describe, expect, it } from 'vitest';
import { framingOf } from '../../support/framing-of';
import { clauseSpans } from '../../../core/claims/clauses';
import { timeMarkers } from '../../../core/claims/time-frame';

describe('time framing', () => {
  it('reads tense and time words before the assertion', () => {
    expect(framingOf('Azure is the exclusive cloud provider.', 'exclusive')).toBe('present');
    expect(framingOf('Azure was the exclusive cloud provider.', 'exclusive')).toBe('past');
    expect(framingOf('OpenAI had been exclusively tied to Azure since 2019.', 'exclusively')).toBe('past');
    expect(framingOf('Until recently Microsoft held a seat.', 'seat')).toBe('past');
    expect(framingOf('Azure will be the exclusive provider.', 'exclusive')).toBe('present');
  });

  it('reads the verb after a participle that describes a common noun (a reduced relative)', () => {
    expect(framingOf('The calls made through the reseller still go to the maker.', 'calls')).toBe('present');
    // After a named subject the participle is the verb of a relative clause of its own: it counts.
    expect(framingOf('The right Contoso Corp. held on the capacity has ended.', 'right')).toBe('past');
  });

  it('reads "did" and "obliged" as past verbs', () => {
    expect(framingOf('The lab did not host its models on that cloud.', 'host')).toBe('past');
    expect(framingOf('The letter obliged the buyer to fund the rest.', 'fund')).toBe('past');
  });

  it('reads a full date with its day as a past time', () => {
    expect(framingOf('The models reached the platform on March 3, 2026, in a preview.', 'preview')).toBe(
      'past',
    );
  });

  it('treats the present perfect as present', () => {
    expect(framingOf('Microsoft has granted an exclusive license.', 'exclusive')).toBe('present');
    // Two words between the auxiliary and the participle.
    expect(framingOf('The chipmaker has not yet invested in the lab.', 'invested')).toBe('present');
    expect(framingOf('The lender has also already invested in the lab.', 'invested')).toBe('present');
    // Three are a clause of its own, not a perfect.
    expect(framingOf('The lender has said the chipmaker invested in the lab.', 'invested')).toBe('past');
  });

  it('reads each clause on its own', () => {
    const s = 'Microsoft, once the sole provider for OpenAI, now holds a right of first refusal.';
    expect(framingOf(s, 'sole')).toBe('past');
    expect(framingOf(s, 'right of first refusal')).toBe('present');
  });

  it('defaults to the present when nothing says otherwise', () => {
    expect(framingOf('Exclusive cloud provider: Azure.', 'Exclusive')).toBe('present');
  });
});

describe('clauseSpans', () => {
  it('splits at punctuation and contrastive conjunctions', () => {
    const s = 'A, B; C but D';
    expect(clauseSpans(s).map((c) => s.slice(c.start, c.end).trim())).toEqual(['A', 'B', 'C', 'but D']);
  });

  it('keeps a figure or a date whole: its comma is no boundary', () => {
    const pieces = (s: string) => clauseSpans(s).map((c) => s.slice(c.start, c.end).trim());
    expect(pieces('The lab signed on May 3, 2024, and paid $1,250 million')).toEqual([
      'The lab signed on May 3, 2024',
      'and paid $1,250 million',
    ]);
    expect(pieces('It paid 12, then 13')).toEqual(['It paid 12', 'then 13']);
  });

  it('splits at "yet" as a conjunction, not as an adverb', () => {
    const pieces = (s: string) => clauseSpans(s).map((c) => s.slice(c.start, c.end).trim());
    expect(pieces('The stake is small yet it carries a board seat')).toEqual([
      'The stake is small',
      'yet it carries a board seat',
    ]);
    for (const s of [
      'The lender has not yet paid in',
      "The lender hasn't yet paid in",
      'The lender has yet to pay in',
      'No money has moved as yet from the lender',
      'The lender raised its pledge yet again',
    ])
      expect(pieces(s), s).toEqual([s]);
  });
});

describe('"once"', () => {
  const pastAtOnce = (s: string) =>
    timeMarkers(s).some((m) => m.at === s.toLowerCase().indexOf('once') && m.framing === 'past');
  it('is the past as an adverb: before a noun phrase or a verb in the past', () => {
    for (const s of [
      'Azure was once the sole cloud for the lab.',
      'The firm once held a seat on the board.',
      "It was once largely the lab's only backer.",
      "Redmond, once Microsoft's biggest bet, kept its licence.",
    ])
      expect(pastAtOnce(s), s).toBe(true);
  });
  it('is a conjunction before a clause in the present, or a participle set off by a comma', () => {
    for (const s of [
      'Once the lab declares AGI, the licence ends.',
      'Once its expert panel verifies the claim, the terms change.',
      'Once the board meets, it will vote.',
      'Once signed, the deal runs for seven years.',
    ])
      expect(pastAtOnce(s), s).toBe(false);
  });
});

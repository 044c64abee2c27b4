// How explainers, FAQs, columns and roundups put things (round eleven), in our own words: questions that only
// ask, a profit share told without its figure.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import type { JudgedClaim } from '../../../core/types';

const fb = bundledFactBase();

function claimsOf(sentence: string, context: string, published: string | null = null): JudgedClaim[] {
  const page = pageFromPlainText(`${context}\n\n${sentence}`);
  return judgePage(page, fb, { asOf: '2026-11-21', published }).filter((c) => c.start > context.length);
}
const statusOf = (sentence: string, context: string, published: string | null = null) =>
  claimsOf(sentence, context, published)[0]?.status ?? null;

const MS = 'Microsoft and OpenAI rewrote their partnership this week.';
const AMD = 'AMD and OpenAI signed a chip agreement.';

describe('a yes-or-no question', () => {
  it('asserts nothing: its answer does', () => {
    expect(claimsOf('Does Microsoft still own 49% of OpenAI?', MS)).toEqual([]);
    expect(claimsOf('Q: Is Azure still the only cloud OpenAI may use?', MS)).toEqual([]);
    expect(claimsOf('Was the warrant really for 160 million AMD shares?', AMD)).toEqual([]);
    expect(statusOf('No: Microsoft has never owned 49% of OpenAI.', MS)).toBe('supported');
  });
  it('is told by its leading auxiliary verb and its question mark only', () => {
    expect(isYesNoQuestion('Is it six gigawatts or ten?')).toBe(true);
    expect(isYesNoQuestion('Why did the lab take $1 billion?')).toBe(false);
    expect(isYesNoQuestion('It is six gigawatts, is it not.')).toBe(false);
    expect(isYesNoQuestion('Isolated from the rest, the lab took $1 billion?')).toBe(false);
  });
});

describe('a profit share told without its figure', () => {
  it('is the entitlement Microsoft had until the 2025 restructuring', () => {
    const share = claimsOf('Its return comes as a cut of the lab’s profits, not as shares.', MS)[0];
    expect([share?.status, share?.factId]).toEqual(['outdated', 'profit-share']);
    expect(
      statusOf('Before the 2025 restructuring, Microsoft’s return was a slice of OpenAI’s profits.', MS),
    ).toBe('supported');
  });
  it('leaves a percentage of profits the companies never gave unverified', () => {
    expect(statusOf('Microsoft takes 60% of OpenAI’s profits until it is paid back.', MS)).toBe('unverified');
  });
});

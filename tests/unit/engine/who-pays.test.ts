// Who pays whom under a spending commitment: the lab buys computing from the cloud, so "the cloud agreed to pay
// the lab" turns the deal round. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import type { JudgedClaim } from '../../../core/types';

const fb = bundledFactBase();

function judge(sentence: string, context: string): JudgedClaim | null {
  const page = pageFromPlainText(`${context}\n\n${sentence}`);
  const claims = judgePage(page, fb, { asOf: '2026-11-21', published: null }).filter(
    (c) => c.start > context.length,
  );
  return claims[0] ?? null;
}

const AWS = 'Amazon and OpenAI have a computing agreement.';
const ORACLE = 'Oracle and OpenAI have a computing agreement.';

describe('the payer of a spending commitment', () => {
  it('is contradicted when the seller is said to pay the buyer', () => {
    const swapped = judge('Amazon agreed to pay OpenAI $38 billion over seven years.', AWS);
    expect([swapped?.status, swapped?.factId]).toEqual(['contradicted', 'zo-38b']);
    expect(swapped?.why).toContain("the parties' roles are swapped");
    expect(judge('Oracle will pay $300 billion to OpenAI over five years.', ORACLE)?.status).toBe(
      'contradicted',
    );
  });

  it('agrees when the buyer pays the seller', () => {
    expect(judge('OpenAI agreed to pay Amazon $38 billion over seven years.', AWS)?.status).toBe('supported');
    expect(judge('OpenAI will pay Oracle $300 billion over five years.', ORACLE)?.status).toBe('supported');
  });

  it('leaves the passive and money received alone', () => {
    expect(judge('Amazon will be paid $38 billion by OpenAI over seven years.', AWS)?.status).not.toBe(
      'contradicted',
    );
    expect(
      judge('Amazon agreed to $38 billion of spending from OpenAI over seven years.', AWS)?.status,
    ).not.toBe('contradicted');
  });
});

describe('a pronoun after a colon', () => {
  const ANTHROPIC = 'Microsoft, Nvidia and Anthropic struck a three-way deal.';
  it('stands for the party the clause before names first', () => {
    const s = 'Redmond’s own stake is the smaller one: it pledged up to $5 billion to Anthropic.';
    const c = judge(s, ANTHROPIC);
    expect(c && `${c.status} ${c.factId}`).toBe('supported mna-inv-microsoft-up-to-5b');
  });
});

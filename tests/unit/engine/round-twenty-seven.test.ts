// Phrasing families of the twenty-seventh round, in our own words: customers reaching a lab's models through a
// platform ("developers can access the models via it").
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { compileFactBase } from '../../../core/verdict/compile';
import { worthReading } from '../../../core/verdict/worth-reading';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId]);

describe('customers reaching the models through a platform', () => {
  const LEDE = 'Amazon and Anthropic widened their work together this week.';
  it('is the platform offering them, though the sentence has no claim word', () => {
    for (const line of [
      'Developers can now access Claude through Amazon Bedrock.',
      'Teams will access the Claude models via Bedrock from next month.',
      'Builders call Claude through Bedrock like any other model there.',
    ])
      expect(judged(line, LEDE, '2023-10-02')).toEqual([['supported', 'aa-bedrock']]);
  });

  it('is read only when the platform follows the words closely', () => {
    const cfb = compileFactBase(bundledFactBase());
    expect(worthReading('Developers can access Claude through Bedrock.', cfb)).toBe(true);
    expect(
      worthReading('Developers can access the new app; it sits beside Bedrock in the console.', cfb),
    ).toBe(false);
  });
});

// Phrasing families of the twenty-fifth round, in our own words: a term told by the deal's own noun ("The pact
// …") on a page that names other deals too, and such a sentence that turns to another deal after a semicolon or
// a colon.
import { describe, expect, it } from 'vitest';
import { dealParts } from '../../../core/verdict/deal-parts';
import { compileFactBase } from '../../../core/verdict/compile';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { claimsOf } from '../../support/claims-after';

const CHIPS =
  'AMD agrees to supply OpenAI with six gigawatts of its chips.\n\nIt comes a month after Nvidia signed a letter of intent with OpenAI.\n\nAMD shares jumped on the news.';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.text, c.status, c.factId]);

describe("a term told by the deal's own noun", () => {
  it('speaks of the deal the page opens on, though the page names another', () => {
    for (const noun of ['pact', 'deal', 'arrangement', 'agreement'])
      expect(judged(`The ${noun} is not exclusive.`, CHIPS, '2025-10-07')).toEqual([
        [`The ${noun} is not exclusive.`, 'supported', 'ao-not-exclusive'],
      ]);
  });

  it('turned to another deal after a semicolon or a colon, gives each deal its own claim', () => {
    for (const turn of ['; ', ': '])
      expect(
        judged(
          `The pact is not exclusive${turn}Nvidia stays OpenAI's preferred partner for compute.`,
          CHIPS,
          '2025-10-07',
        ),
      ).toEqual([
        ['The pact is not exclusive', 'supported', 'ao-not-exclusive'],
        ["Nvidia stays OpenAI's preferred partner for compute.", 'supported', 'no-preferred-partner'],
      ]);
  });
});

describe("the parts of a sentence led by a term's noun", () => {
  const cfb = compileFactBase(bundledFactBase());
  const deal = (id: string) => cfb.partnerships.find((p) => p.partnership.id === id) ?? null;
  const parts = (s: string, id: string) =>
    dealParts(s, cfb.partnerships, deal(id))?.map((p) => s.slice(p.start, p.end)) ?? null;

  it('are not split when the rest goes on about the same deal', () => {
    expect(
      parts('The pact is not exclusive; AMD will also grant OpenAI a warrant.', 'amd-openai'),
    ).toBeNull();
  });

  it('are not split when the first piece names a company itself', () => {
    expect(
      parts("The pact with AMD is not exclusive; Nvidia stays OpenAI's preferred partner.", 'amd-openai'),
    ).toBeNull();
  });

  it('split at the first turn when the rest names both sides of another deal', () => {
    expect(
      parts("The pact is not exclusive; Nvidia stays OpenAI's preferred partner.", 'amd-openai'),
    ).toEqual(['The pact is not exclusive', "Nvidia stays OpenAI's preferred partner."]);
  });
});

// Engine v2, family by family, in sentences of our own: paraphrases the fact base never listed, number words,
// value roles, several claims in one sentence, time, other companies, unknown terms and removed terms.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import type { Status } from '../../../core/types';

const AS_OF = '2026-11-21';
const CONTEXT = 'Microsoft and OpenAI: what the deal says now.';

/** Every claim of a sentence on a page about the partnership, as "status(factId)". */
function claimsOf(sentence: string, published: string | null = null): string[] {
  const text = `${CONTEXT}\n\n${sentence}`;
  const page = {
    text,
    title: CONTEXT,
    published,
    blocks: [
      { start: 0, end: CONTEXT.length },
      { start: CONTEXT.length + 2, end: text.length },
    ],
    url: null,
  };
  return judgePage(page, bundledFactBase(), { asOf: AS_OF })
    .filter((c) => c.start > CONTEXT.length)
    .map((c) => `${c.status}${c.factId ? `(${c.factId})` : ''}`);
}

const families: Record<string, Array<[string, Status | null]>> = {
  'paraphrased terms': [
    ['Microsoft wired the lab one billion dollars in 2019.', 'supported'],
    ['Redmond holds the right to match any rival compute offer to OpenAI.', 'outdated'],
    ['OpenAI alone can no longer call AGI; an outside panel must confirm it.', 'supported'],
    ['The revenue split OpenAI pays Microsoft now has a ceiling.', 'supported'],
    ['Microsoft is free to chase AGI on its own.', 'supported'],
    ['Microsoft holds a sizeable ownership position in OpenAI worth about $135 billion.', 'supported'],
    ["Microsoft's exclusive hold on OpenAI's cloud is over.", 'supported'],
    ['Microsoft no longer gets the first say when OpenAI buys more computing power.', 'supported'],
    ['New OpenAI products launch on Azure first unless Microsoft cannot support them.', 'supported'],
  ],
  'number words and fractions': [
    ['Microsoft put twelve billion dollars into OpenAI in 2019.', 'contradicted'],
    ["Microsoft's slice of OpenAI is nearly half.", 'contradicted'],
    ['Microsoft owns one-half of OpenAI.', 'contradicted'],
    ['Microsoft holds one-fifth of OpenAI Group PBC.', 'contradicted'],
    ['OpenAI hands Microsoft a fifth of its revenue.', 'unverified'],
  ],
  'value roles': [
    ['OpenAI is valued at $500 billion, and Microsoft has put $13 billion into it.', 'supported'],
    ["Microsoft's stake in OpenAI is worth $200 billion.", 'contradicted'],
    ['Microsoft has poured a quarter of a trillion dollars into OpenAI.', 'contradicted'],
    ['OpenAI is valued at $135 billion, Microsoft says.', 'contradicted'],
    ['Microsoft is reportedly seeking a 30% stake in the new OpenAI entity.', 'unverified'],
  ],
  time: [
    ['Azure was once the sole cloud provider for OpenAI.', 'supported'],
    ['Azure remains the only cloud OpenAI can use.', 'outdated'],
    ['Microsoft told regulators in 2023 that it did not own any part of OpenAI.', 'supported'],
    ['As of mid-2025, Microsoft could still match rival cloud bids for OpenAI.', 'supported'],
    ['Until early 2025, OpenAI ran everything on Azure alone.', 'supported'],
    ['Microsoft and OpenAI signed a July 2025 amendment to their deal.', 'contradicted'],
    ['Microsoft and OpenAI rewrote their agreement in April 2026.', 'supported'],
    ['Microsoft and OpenAI first announced their partnership in March 2021.', 'contradicted'],
  ],
  'other companies': [
    ['ChatGPT can now be served from Oracle or Google data centres too.', 'supported'],
    ['OpenAI signed an exclusive deal with a music label.', null],
    ['Redmond invested two billion dollars in data centres in Spain, unrelated to OpenAI.', null],
  ],
  'unknown and removed terms': [
    ['Microsoft and OpenAI also agreed a ten-year non-compete between the two.', 'unverified'],
    ['OpenAI must let Microsoft review every new model for six months before launch.', 'unverified'],
    [
      "OpenAI keeps paying Microsoft a capped share of revenue through 2030, and the clause that would have cut Microsoft's rights at AGI has been scrapped.",
      'supported',
    ],
  ],
  decoys: [
    ['Microsoft shares have risen about 20% this year.', null],
    ['OpenAI expects revenue of $13 billion this year, its finance chief said.', null],
    ['OpenAI took a minority stake in a Swedish battery maker last year.', null],
    ['Microsoft wants to rely less on OpenAI by building its own models.', null],
  ],
};

describe('engine v2 families (as of 2026-11-21)', () => {
  for (const [family, cases] of Object.entries(families)) {
    describe(family, () => {
      it.each(cases)('%s → %s', (sentence, status) => {
        const got = claimsOf(sentence);
        if (status === null) expect(got).toEqual([]);
        else expect(got.map((c) => c.replace(/\(.*$/, ''))).toContain(status);
      });
    });
  }

  it('gives each verdict of a sentence its own claim', () => {
    expect(
      claimsOf("Besides its $13 billion in funding, Microsoft enjoys sole rights to host OpenAI's API."),
    ).toEqual(['outdated(api-exclusive)', 'supported(inv-total-13b)']);
  });
});

// Phrasing families of the thirtieth round, in our own words: two figures in two clauses are two statements, though
// the words of one frame reach across both.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { extractValues } from '../../../core/claims/values';
import { pageFromPlainText } from '../../../core/page/extract';
import { claimsOf } from '../../support/claims-after';

const valuesOf = (text: string) =>
  extractValues(text).values.map((v) => [v.kind, v.value, text.slice(v.start, v.end), v.upTo]);

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId, c.text]);

describe('two figures, each in a clause of its own', () => {
  const lede = 'Microsoft, Nvidia and Anthropic struck a three-way deal.';

  it('make two claims, though one frame reads words of both clauses', () => {
    const line =
      'Under the deal Anthropic has committed to purchasing $30 billion of Azure compute capacity and to contracting further capacity, up to one gigawatt.';
    expect(judged(line, lede, '2025-11-20')).toEqual([
      ['supported', 'mna-azure-30b', line],
      ['supported', 'mna-1gw', 'and to contracting further capacity, up to one gigawatt.'],
    ]);
  });

  it('still show a wrong figure told in the second clause', () => {
    const line =
      'Anthropic has committed to purchasing $30 billion of Azure compute capacity and to contracting at least one gigawatt more.';
    const claims = judged(line, lede, '2025-11-20');
    expect(claims.map(([status]) => status)).toContain('contradicted');
  });
});

describe('the venture a deal is part of, told in its own terms', () => {
  const lede = 'Oracle, OpenAI and SoftBank announced the Stargate venture.';

  it('knows the share of its money that was to go to work at once', () => {
    const line =
      'Stargate will spend $500 billion over four years, with $100 billion going to work right away.';
    expect(judged(line, lede, '2025-02-01')).toEqual([['supported', 'oo-stargate-100b-now', line]]);
  });

  it('knows the day it was announced, though the sentence names neither side', () => {
    expect(
      judged('Stargate was unveiled on January 22, 2025, at the White House.', lede, '2025-02-01'),
    ).toEqual([
      [
        'contradicted',
        expect.stringMatching(/^oo-stargate-/),
        'Stargate was unveiled on January 22, 2025, at the White House.',
      ],
    ]);
  });
});

describe('a term two deals share', () => {
  it("is told as the deal's the page leads with, though the sentence names the other investor", () => {
    const lede =
      "Amazon's $50 billion bet on OpenAI\n\nAmazon agreed to put $50 billion into OpenAI this week.";
    const line =
      'The whole round comes to $110 billion at a $730 billion pre-money valuation, with Nvidia adding $30 billion.';
    const claims = claimsOf(line, lede, '2026-03-02').map((c) => [c.status, c.partnership, c.factId]);
    expect(claims).toContainEqual([
      'supported',
      'amazon-openai',
      expect.stringMatching(/^zo-(round|valuation)-/),
    ]);
    expect(claims).toContainEqual(['supported', 'nvidia-openai', 'no-inv-30b']);
  });

  it("stays the named deal's on a page that leads with no deal of its own record", () => {
    const lede =
      "Nvidia's $30 billion stake in OpenAI\n\nNvidia agreed to put $30 billion into OpenAI this week.";
    const line = 'The whole round comes to $110 billion at a $730 billion pre-money valuation.';
    const claims = claimsOf(line, lede, '2026-03-02').map((c) => [c.status, c.partnership]);
    expect(claims).toEqual([['supported', 'nvidia-openai']]);
  });
});

describe('an investment told by its place in a series', () => {
  const lede = 'Microsoft and OpenAI have worked together since 2019.';

  it('reads a multibillion-dollar extension of the deal as the undisclosed sum it was', () => {
    const line = 'Early in 2023 the pair agreed a multiyear, multibillion-dollar extension of their tie-up.';
    expect(judged(line, lede, '2023-06-01')).toEqual([['supported', 'inv-2023-multiyear', line]]);
  });

  it('reads "a second sum followed" in a given year as the second investment', () => {
    const line = 'A second sum of undisclosed size followed in 2021.';
    expect(judged(line, lede, '2023-06-01')).toEqual([['supported', 'inv-2021', line]]);
  });

  it('reads "a second round" in a given year as the second investment', () => {
    const line = 'Microsoft came back with a second round in 2021, its size never made public.';
    expect(judged(line, lede, '2023-06-01')).toEqual([['supported', 'inv-2021', line]]);
  });
});

describe('a board seat told as picked up', () => {
  it('is a seat taken, which the record may rule out', () => {
    const line = "With the new money Amazon picked up a seat on Anthropic's board.";
    expect(judged(line, 'Amazon and Anthropic deepen ties.', '2024-04-01')).toEqual([
      ['contradicted', 'aa-board-seat-wrong', line],
    ]);
  });
});

describe('a headline that names two sides of a three-way deal', () => {
  it('leads the page with that deal, though other deals of one side are told too', () => {
    const text = [
      'Anthropic will buy Azure capacity, and Nvidia and Microsoft will invest in it.',
      "Amazon stays Anthropic's main cloud, and Google keeps selling it TPUs.",
      'That compute will run on Nvidia Grace Blackwell and Vera Rubin systems.',
    ].join('\n\n');
    const page = { ...pageFromPlainText(text), title: 'Claude lands on Azure in a three-way pact' };
    const claims = judgePage(page, bundledFactBase(), { asOf: '2026-11-21', published: '2025-11-20' });
    expect(claims.filter((c) => c.text.startsWith('That compute')).map((c) => [c.status, c.factId])).toEqual([
      ['supported', 'mna-chips'],
    ]);
  });
});

describe('a ceiling told in other words', () => {
  const lede = 'Amazon and Anthropic keep adding to their deal.';

  it('reads "could go as high as" as the most a sum may reach, not money paid', () => {
    const line = 'Amazon has put $13 billion into Anthropic so far and could go as high as $33 billion.';
    expect(judged(line, lede, '2026-06-01').map(([status]) => status)).toEqual(['supported']);
  });

  it('reads a list item "$N: the most …" or "$N: its maximum …" as a ceiling', () => {
    const most = '$33 billion: the most Amazon may end up paying into Anthropic.';
    expect(judged(most, lede, '2026-06-01')).toEqual([['supported', 'aa-inv-up-to-33b', most]]);
    expect(valuesOf('$5 billion: its maximum stake').map(([, , , upTo]) => upTo)).toEqual([true]);
    expect(valuesOf('$5 billion: a stake').map(([, , , upTo]) => upTo)).toEqual([false]);
  });
});

describe("a class's gap", () => {
  it('does not step over a comma into the next clause', () => {
    const line = 'Amazon put in $50 billion of equity, plus a compute deal that later grew by $100 billion.';
    const claims = judged(line, 'Amazon and OpenAI widen their ties.', '2026-03-05');
    expect(claims.map(([status, factId]) => [status, factId])).toContainEqual(['supported', 'zo-inv-50b']);
    expect(claims.map(([status]) => status)).not.toContain('contradicted');
  });
});

describe('a ceiling told of another sum in the sentence', () => {
  it('does not make the firm sum beside it an "up to" one', () => {
    const line =
      'Anthropic will buy $30 billion of Azure capacity, while Nvidia commits up to $10 billion and Microsoft up to $5 billion.';
    const claims = judged(line, 'Microsoft, Nvidia and Anthropic struck a three-way deal.', '2025-11-20');
    expect(claims.map(([status]) => status)).not.toContain('contradicted');
    expect(claims.map(([, factId]) => factId)).toContain('mna-azure-30b');
  });
});

describe("a slice of a company's work", () => {
  const lede = 'Oracle, Microsoft and OpenAI agreed on more cloud capacity.';

  it('is no stake in the company', () => {
    expect(judged("Oracle won a slice of OpenAI's workload that summer.", lede, '2024-07-12')).toEqual([]);
  });

  it('while a slice of the company itself still is', () => {
    expect(judged('Oracle took a slice of OpenAI.', lede, '2024-07-12').map(([status]) => status)).toEqual([
      'contradicted',
    ]);
  });
});

describe('"It" holding a licence', () => {
  it('stands for a side of the deal the headline leads with, so an exclusive licence is read with both sides', () => {
    const paragraphs = [
      'Microsoft and OpenAI rewrote their deal in October 2025, and Amazon signed a cloud deal with OpenAI.',
      "Microsoft gave up some ground. It keeps exclusive rights to OpenAI's models and products through 2032.",
    ];
    const page = {
      ...pageFromPlainText(paragraphs.join('\n\n')),
      title: "Microsoft's grip on OpenAI, a month on",
    };
    const claims = judgePage(page, bundledFactBase(), { asOf: '2026-11-21', published: '2025-11-20' });
    expect(claims.filter((c) => c.text.startsWith('It keeps')).map((c) => [c.status, c.factId])).toEqual([
      ['outdated', 'license-exclusive'],
    ]);
  });
});

describe('a yes-or-no question after a transition', () => {
  it('asserts nothing', () => {
    expect(isYesNoQuestion("Meanwhile, has AMD's warrant begun to vest?")).toBe(true);
    expect(isYesNoQuestion('Still, does the licence cover hardware?')).toBe(true);
    expect(isYesNoQuestion('Meanwhile, the warrant has begun to vest.')).toBe(false);
  });
});

describe('a part of a round told by whose it is', () => {
  it("is that investor's money in the round", () => {
    const line =
      "Anthropic's $65 billion Series H folded in $15 billion that cloud providers had promised earlier, $5 billion of it from Amazon.";
    expect(judged(line, 'Amazon and Anthropic keep adding to their deal.', '2026-06-15')).toEqual([
      ['supported', 'aa-series-h-5b', line],
    ]);
  });
});

describe('a running total of money put in', () => {
  const lede = 'Amazon and Anthropic keep adding to their deal.';

  it('is the investment so far, outdated once the total grew', () => {
    const line = "Amazon's total now stands at $8 billion, after a second $4 billion in November.";
    expect(judged(line, lede, '2025-02-10').map(([status, factId]) => [status, factId])).toEqual([
      ['outdated', 'aa-inv-8b'],
      ['supported', 'aa-inv-4b-2024'],
    ]);
  });
});

describe('a stake told without the dilution', () => {
  it('is the share Microsoft gave with the dilution left out', () => {
    const lede = 'Microsoft and OpenAI restructured their deal in October.';
    for (const line of [
      'Strip out the dilution from the newest rounds and the number would be 32.5%.',
      'Set aside the dilution from the newest rounds, and the number rises to 32.5%.',
    ])
      expect(judged(line, lede, '2025-11-04')).toEqual([['supported', 'stake-32-5', line]]);
  });
});

describe('"put in a cent"', () => {
  it('is no money put in', () => {
    const line = "Azure became OpenAI's primary cloud in 2016, before Microsoft had invested a penny.";
    expect(judged(line, 'Microsoft and OpenAI go back a long way.', '2025-06-01')).toEqual([
      ['supported', 'cloud-primary-2016', line],
    ]);
  });
});

describe('TPU and GPU clusters promised in 2023', () => {
  it('are the first cloud deal, not the TPU deal of two years later', () => {
    const line =
      'Google Cloud also became one of its cloud providers, with Google pledging to build big TPU and GPU clusters for it.';
    expect(judged(line, 'Google and Anthropic struck a cloud deal.', '2023-06-14')).toEqual([
      ['supported', 'ga-cloud-provider', line],
    ]);
  });
});

// A page about the partnership full of market colour, numbers and deal words that state no partnership
// term: nothing on it is a claim. Written by us, in the style of long explainer articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import { claimsOf, statusOf } from '../../support/claims-after';

const text = readFileSync(new URL('../../fixtures/engine/market-colour.txt', import.meta.url), 'utf8');

describe('a partnership page with no partnership claims', () => {
  it('flags nothing', () => {
    const claims = judgePage(pageFromPlainText(text), bundledFactBase(), { asOf: '2026-11-21' });
    expect(claims.map((c) => c.text)).toEqual([]);
  });

  it('still flags a real claim added to it', () => {
    const page = pageFromPlainText(`${text}\n\nAzure is still OpenAI's exclusive cloud provider.`);
    const claims = judgePage(page, bundledFactBase(), { asOf: '2026-11-21' });
    expect(claims.map((c) => c.status)).toEqual(['outdated']);
  });
});

describe('an analyst’s view that names a unit by its article ("a gigawatt", "a billion dollars")', () => {
  it('states no figure, so it is no claim', () => {
    const AMAZON = 'Amazon and Anthropic agreed on more Trainium capacity.';
    expect(
      claimsOf(
        '“Each gigawatt the lab puts on Trainium is a gigawatt lost to rivals,” said Dana Reyes, a chip analyst at a Zurich bank.',
        AMAZON,
        '2026-04-21',
      ),
    ).toEqual([]);
  });
  it('still checks a figure the analyst states', () => {
    expect(
      statusOf(
        'Amazon has put $13 billion into Anthropic, an analyst at one bank noted.',
        'Amazon backs Anthropic.',
        '2026-05-01',
      ),
    ).toBe('supported');
  });
});

describe("the market's mood told through its investors", () => {
  it('is no money put in', () => {
    const MS = 'Microsoft and OpenAI struck a multiyear deal.';
    for (const s of [
      'Microsoft stock ended the week flat after a run-up this year on investor optimism about its AI assistants.',
      'Investor appetite for Microsoft shares cooled in 2023 as the lab burned cash.',
    ])
      expect(claimsOf(s, MS, '2023-12-09'), s).toEqual([]);
  });
});

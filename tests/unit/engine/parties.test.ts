import { describe, expect, it } from 'vitest';
import { compilePartyMatcher, pagePartiesIn, partiesIn, urlWords } from '../../../core/claims/parties';
import { bundledFactBase } from '../../../core/factbase/bundled';

const matcher = compilePartyMatcher(bundledFactBase().partnerships[0]);

describe('parties and aliases', () => {
  it.each([
    ['MSFT shares', true, false],
    // Blogs shorten the lab's name as traders shorten a listed company's.
    ["MSFT's bet on OAI", true, true],
    ['the Redmond-based company backed it', true, false],
    ["Satya Nadella's company", true, false],
    ['the ChatGPT maker', false, true],
    ['Sam Altman’s company', false, true],
    ['Azure hosts ChatGPT', true, true],
    ['Microsoftish things and OpenAIx', false, false],
  ])('%s', (text, first, second) => {
    expect(partiesIn(text, matcher)).toEqual([first, second]);
  });

  it('uses hints (leaders, descriptors) only for what a page is about', () => {
    expect(partiesIn('Altman met the cloud giant', matcher)).toEqual([false, false]);
    expect(pagePartiesIn('Altman met the cloud giant', matcher)).toEqual([true, true]);
  });

  it('reads the words of a URL', () => {
    expect(urlWords('https://www.example.com/news/microsofts-stake-in-openai/')).toBe(
      'example com news microsofts stake in openai ',
    );
    expect(pagePartiesIn(urlWords('https://x.test/why-microsofts-ceo-backs-openai'), matcher)).toEqual([
      true,
      true,
    ]);
  });
});

// A sentence led by "It" or "That" whose verb tells how a term lasts or ends stands for the term named just before
// it ("… a warrant … It expires in 2030."): it is judged as that term, and its claim stays on the page's own words.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import { readHtmlString } from '../../../cli/read-html';
import {
  kindToldBack,
  moneyToldBack,
  termToldBack,
  ventureToldBack,
} from '../../../core/verdict/term-told-back';

const fb = bundledFactBase();

/** The claims of a paragraph's second sentence, the first giving the term. */
function secondSentence(first: string, second: string, published: string | null = null) {
  const page = pageFromPlainText(`${first} ${second}`);
  return judgePage(page, fb, { asOf: '2026-11-21', published })
    .filter((c) => c.start > first.length)
    .map((c) => [c.status, c.factId, c.text]);
}

describe('a pronoun that stands for the term named just before', () => {
  const warrant = 'AMD handed OpenAI a warrant over as many as 160 million of its shares.';

  it('is read as that term when its verb tells when the term ends', () => {
    expect(secondSentence(warrant, 'It expires in October 2030.', '2025-11-01')).toEqual([
      ['supported', 'ao-warrant', 'It expires in October 2030.'],
    ]);
  });

  it('judges the end it gives, wrong when the record ends the term otherwise', () => {
    expect(secondSentence(warrant, 'It expires in 2027.', '2025-11-01')).toEqual([
      ['contradicted', 'ao-warrant', 'It expires in 2027.'],
    ]);
  });

  it('is left alone when it stands at the head of a paragraph, with no term before it', () => {
    expect(
      secondSentence('AMD and OpenAI are partners.', 'It expires in October 2030.', '2025-11-01'),
    ).toEqual([]);
  });

  it('takes the last term named, told in the words the page wrote', () => {
    const told = termToldBack(
      'That lapses in 2030.',
      'They signed a deal. It came with a licence to the models. ',
    );
    expect(told?.text).toBe('The licence lapses in 2030.');
    expect(told?.toWritten(0, false)).toBe(0);
    expect(told?.toWritten('The licence'.length, true)).toBe('That'.length);
    expect(told?.toWritten(told.text.length, true)).toBe('That lapses in 2030.'.length);
  });

  it('is not a pronoun for a party that says or plans', () => {
    expect(termToldBack('It said the talks continue.', 'The deal was signed.')).toBeNull();
    expect(termToldBack('It plans to spend more in 2027.', 'The deal was signed.')).toBeNull();
  });
});

describe('"the project" after a paragraph that names a joint venture', () => {
  it('is read as that venture, its day checked against the record', () => {
    const first =
      'Stargate will spend $500 billion over four years, with Oracle, SoftBank and OpenAI among its funders.';
    expect(
      secondSentence(first, 'The project was unveiled at the White House on January 23.', '2025-01-26'),
    ).toEqual([
      [
        'contradicted',
        expect.stringMatching(/^oo-stargate-/),
        'The project was unveiled at the White House on January 23.',
      ],
    ]);
    expect(
      secondSentence(first, 'The project was unveiled at the White House on January 21.', '2025-01-26'),
    ).toEqual([
      [
        'supported',
        expect.stringMatching(/^oo-stargate-/),
        'The project was unveiled at the White House on January 21.',
      ],
    ]);
  });

  it('is left alone when no venture was named before it', () => {
    const told = ventureToldBack(
      'The project was unveiled in May.',
      'The two firms signed a deal.',
      () => null,
    );
    expect(told).toBeNull();
  });

  it('swaps the noun for the name and maps places back to the words written', () => {
    const told = ventureToldBack('Since then the venture has grown.', 'Stargate began.', (t) =>
      t.includes('Stargate') ? 'Stargate' : null,
    );
    expect(told?.text).toBe('Since then Stargate has grown.');
    expect(told?.toWritten('Since then Stargate'.length, true)).toBe('Since then the venture'.length);
    expect(told?.toWritten(told.text.length, true)).toBe('Since then the venture has grown.'.length);
  });
});

describe('money told back by its noun', () => {
  // A page about two deals with one lab: "The money" goes with the company the sentence before named first.
  const twoBackers = (items: string[], list: boolean) => {
    const body = list
      ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
      : `<p>${items.join(' ')}</p>`;
    const html = `<html><head><title>Two backers for one lab</title></head><body><article>
      <p>Amazon and Google both back Anthropic, and Amazon's cheques have been the larger ones.</p>${body}
      </article></body></html>`;
    return judgePage(readHtmlString(html).page, fb, { asOf: '2026-11-21', published: '2023-11-05' });
  };
  const pledge = 'In late October, Google pledged as much as $2 billion to the lab.';

  it('is the money of the company the sentence before named first', () => {
    const claims = twoBackers([pledge, 'The money takes the form of a convertible note.'], false);
    expect(
      claims.filter((c) => c.text.startsWith('The money')).map((c) => [c.status, c.factId, c.text]),
    ).toEqual([['supported', 'ga-convertible-note', 'The money takes the form of a convertible note.']]);
  });

  it('reaches back to the list item before it', () => {
    const claims = twoBackers([pledge, 'That money is a convertible note.'], true);
    expect(claims.filter((c) => c.text.startsWith('That money')).map((c) => c.factId)).toEqual([
      'ga-convertible-note',
    ]);
  });

  it('swaps only the determiner, keeping what the page said of the money', () => {
    const told = moneyToldBack('The new money is a note.', 'Google pledged $2 billion.', (t) =>
      t.startsWith('Google') ? 'Google' : null,
    );
    expect(told?.text).toBe("Google's new money is a note.");
    expect(told?.toWritten(told.text.length, true)).toBe('The new money is a note.'.length);
    expect(moneyToldBack('The money is a note.', 'Nobody said much.', () => null)).toBeNull();
    expect(moneyToldBack('Money is a note.', 'Google pledged $2 billion.', () => 'Google')).toBeNull();
  });
});

describe('a term told back by its bare noun', () => {
  it('is read with the word the sentence before gave it', () => {
    const claims = secondSentence(
      'In July Microsoft walked away from its observer seat on the OpenAI board.',
      'The seat, which never came with a vote, dated from late 2023.',
      '2024-08-01',
    );
    expect(claims).toEqual([
      ['supported', 'board-observer', 'The seat, which never came with a vote, dated from late 2023.'],
    ]);
  });

  it('swaps only the noun, and leaves a noun the sentence before gave no kind alone', () => {
    const told = kindToldBack('The seat had no vote.', 'It held an observer seat.');
    expect(told?.text).toBe('The observer seat had no vote.');
    expect(told?.toWritten(told.text.length, true)).toBe('The seat had no vote.'.length);
    expect(kindToldBack('The seat had no vote.', 'It held a seat.')).toBeNull();
    expect(kindToldBack('The seat had no vote.', 'It held its seat.')).toBeNull();
    expect(kindToldBack('The seat had no vote.', 'It held Microsoft’s seat.')).toBeNull();
    expect(kindToldBack('The seat had no vote.', "It held Microsoft's seat.")).toBeNull();
    expect(kindToldBack('A seat had no vote.', 'It held an observer seat.')).toBeNull();
  });
});

// A sentence led by "It" or "That" whose verb tells how a term lasts or ends stands for the term named just before
// it ("… a warrant … It expires in 2030."): it is judged as that term, and its claim stays on the page's own words.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import { termToldBack } from '../../../core/verdict/term-told-back';

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

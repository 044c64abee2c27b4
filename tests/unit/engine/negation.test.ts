// Whether a word is denied where it stands: by a negator close before it in its clause, or an ending after it.
import { describe, expect, it } from 'vitest';
import { clauseSpans } from '../../../core/claims/clauses';
import { negationSide } from '../../../core/claims/negation';
import { claimsOf, statusOf } from '../../support/claims-after';

function sideOf(sentence: string, word: string) {
  const start = sentence.indexOf(word);
  const at = { start, end: start + word.length };
  const clause = clauseSpans(sentence).find((c) => start >= c.start && start < c.end) ?? at;
  return negationSide(sentence, at, clause);
}

describe('negation', () => {
  it('reads a negator before the word', () => {
    expect(sideOf('The lender has not invested in the lab.', 'invested')).toBe('before');
    expect(sideOf('The lender is no longer the sole provider.', 'sole')).toBe('before');
  });

  it('reads "not yet" and "yet to" as denying', () => {
    expect(sideOf('The lender has not yet invested in the lab.', 'invested')).toBe('before');
    expect(sideOf('The lender has yet to put money into the lab.', 'put money into')).toBe('before');
  });

  it('reads an ending after the word', () => {
    expect(sideOf('The exclusivity of the cloud deal has ended.', 'exclusivity')).toBe('after');
  });

  it('leaves a word alone when nothing denies it', () => {
    expect(sideOf('The lender invested again last year.', 'invested')).toBeNull();
    expect(sideOf('Not only did the lender invest, it also took a seat.', 'seat')).toBeNull();
  });

  it('reads "lifts X to a figure" as a rise and "left X with" as what X kept, not as an ending', () => {
    expect(sideOf('The new order lifts the purchase commitment to $40 billion.', 'commitment')).toBeNull();
    expect(sideOf('The deal left the lender with a small stake.', 'stake')).toBeNull();
    expect(sideOf('The buyer lifted the exclusivity last year.', 'exclusivity')).toBe('before');
    expect(sideOf('The lender left the board in July.', 'board')).toBe('before');
  });

  it('reads "the end" as a time, not an ending', () => {
    expect(sideOf('In the end the lab picked two sites in the north.', 'sites')).toBeNull();
    expect(sideOf('By the end of 2026 the buyer holds a larger stake.', 'stake')).toBeNull();
    expect(sideOf('The lender ended its exclusivity last year.', 'exclusivity')).toBe('before');
  });
});

describe('"no … will be allowed"', () => {
  it('prevents, as "may not" does', () => {
    expect(
      statusOf(
        'From this year no competing cloud provider will be allowed to host the lab’s work.',
        'Microsoft invests $1 billion in OpenAI and becomes its exclusive cloud.',
        '2019-07-22',
      ),
    ).toBe('outdated');
  });
});

describe('"left X holding"', () => {
  it('is what a party came away with, not what it left', () => {
    expect(
      statusOf(
        'The recapitalisation left Microsoft holding about 27 percent of OpenAI.',
        'Microsoft and OpenAI sign a new agreement.',
        '2025-10-29',
      ),
    ).toBe('supported');
  });
  it('reads "leaves X owning" the same way: the share is held, and a wrong one is the known mistake', () => {
    const [claim] = claimsOf(
      'The new terms leave Microsoft owning 49 percent of OpenAI.',
      'Microsoft and OpenAI sign a new agreement.',
      '2025-10-29',
    );
    expect(claim?.status).toBe('contradicted');
    expect(claim?.factId).toBe('stake-49-wrong');
  });
});

describe('"leaves … intact"', () => {
  it('keeps the term as it was: stated as current, not denied', () => {
    expect(
      statusOf(
        'The new pact leaves Azure’s role as OpenAI’s exclusive cloud provider intact.',
        'Microsoft and OpenAI sign a new agreement.',
        '2023-01-24',
      ),
    ).toBe('outdated');
  });
});

describe('a term told as falling short of another', () => {
  it('denies it: "stops short of exclusivity", "a notch below exclusive"', () => {
    expect(sideOf('The pact stops short of exclusivity for either side.', 'exclusivity')).toBe('before');
    expect(sideOf('It calls the chipmaker a preferred partner, a notch below exclusive.', 'exclusive')).toBe(
      'before',
    );
    const nvidia = 'Nvidia and OpenAI signed a letter of intent.';
    expect(statusOf('The arrangement falls short of an exclusive supply deal.', nvidia, '2025-09-23')).toBe(
      'supported',
    );
  });
});

describe('"not the only one" doing something', () => {
  it('denies "only", not what was done', () => {
    expect(sideOf("The retailer wasn't the only backer wiring money that week.", 'wiring')).toBeNull();
    expect(sideOf('It was not the only investor putting cash in.', 'putting cash in')).toBeNull();
    expect(sideOf("Azure isn't the only cloud it uses now.", 'only')).toBe('before');
  });
});

// Typography folded one character for one: curly quotes, dashes and spaces, and a dash between two names.
import { describe, expect, it } from 'vitest';
import { foldTypography } from '../../../core/claims/text-fold';

describe('foldTypography', () => {
  it('keeps the length and folds curly quotes and dashes', () => {
    const s = '\u201cUp to\u201d \u2014 it\u2019s a 2019\u20132023 deal';
    expect(foldTypography(s)).toHaveLength(s.length);
    expect(foldTypography(s)).toBe('"Up to" - it\'s a 2019-2023 deal');
  });

  it('parts two capitalised names joined by a dash, and nothing else', () => {
    expect(foldTypography('the Acme\u2013Initech pact and a US-UK deal')).toBe(
      'the Acme Initech pact and a US UK deal',
    );
    expect(foldTypography('GPT-4, Acme-led, non-Acme, X-ray')).toBe('GPT-4, Acme-led, non-Acme, X-ray');
  });
});

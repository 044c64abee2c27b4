// The form an investment took, told without an investment word ("the cash comes as a convertible note"): a term
// of the deal all the same; and what a written instrument says ("the letter calls for …"), true of it for good. Our
// own words.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../support/claims-after';

describe('the form the money took', () => {
  it('is read on a page about the deal', () => {
    const context = 'Google agreed to back Anthropic with up to $2 billion.';
    expect(statusOf('The money arrives as a convertible note, Anthropic said.', context, '2023-10-28')).toBe(
      'supported',
    );
  });
  it('is not read from a sentence about such notes in general', () => {
    const context = 'Google agreed to back Anthropic with up to $2 billion.';
    expect(
      statusOf(
        'Convertible notes are a common way for young companies to raise cash.',
        context,
        '2023-10-28',
      ),
    ).toBe(null);
  });
});

describe('a sum committed by the investor, called its commitment', () => {
  it('is the investment, and outdated once it grew', () => {
    expect(
      statusOf(
        "Amazon's financial commitment to the lab tops out at four billion dollars.",
        'Amazon will invest in Anthropic.',
        '2023-09-26',
      ),
    ).toBe('outdated');
  });
});

describe('a holding told as a fraction of the company', () => {
  it('is a stake claim, as reported as the record has it', () => {
    expect(
      statusOf(
        'Google bought about a tenth of Anthropic early in the year, the Financial Times reported.',
        'Google has backed Anthropic since early 2023.',
        '2023-10-28',
      ),
    ).toBe('unverified');
  });
  it('is not read from a fraction of something else', () => {
    expect(
      statusOf(
        'Cloud now makes up about a fifth of Oracle’s sales.',
        'OpenAI and Oracle signed a cloud deal.',
        '2025-09-24',
      ),
    ).toBe(null);
  });
});

describe('what a written instrument says', () => {
  const context = 'Nvidia and OpenAI signed a letter of intent on a ten-gigawatt build-out.';
  it('is true of that instrument, though a later agreement replaced it', () => {
    for (const s of [
      'That letter calls for OpenAI to roll out at least ten gigawatts of Nvidia systems.',
      'Under the letter of intent, OpenAI was to deploy at least ten gigawatts of Nvidia systems.',
    ])
      expect(statusOf(s, context, '2025-09-24')).toBe('supported');
  });
  it('leaves the same term told as standing today outdated', () => {
    expect(
      statusOf('OpenAI is set to deploy at least ten gigawatts of Nvidia systems.', context, '2025-09-24'),
    ).toBe('outdated');
  });
});

describe("an instrument's name beside a figure it does not hold", () => {
  it('is no answer for the figure: a wrong sum put in the letter is not supported', () => {
    const context = 'Nvidia and OpenAI signed a letter of intent on a ten-gigawatt build-out.';
    expect(
      statusOf('The letter of intent says Nvidia will invest up to $200 billion.', context, '2025-09-24'),
    ).not.toBe('supported');
    expect(statusOf('Nvidia and OpenAI signed a letter of intent.', context, '2025-09-24')).toBe('supported');
  });
});

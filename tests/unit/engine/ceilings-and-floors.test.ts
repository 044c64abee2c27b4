// A bound told the wrong way round: a ceiling where the record has a floor, a floor where it has a ceiling, told
// before or after the figure. The right bound, and sums told beside it, stay as they were. Our own words.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../support/claims-after';

const LETTER = 'Nvidia and OpenAI signed a letter of intent on chips.';
const AWS_DEAL = 'Amazon and Anthropic signed a new compute agreement.';

describe('a ceiling where the record has a floor', () => {
  it('is a mistake, told after the figure too', () => {
    for (const s of [
      'Ten gigawatts is the maximum OpenAI may deploy under the letter.',
      'Its ten-gigawatt total is a ceiling.',
    ])
      expect(statusOf(s, LETTER, '2025-09-23'), s).toBe('contradicted');
  });
  it('leaves the floor as the record has it', () => {
    expect(
      statusOf('OpenAI plans to deploy at least ten gigawatts of Nvidia systems.', LETTER, '2025-09-23'),
    ).not.toBe('contradicted');
  });
});

describe('a floor where the record has a ceiling', () => {
  it('is a mistake, told before or after the figure', () => {
    for (const s of [
      'Anthropic is promised no less than five gigawatts of AWS capacity.',
      'The five gigawatts of the deal is a minimum, the companies said.',
    ])
      expect(statusOf(s, AWS_DEAL, '2026-04-21'), s).toBe('contradicted');
  });
  it('leaves the ceiling, and a floor told of another figure, alone', () => {
    expect(
      statusOf('The agreement gives Anthropic up to five gigawatts of AWS capacity.', AWS_DEAL, '2026-04-21'),
    ).toBe('supported');
    expect(
      statusOf(
        'Anthropic will spend more than $100 billion on AWS, for five gigawatts of capacity.',
        AWS_DEAL,
        '2026-04-21',
      ),
    ).toBe('supported');
  });
});

describe('a sum the record gives as a floor, told as a cap', () => {
  const context = 'OpenAI and Oracle widened their cloud partnership.';
  it('is a mistake', () => {
    expect(statusOf('Reports put a cap of $300 billion on the Oracle contract.', context, '2025-09-24')).toBe(
      'contradicted',
    );
  });
  it('leaves the floor, and the plain sum, supported', () => {
    for (const s of [
      'OpenAI says the Oracle partnership is worth more than $300 billion over five years.',
      'The Oracle deal is worth $300 billion.',
    ])
      expect(statusOf(s, context, '2025-09-24'), s).toBe('supported');
  });
});

describe('a floor told as a ceiling, after the figure', () => {
  it('is a mistake: the letter said at least ten gigawatts', () => {
    expect(
      statusOf(
        'The letter of intent fixed ten gigawatts as the maximum NVIDIA would supply.',
        'NVIDIA and OpenAI signed a letter of intent.',
        '2025-10-01',
      ),
    ).toBe('contradicted');
  });
});

describe('capacity told as "gigawatts’ worth of" chips', () => {
  const AMD = 'AMD and OpenAI signed a chip supply deal.';
  it('is an amount of capacity, not a firm commitment to all of it', () => {
    expect(
      statusOf(
        'OpenAI is to roll out six gigawatts’ worth of AMD Instinct chips over several generations.',
        AMD,
        '2025-10-07',
      ),
    ).toBe('supported');
  });
  it('still leaves a sum’s worth a purchase, and a firm commitment to all six gigawatts wrong', () => {
    expect(statusOf('OpenAI has committed to six gigawatts of AMD chips.', AMD, '2025-10-07')).toBe(
      'contradicted',
    );
    expect(
      statusOf(
        'Anthropic agreed to take $30 billion worth of Azure compute.',
        'Microsoft, Nvidia and Anthropic struck a deal.',
        '2025-11-19',
      ),
    ).toBe('supported');
  });
});

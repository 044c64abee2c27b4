// A lab's own fundraising and the valuation it fetches are no term of a partner's deal, even when a figure equals
// one the record holds in another role; a holding's worth told as the company's valuation is still the mistake.
// Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';
import { pageClaims } from '../../support/page-claims';

const AWS_ANTHROPIC = 'Amazon agreed to invest in Anthropic.';
const MS = 'Microsoft and OpenAI agreed a new structure.';

describe('a lab raising money at a valuation', () => {
  it('is not an investment figure misread', () => {
    for (const s of [
      'Anthropic is reported to be in talks to raise money at a valuation of $20 billion to $30 billion.',
      'Anthropic was raising capital at a valuation of $20 billion, people said.',
    ])
      expect(claimsOf(s, AWS_ANTHROPIC, '2023-10-30'), s).toEqual([]);
  });
  it('is not the worth of a partner’s holding', () => {
    const s = 'Anthropic was valued at $183 billion in its September funding round.';
    expect(claimsOf(s, AWS_ANTHROPIC, '2025-11-20')).toEqual([]);
  });
  it('leaves a holding’s worth told as the company’s valuation contradicted', () => {
    expect(statusOf('OpenAI is valued at $135 billion.', MS, '2025-11-01')).toBe('contradicted');
  });
});

describe('what a round was worth, told a little after the round', () => {
  it('is the money of the round, not a company’s value', () => {
    expect(
      statusOf(
        'Another round arrived in 2021 and was reportedly worth some two billion dollars.',
        'Microsoft has backed OpenAI for years.',
        '2023-01-10',
      ),
    ).toBe('unverified');
  });
});

describe('a valuation told as a round’s own', () => {
  const PAGE = 'Microsoft and Nvidia back Anthropic, which raises a new round.';
  it('stays true of that round after a later one, unlike the company’s worth told as current', () => {
    for (const s of [
      'Anthropic has raised $30 billion in a round that values it at $380 billion.',
      'The lab has closed its Series G at a $380 billion valuation.',
    ])
      expect(statusOf(s, PAGE, '2026-02-14'), s).toBe('supported');
    expect(statusOf('Anthropic is worth $380 billion today.', PAGE, '2026-02-14')).toBe('outdated');
    // The round named by its company, and the money put into it.
    expect(
      statusOf(
        'Amazon’s money is part of a $110 billion round that values OpenAI at $730 billion before the money.',
        'Amazon agrees to invest $50 billion in OpenAI.',
        '2026-02-27',
      ),
    ).toBe('supported');
  });
});

describe('another company doing the same beside our party', () => {
  const page = 'NVIDIA and OpenAI revisited their plans.';
  it('leaves our party’s money a claim', () => {
    for (const s of [
      'NVIDIA is putting $30 billion into the new round, as is SoftBank.',
      'NVIDIA put $30 billion into the round alongside SoftBank.',
    ])
      expect(statusOf(s, page, '2026-03-01'), s).toBe('supported');
  });
  it('makes no claim of the other company’s money', () => {
    expect(statusOf('SoftBank put $30 billion into the round.', page, '2026-03-01')).toBeNull();
  });
});

describe('the investors that led a round our parties joined', () => {
  const title = 'Anthropic closes a round that includes Microsoft and Nvidia money';
  const lede = 'Part of the money Microsoft and Nvidia promised in November went into it.';
  const told = (s: string) => pageClaims(title, [lede, s], '2026-02-14').filter((c) => c.text === s);
  it('are named by the round’s own leads, before or after "led"', () => {
    for (const s of [
      'Coatue and Singapore’s GIC led the round.',
      'The round was led by Singapore’s GIC and the fund manager Coatue.',
    ])
      expect(
        told(s).map((c) => [c.partnership, c.status]),
        s,
      ).toEqual([['microsoft-nvidia-anthropic', 'supported']]);
  });
  it('leave the wrong leads wrong', () => {
    expect(told('The round was led by Nvidia and Microsoft.').map((c) => c.status)).toEqual(['contradicted']);
  });
});

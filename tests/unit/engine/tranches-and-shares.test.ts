// Money the record has paid in parts, told as paid in one go; and two investors' figures swapped between them.
// Both are mistakes a reader should see; the true tellings beside them must stay supported. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';

const AMAZON_ANTHROPIC = 'Amazon agreed to back Anthropic, the maker of Claude.';
const GOOGLE_ANTHROPIC = 'Google agreed to back Anthropic with a new investment.';
const AMAZON_OPENAI = 'Amazon agreed to back OpenAI, the maker of ChatGPT.';
const THREE_WAY = 'Microsoft and Nvidia agreed to back Anthropic in a three-way deal.';

describe('a sum paid in parts, told as paid at once', () => {
  it('is a mistake, whoever says it and however it is worded', () => {
    for (const [s, context, pub] of [
      [
        'A banker expects the whole $4 billion to change hands in one payment this year.',
        AMAZON_ANTHROPIC,
        '2023-09-26',
      ],
      ['Amazon wired the entire four billion dollars at signing.', AMAZON_ANTHROPIC, '2023-09-26'],
      ['One analyst wrote that the full $2 billion lands up front.', GOOGLE_ANTHROPIC, '2023-10-28'],
      ['The retailer is paying the whole $50 billion as a lump sum.', AMAZON_OPENAI, '2026-02-28'],
    ] as const)
      expect(
        claimsOf(s, context, pub).map((c) => c.status),
        s,
      ).toEqual(['contradicted']);
  });
  it('leaves the true tellings of the parts alone', () => {
    expect(
      statusOf(
        'Google pays $500 million up front and $1.5 billion over time.',
        GOOGLE_ANTHROPIC,
        '2023-10-28',
      ),
    ).toBe('supported');
    expect(
      statusOf('By March 2024 Amazon had paid its full $4 billion.', AMAZON_ANTHROPIC, '2024-04-02'),
    ).not.toBe('contradicted');
    expect(
      statusOf('Amazon puts in $15 billion now and $35 billion later.', AMAZON_OPENAI, '2026-02-28'),
    ).toBe('supported');
  });
});

describe('two investors whose figures are swapped', () => {
  it('is a mistake, told with either verb', () => {
    for (const s of [
      'Microsoft is putting up to ten billion dollars into Anthropic, while Nvidia puts in up to five billion.',
      'Microsoft commits up to $10 billion to Anthropic; Nvidia commits up to $5 billion.',
    ])
      expect(claimsOf(s, THREE_WAY, '2025-11-19')[0]?.status, s).toBe('contradicted');
  });
  it('keeps the right pairing, and the sum of both, supported', () => {
    for (const s of [
      'Nvidia is putting up to $10 billion into Anthropic, and Microsoft up to $5 billion.',
      'Together the two will invest up to $15 billion in Anthropic.',
      'Microsoft will invest up to $5 billion in Anthropic.',
    ])
      expect(claimsOf(s, THREE_WAY, '2025-11-19')[0]?.status, s).toBe('supported');
  });
});

describe('the part paid now', () => {
  it('is the upfront sum, told without an investing verb', () => {
    const PAGE = 'Google agrees to put up to $2 billion into Anthropic.';
    for (const s of [
      'Five hundred million dollars of it is paid now.',
      'About $500 million goes in immediately.',
    ])
      expect(statusOf(s, PAGE, '2023-10-28'), s).toBe('supported');
  });
});

describe('a fraction of a company a side came away with', () => {
  it('is a stake, whatever the verb of getting', () => {
    const page = 'AMD and OpenAI signed a chip deal with a warrant.';
    for (const s of [
      'Under the deal, OpenAI picked up about a tenth of the chipmaker.',
      'With that contract the lab secured roughly a tenth of AMD.',
    ])
      expect(statusOf(s, page, '2025-10-08'), s).toBe('contradicted');
  });
});

describe('the conditions on the later money, told as AGI', () => {
  it('is a mistake: the filing names going public or another event', () => {
    expect(
      statusOf('Those conditions amount to the lab hitting AGI, OpenAI says.', AMAZON_OPENAI, '2026-03-02'),
    ).toBe('contradicted');
  });
  it('is no claim of this deal when the sentence names the older partner', () => {
    expect(
      claimsOf('Microsoft’s rights depend on whether OpenAI declares AGI.', AMAZON_OPENAI, '2026-03-02').map(
        (c) => c.factId,
      ),
    ).not.toContain('zo-35b-agi-wrong');
  });
});

describe('a fraction a warrant would hand over', () => {
  it('is the press figure for full exercise', () => {
    const claim = claimsOf(
      'Exercised in full, the warrant would give the lab about a tenth of the chipmaker.',
      'AMD and OpenAI signed a chip deal with a warrant.',
      '2025-10-08',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'ao-10pct-full-exercise-reported']);
  });
});

describe('the whole warrant told as vesting with the first gigawatt', () => {
  const page = 'AMD and OpenAI signed a chip deal with a warrant.';
  it('is a mistake: only the first part vests then', () => {
    expect(
      statusOf('All of the warrant vests in one go once the first gigawatt is up.', page, '2025-10-08'),
    ).toBe('contradicted');
  });
  it('leaves the first part vesting with the first gigawatt true', () => {
    expect(statusOf('The first tranche vests with the first gigawatt.', page, '2025-10-08')).toBe(
      'supported',
    );
  });
});

describe('the warrant’s end told with "until" or "through"', () => {
  const AMD = 'AMD gave OpenAI a warrant for up to 160 million of its shares.';
  it('is checked against the record’s October 2030', () => {
    expect(statusOf('The lab’s warrant runs through 2030.', AMD, '2025-10-08')).toBe('supported');
    expect(
      statusOf('The lab’s warrant runs until March 2032, leaving plenty of time to vest.', AMD, '2025-10-08'),
    ).toBe('contradicted');
  });
});

// Mistakes the records say circulate, told in words of our own without their figure: read all the same, and not
// where the words tell of something else.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';

const ORACLE = 'Oracle and OpenAI signed another large contract.';

describe('the $300 billion contract told as separate from July’s 4.5 gigawatts', () => {
  it('is the circulating mistake, told by its gigawatts instead of its sum', () => {
    for (const s of [
      'The new contract is a separate deal stacked on top of July’s 4.5-gigawatt agreement.',
      'This autumn’s contract comes on top of the 4.5-gigawatt pact the pair signed in July.',
    ]) {
      const [claim] = claimsOf(s, ORACLE, '2025-09-12');
      expect([claim?.status, claim?.factId], s).toEqual(['contradicted', 'oo-300b-separate-wrong']);
    }
  });
  it('is not read where the gigawatts are the July deal alone', () => {
    const [claim] = claimsOf('In July the two agreed on 4.5 gigawatts of capacity.', ORACLE, '2025-09-12');
    expect(claim?.status).toBe('supported');
  });
});

describe('a product told as part of a deal months before it was agreed', () => {
  const AMAZON_OPENAI = 'OpenAI signs a $38 billion computing deal with Amazon.';
  it('is a mistake about the deal of that day', () => {
    for (const s of [
      'The contract will run on Amazon’s home-grown Trainium chips.',
      'The capacity also takes in Amazon’s Trainium processors.',
    ])
      expect(claimsOf(s, AMAZON_OPENAI, '2025-11-04')[0]?.status, s).toBe('contradicted');
  });
  it('is right once the product was agreed, and a plan to use it is no mistake', () => {
    expect(
      claimsOf('The contract will run on Amazon’s home-grown Trainium chips.', AMAZON_OPENAI, '2026-03-02')[0]
        ?.status,
    ).toBe('supported');
    expect(
      claimsOf('OpenAI plans to use Amazon’s Trainium chips as well.', AMAZON_OPENAI, '2025-12-20')[0]
        ?.status,
    ).not.toBe('contradicted');
  });
  it('leaves work on a product told before its release announced it as it was', () => {
    const s = 'OpenAI has worked with AMD on its MI300X chips.';
    expect(claimsOf(s, 'AMD and OpenAI work together.', '2025-06-13')[0]?.status).not.toBe('contradicted');
  });
});

describe('OpenAI told as one of AMD’s largest shareholders', () => {
  const AMD = 'AMD and OpenAI: the warrant, a year on.';
  it('is the mistake, through the warrant or not, and with the name set off by commas', () => {
    for (const s of [
      'Because of the warrant, OpenAI now ranks among AMD’s largest shareholders.',
      'OpenAI, already one of AMD’s largest shareholders via the warrant, has a stake in its share price.',
      'OpenAI, for its part, has been one of AMD’s largest shareholders since the deal was signed.',
    ]) {
      const [claim] = claimsOf(s, AMD, '2026-07-20');
      expect([claim?.status, claim?.factId], s).toEqual(['contradicted', 'ao-openai-invested-wrong']);
    }
  });
  it('is not read of what the warrant could make it', () => {
    const s = 'If the warrant fully vests, OpenAI could become one of AMD’s largest shareholders.';
    expect(claimsOf(s, AMD, '2026-07-20')[0]?.status).not.toBe('contradicted');
  });
});

describe('money sought from other investors, told by unnamed sources', () => {
  it('is no term of the deal', () => {
    expect(
      claimsOf(
        'Anthropic is also in talks to raise money from outside investors, two people briefed on the talks said.',
        'Amazon will invest up to $4 billion in Anthropic.',
        '2023-09-26',
      ),
    ).toEqual([]);
  });
});

describe('one cloud told as the only one a lab uses', () => {
  it('is the exclusivity the record denies, not another cloud allowed', () => {
    expect(
      statusOf(
        'AWS is the only one of the clouds on which the lab trains its models, and the only one where Claude runs.',
        'Amazon and Anthropic deepened their partnership.',
        '2026-04-21',
      ),
    ).toBe('contradicted');
  });
});

describe('a lab told as training on one maker’s chips alone', () => {
  const PAGE = 'Amazon and Anthropic deepened their partnership.';
  it('is the exclusivity the record denies, never the chips it does use', () => {
    for (const s of [
      'Anthropic trains its models only on Amazon’s servers.',
      'Claude is trained only on Trainium.',
    ])
      expect(statusOf(s, PAGE, '2026-04-21'), s).toBe('contradicted');
    expect(statusOf('Anthropic trains its models on Trainium among other chips.', PAGE, '2026-04-21')).toBe(
      'supported',
    );
  });
  it('is never supported by the chips it uses, told as a clause of its own or run on', () => {
    const claims = claimsOf(
      'AWS is the lab’s sole cloud, and its Claude models run only on Trainium chips.',
      PAGE,
      '2026-04-21',
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.status)).not.toContain('supported');
    expect(statusOf('Claude runs only on Trainium chips.', PAGE, '2026-04-21')).toBe('contradicted');
  });
});

describe('a contract lifted from one figure to another', () => {
  it('is the "expanded to" mistake, not a restriction lifted', () => {
    expect(
      statusOf(
        'The new deal lifts the AWS agreement from $38 billion to $100 billion.',
        'Amazon and OpenAI sign a larger agreement.',
        '2026-02-28',
      ),
    ).toBe('contradicted');
  });
});

describe('money told as paid when a promise of "up to" was signed', () => {
  it('is the mistake the record names: the money came later, partly through a round', () => {
    const PAGE = 'Microsoft and Nvidia promise up to $15 billion to Anthropic.';
    for (const s of [
      'Nvidia put roughly ten billion dollars into the lab when the agreement was signed.',
      'The two paid their money in the week the deal was announced.',
    ])
      expect(statusOf(s, PAGE, '2026-02-14'), s).toBe('contradicted');
    expect(
      statusOf('Nvidia promised up to $10 billion when the agreement was signed.', PAGE, '2026-02-14'),
    ).not.toBe('contradicted');
  });
});

describe('the November 2025 compute deal told by its month as running on Trainium', () => {
  const AMAZON_OPENAI = 'OpenAI and Amazon widen their computing ties.';
  it('is the circulating mistake (it ran on NVIDIA GPUs; Trainium came in February 2026)', () => {
    const [claim] = claimsOf(
      'The November agreement used Amazon’s Trainium chips.',
      AMAZON_OPENAI,
      '2026-03-02',
    );
    expect([claim?.status, claim?.factId]).toEqual(['contradicted', 'zo-38b-trainium-wrong']);
  });
  it('is no mistake when the sentence gives the deal its NVIDIA chips', () => {
    const s = 'The November 2025 agreement runs on NVIDIA chips rather than Trainium.';
    expect(statusOf(s, AMAZON_OPENAI, '2026-03-02')).not.toBe('contradicted');
  });
});

describe('Amazon’s $50 billion told as computing capacity it hands over', () => {
  const AMAZON_OPENAI = 'Amazon and OpenAI struck a deal.';
  it('is the circulating mistake, though a verb of giving tells it', () => {
    const [claim] = claimsOf(
      'Amazon is handing OpenAI $50 billion of AWS computing capacity.',
      AMAZON_OPENAI,
      '2026-03-02',
    );
    expect([claim?.status, claim?.factId]).toEqual(['contradicted', 'zo-50b-compute-wrong']);
  });
  it('is no mistake when the capacity is what the lab buys', () => {
    const s = 'Amazon will invest $50 billion in OpenAI, which will spend $100 billion of AWS capacity.';
    expect(statusOf(s, AMAZON_OPENAI, '2026-03-02')).toBe('supported');
  });
});

describe('money said to have gone in at the first tie-up of 2016', () => {
  const MS = 'Microsoft is putting $1 billion into OpenAI.';
  it('is wrong: the 2016 tie-up held no investment', () => {
    for (const s of [
      'Before this, Microsoft also put an unnamed sum into OpenAI in 2016.',
      'Microsoft first invested in OpenAI back in 2016.',
    ])
      expect(statusOf(s, MS, '2019-07-23'), s).toBe('contradicted');
  });
  it('is not read into a partnership dated from 2016 beside an investment of 2019', () => {
    expect(
      statusOf(
        'Microsoft, OpenAI’s partner since 2016, invested $1 billion in the lab in 2019.',
        MS,
        '2019-07-23',
      ),
    ).toBe('supported');
  });
});

// Round twelve, in our own words: terms told through a deal's arrangements rather than its headline words. Cloud
// credits as a way to buy models, a carve-out told as what "falls outside" a right, payments told for a share, a
// term year the record never had, a binding form denied by contrast, a company in the deal's own arrangements that
// is not one of its parties, and a firm's backlog or its computing power that state no term.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';
import { pageClaims } from '../../support/page-claims';

const MS = 'Microsoft and OpenAI rewrote their partnership this week.';
const ORACLE = 'Oracle and OpenAI widened their cloud agreement.';
const NVIDIA = 'NVIDIA and OpenAI set out new terms for a campus in Ohio.';
const GOOGLE = 'Google and Anthropic expanded their chip agreement.';
const AWS = 'OpenAI signed a $38 billion cloud deal with Amazon.';

describe('cloud credits spent on a partner’s models', () => {
  it('is the distribution term, though the sentence has no money or deal word', () => {
    const claim = claimsOf(
      'Oracle customers may apply Universal Credits to OpenAI models, the lab said in June.',
      ORACLE,
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'oo-universal-credits']);
  });
});

describe('what "falls outside" a right', () => {
  it('is the AGI carve-out of the 2019 terms, outdated since the 2025 agreement', () => {
    for (const s of [
      'Anything that counts as AGI lies outside what Microsoft may sell.',
      'Any AGI the lab builds stays outside the rights Microsoft can commercialise.',
    ]) {
      const claim = claimsOf(s, MS)[0];
      expect([claim?.status, claim?.factId], s).toEqual(['outdated', 'agi-excluded']);
    }
  });
  it('is no exclusion where no right is spoken of', () => {
    expect(claimsOf('The lab’s revenue fell outside analysts’ range this quarter.', MS)).toEqual([]);
  });
});

describe('payments told for the revenue share', () => {
  it('are the capped share OpenAI pays Microsoft through 2030', () => {
    const claim = claimsOf('What OpenAI pays Microsoft in payments runs to 2030 and is capped.', MS)[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'rev-capped-2030']);
    expect(statusOf('OpenAI’s payments to Microsoft have a ceiling now.', MS)).toBe('supported');
  });
});

describe('a term year the record never had', () => {
  it('is contradicted by the rights’ real term, and a year the record had keeps its own verdict', () => {
    const wrong = claimsOf('Microsoft keeps rights to OpenAI’s IP until 2036.', MS)[0];
    expect([wrong?.status, wrong?.factId]).toEqual(['contradicted', 'license-models-2032']);
    expect(claimsOf('Microsoft keeps rights to OpenAI’s IP until 2032.', MS)[0]?.status).toBe('supported');
    // Told as holding now it is outdated; told in the past ("kept") it is right about that time.
    const earlier = claimsOf(
      'Microsoft keeps rights to OpenAI’s IP until 2030 under the January 2025 terms.',
      MS,
    );
    expect(earlier.map((c) => [c.status, c.factId])).toEqual([['outdated', 'license-through-2030']]);
    const told = claimsOf(
      'Microsoft kept rights to OpenAI’s IP until 2030 under the January 2025 terms.',
      MS,
    );
    expect(told.map((c) => [c.status, c.factId])).toEqual([['supported', 'license-through-2030']]);
  });
});

describe('a binding form denied by contrast', () => {
  it('is not a claim that the binding form was signed', () => {
    const claims = claimsOf(
      'Microsoft and OpenAI signed a memorandum, not a definitive agreement, in September 2025.',
      MS,
    );
    expect(claims.map((c) => c.status)).not.toContain('contradicted');
    expect(claims[0]?.status).toBe('supported');
  });
});

describe('a company in the deal’s own arrangements', () => {
  it('is named beside its terms without making the sentence another company’s deal', () => {
    const claim = claimsOf(
      'NVIDIA also puts $1.5 billion into SB Energy, which builds the campus.',
      NVIDIA,
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'no-ohio-sb-energy']);
    expect(statusOf('NVIDIA also puts $3 billion into SB Energy.', NVIDIA)).toBe('contradicted');
    const chips = claimsOf(
      'Through Broadcom, Anthropic gets about 3.5 gigawatts of TPU capacity from 2027.',
      GOOGLE,
    );
    expect(chips[0]?.factId).toBe('ga-tpu-multi-gw');
  });
  it('is still another company where the record does not list it in the deal', () => {
    expect(claimsOf('Broadcom will invest $2 billion in Anthropic.', AWS)).toEqual([]);
  });
});

describe('what states no term', () => {
  it('a firm’s backlog of contracts, and computing power as what computers have', () => {
    expect(
      claimsOf(
        'Oracle’s remaining performance obligations rose to $500 billion, it said, naming no customer.',
        ORACLE,
      ),
    ).toEqual([]);
    expect(
      claimsOf('At the Abilene campus, Altman said AI would need far more computing power.', ORACLE),
    ).toEqual([]);
  });
  it('a deal said to run on other chips than its own is not told as running on its own', () => {
    expect(
      claimsOf(
        'The deal will run largely on Amazon’s own Trainium chips, which AWS has promoted as a cheaper alternative to Nvidia’s processors.',
        AWS,
      ).map((c) => c.status),
    ).not.toContain('supported');
  });
});

describe('a news outlet named as the source', () => {
  it('is where the report came from, not another company’s deal', () => {
    for (const s of [
      'Google holds 14% of the company, according to the New York Times.',
      'Filings described by the New York Times show Google holds 14% of the company.',
    ]) {
      const claim = claimsOf(s, GOOGLE)[0];
      expect([claim?.status, claim?.factId], s).toEqual(['unverified', 'ga-stake-14-reported']);
    }
    expect(claimsOf('The New York Times holds 14% of its own holding company.', GOOGLE)).toEqual([]);
  });
});

describe('a sum to be added once conditions are met', () => {
  it('is the conditional part of the plan, not the reported payment of it', () => {
    const claims = claimsOf(
      'Amazon will put $50 billion into OpenAI, beginning with $15 billion and adding $35 billion later once some conditions are met.',
      'Amazon and OpenAI signed an investment agreement in February 2026.',
    );
    // Not even a candidate: the reported full payment is another fact than the plan.
    expect(claims.flatMap((c) => c.why).join(' ')).not.toContain('zo-inv-50b-funded-reported');
    expect(claims.map((c) => c.factId)).toContain('zo-inv-35b-conditional');
  });
});

describe('terms said to be unchanged', () => {
  it('is the February 2026 joint statement, and the AGI process too', () => {
    const claim = claimsOf(
      'Microsoft and OpenAI said nothing in OpenAI’s new Amazon deal changes their own partnership terms.',
      MS,
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'terms-unchanged-feb-2026']);
    const agi = claimsOf('How AGI is defined and declared has not changed, the two said.', MS)[0];
    expect([agi?.status, agi?.factId]).toEqual(['supported', 'agi-process-unchanged']);
  });
});

describe('an investor conference', () => {
  it('invests nothing', () => {
    expect(
      claimsOf('At an investor conference, Huang said he expected OpenAI to go public one day.', NVIDIA),
    ).toEqual([]);
    expect(
      statusOf('At its investor day, NVIDIA said it intends to invest up to $100 billion in OpenAI.', NVIDIA),
    ).toBe('outdated');
  });
});

describe('what a partnership is worth, told after an aside', () => {
  it('is the money the deal moves, not a company’s valuation', () => {
    const claim = claimsOf(
      'The Oracle partnership with OpenAI, built around 4.5 gigawatts of capacity, is worth over $300 billion.',
      ORACLE,
    );
    // The capacity and the sum are two terms, each a claim of its own.
    expect(claim.map((c) => [c.status, c.factId])).toEqual([
      ['supported', 'oo-4-5gw'],
      ['supported', 'oo-300b'],
    ]);
  });
});

describe('a page that names several deals, and one in its headline', () => {
  const title = 'What NVIDIA’s letter of intent with OpenAI does and does not promise';
  it('lends the headline’s deal to a sentence that names one side and describes the other', () => {
    const claims = pageClaims(title, [
      'Microsoft, which holds about 27 percent of OpenAI, is watching.',
      'OpenAI now calls the chipmaker its preferred partner for compute and networking.',
    ]);
    const preferred = claims.find((c) => c.text.startsWith('OpenAI now calls'));
    expect([preferred?.status, preferred?.partnership, preferred?.factId]).toEqual([
      'supported',
      'nvidia-openai',
      'no-preferred-partner',
    ]);
  });
  it('leaves a sentence that names both sides of another deal to that deal', () => {
    const claims = pageClaims(title, [
      'OpenAI now calls the chipmaker a preferred partner.',
      'Microsoft owns about 27 percent of OpenAI.',
    ]);
    const stake = claims.find((c) => c.text.startsWith('Microsoft owns'));
    expect([stake?.partnership, stake?.factId]).toEqual(['microsoft-openai', 'stake-27']);
  });
});

describe('a plan under consideration that the record holds as such', () => {
  it('is judged as the plan: the Abilene expansion, outdated since it was reported dropped', () => {
    const claim = claimsOf('The two are considering expanding Abilene by another 600 megawatts.', ORACLE)[0];
    expect([claim?.status, claim?.factId]).toEqual(['outdated', 'oo-abilene-expansion']);
  });
  it('leaves talks about a term the record settled otherwise unverified', () => {
    expect(
      statusOf('Amazon is weighing a fresh $4 billion investment in Anthropic.', 'Amazon backs Anthropic.'),
    ).toBe('unverified');
  });
});

describe('what the nonprofit holds', () => {
  it('is not Microsoft’s stake, though its worth is close to it', () => {
    expect(
      claimsOf('The nonprofit, renamed the OpenAI Foundation, owns equity worth roughly $130 billion.', MS),
    ).toEqual([]);
    expect(claimsOf('Microsoft’s stake is valued at roughly $135 billion.', MS)[0]?.factId).toBe(
      'stake-27-value',
    );
  });
});

describe('the Ohio campus’s lease and option', () => {
  it('are terms of the record: 8 gigawatts leased to OpenAI, an option on about 3.8 more', () => {
    expect(
      claimsOf('OpenAI is the campus’s tenant for 8 gigawatts, on a lease of twenty years.', NVIDIA)[0]
        ?.factId,
    ).toBe('no-ohio-tenant-8gw');
    expect(statusOf('OpenAI is the campus’s tenant for 6 gigawatts.', NVIDIA)).toBe('contradicted');
    expect(statusOf('NVIDIA holds an option to stand behind some 3.8 gigawatts more.', NVIDIA)).toBe(
      'supported',
    );
  });
});

describe('money committed in a funding round', () => {
  it('is an investment in the round, not a compute commitment of another deal the page names', () => {
    const claim = claimsOf(
      'NVIDIA committed $30 billion of equity in the same round.',
      'Amazon is investing $50 billion in OpenAI. Microsoft and Anthropic, which buys Azure capacity, looked on.',
    )[0];
    expect([claim?.status, claim?.partnership, claim?.factId]).toEqual([
      'supported',
      'nvidia-openai',
      'no-inv-30b',
    ]);
  });
});

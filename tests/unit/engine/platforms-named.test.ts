// Work put on a named cloud or chip, told with no other claim word ("the lab will run its models on <it>"): a
// claim about where the lab runs, read because the fact base lists the product. A product merely named, or put
// to someone else's use, is not. Our own words.
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { compileFactBase } from '../../../core/verdict/compile';
import { worthReading } from '../../../core/verdict/worth-reading';
import { claimsOf, statusOf } from '../../support/claims-after';
import { pageClaims } from '../../support/page-claims';

const MS = 'Microsoft puts $1 billion into OpenAI.';
const AMAZON = 'Amazon and Anthropic expand their partnership.';

describe('a sentence that puts work on a listed product', () => {
  it('is worth reading though it has no claim word', () => {
    const cfb = compileFactBase(bundledFactBase());
    expect(worthReading('The start-up trains its models on Trainium.', cfb)).toBe(true);
    expect(worthReading('Azure grew quickly this year.', cfb)).toBe(false);
    expect(worthReading('They ran the numbers on Azure growth.', null)).toBe(false);
  });
  it('is the lab’s use of the platform, supported', () => {
    expect(statusOf('OpenAI will train its models on Azure.', MS, '2019-07-23')).toBe('supported');
    expect(statusOf('The start-up is going to run its workloads on Amazon’s Trainium.', AMAZON)).toBe(
      'supported',
    );
  });
  it('is nothing when the product is only named, or the work is someone else’s', () => {
    for (const s of [
      'Azure is where Redmond sells most of its software now.',
      'Developers run Azure apps on laptops.',
    ])
      expect(claimsOf(s, MS, '2019-07-23'), s).toEqual([]);
  });
});

describe('a lab told as bound to a listed cloud, or no longer', () => {
  it('is the exclusivity, read though it has no other claim word', () => {
    expect(statusOf('These days OpenAI is no longer tied to Azure.', MS, '2026-05-01')).toBe('supported');
    expect(statusOf('OpenAI remains bound to Azure for everything it runs.', MS, '2026-05-01')).toBe(
      'outdated',
    );
  });
});

describe('"did not" told of a platform', () => {
  it('is past: true of its time', () => {
    expect(
      statusOf(
        'Until this week, Anthropic’s models did not run on Azure.',
        'Microsoft, Nvidia and Anthropic agree a partnership.',
        '2025-11-20',
      ),
    ).toBe('supported');
  });
});

describe('a lab choosing a cloud in a named month', () => {
  const PAGE = 'Google commits up to $2 billion to Anthropic.';
  it('is the cloud deal of that month, and no other month’s', () => {
    const at = (s: string) => statusOf(s, PAGE, '2023-10-28');
    expect(at('Anthropic picked Google Cloud as one of its cloud suppliers in February.')).toBe('supported');
    expect(at('Anthropic picked Google Cloud as one of its cloud suppliers in June 2023.')).not.toBe(
      'supported',
    );
  });
});

describe('models sold through a platform', () => {
  it('is the platform selling the lab’s models', () => {
    expect(
      claimsOf(
        'Its models are also sold to enterprise buyers through Amazon Bedrock.',
        AMAZON,
        '2024-05-01',
      ).map((c) => [c.status, c.factId]),
    ).toEqual([['supported', 'aa-bedrock']]);
  });
});

describe('the lab’s own products kept on the older partner’s cloud', () => {
  const page = 'Amazon and OpenAI answered readers’ questions about their deal.';
  it('held from February 2026 until the April amendment', () => {
    for (const s of [
      'Its first-party products, the agent platform included, would remain on Azure, OpenAI said.',
      'OpenAI’s own apps will keep running on Azure.',
    ]) {
      const claim = claimsOf(s, page, '2026-03-01')[0];
      expect([claim?.factId, claim?.status], s).toEqual(['zo-azure-stateless-apis', 'outdated']);
    }
  });
});

describe('the million-chip deal told as a mix of chips', () => {
  it('is a mistake: the deal is for TPUs', () => {
    expect(
      statusOf(
        'Google’s deal for up to a million chips mixes GPUs with TPUs.',
        'Google and Anthropic.',
        '2025-11-01',
      ),
    ).toBe('contradicted');
  });
});

describe('another company named as the maker of a place to run on', () => {
  const HEADLINE = 'Oracle to give OpenAI more cloud capacity';
  const told = (s: string) =>
    pageClaims(HEADLINE, ['The companies announced the deal on Tuesday.', s], '2024-06-20').filter(
      (c) => c.text === s,
    );
  it('is where the work runs, not a deal of its own', () => {
    for (const s of [
      'Training of OpenAI’s largest models remains on supercomputers built by Microsoft.',
      'Training of OpenAI’s largest models remains on Microsoft-built supercomputers.',
      'Training of OpenAI’s largest models remains on supercomputers that Microsoft built.',
    ])
      expect(
        told(s).map((c) => c.status),
        s,
      ).toEqual(['outdated']);
  });
  it('is still another deal when that company signs for the place itself', () => {
    expect(told('Microsoft signed a deal for servers built by Dell.')).toEqual([]);
  });
});

describe('the lab’s frontier models told as absent from a cloud’s model service', () => {
  const AWS = 'OpenAI agreed to buy $38 billion of capacity from Amazon Web Services.';
  it('was true until they launched there, so it is outdated now', () => {
    expect(
      statusOf('OpenAI’s frontier models are still not offered on Amazon Bedrock.', AWS, '2025-11-05'),
    ).toBe('outdated');
    expect(statusOf('The lab’s frontier models are not available through Bedrock.', AWS, '2025-11-05')).toBe(
      'outdated',
    );
  });
});

describe('rival clouds named beside the lab, with no word of what it may do', () => {
  const AWS = 'OpenAI agreed to buy $38 billion of capacity from Amazon Web Services.';
  it('is no claim that the lab may use any cloud', () => {
    expect(
      claimsOf('Amazon’s cloud arm has grown more slowly than its rivals’ this year.', AWS, '2025-11-05'),
    ).toEqual([]);
  });
  it('is still the term when the lab is said to be free to use them', () => {
    expect(statusOf('OpenAI can now use any cloud provider it likes.', AWS, '2026-06-02')).toBe('supported');
  });
});

describe('a maker named just before "built"', () => {
  it('is where the work runs, not a deal of its own', () => {
    const term = 'Training of OpenAI’s biggest models stays on supercomputers Microsoft built.';
    const claims = pageClaims(
      'Oracle to give OpenAI more cloud capacity',
      ['The companies announced the arrangement on Tuesday.', term],
      '2024-06-12',
    );
    expect(claims.find((c) => c.text === term)).toMatchObject({
      partnership: 'oracle-openai',
      status: 'outdated',
    });
  });
});

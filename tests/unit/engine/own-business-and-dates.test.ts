// Round thirteen, in our own words: a side's own products told on a page about its deal, a negator that denies
// the telling of a figure rather than the figure, "once" before a past verb, a term named by its noun on a page
// about one deal, and two states of one subject each with its own date.
import { describe, expect, it } from 'vitest';
import { timeMarkers } from '../../../core/claims/time-frame';
import { claimsOf, statusOf } from '../../support/claims-after';
import { pageClaims } from '../../support/page-claims';

const AWS_ANTHROPIC = 'Amazon and Anthropic marked two years of their alliance.';
const MSFT_NVIDIA_ANTHROPIC = 'Microsoft and NVIDIA detailed what they have paid Anthropic.';
const AMAZON_OPENAI = 'Amazon and OpenAI answered readers’ questions about their deal.';
const NVIDIA_OPENAI = 'NVIDIA and OpenAI revisited their plans.';
const GOOGLE_ANTHROPIC = 'Google invests in Anthropic.';
const MS = 'Microsoft and OpenAI looked back on their partnership.';

describe('a side’s own products, told on a page about its deal', () => {
  it('state no term with the other side', () => {
    for (const s of [
      'Trainium3 is sold by AWS as cheaper to run than rival accelerators.',
      'Trainium is the retailer’s home-grown accelerator, built by its Annapurna Labs team.',
    ])
      expect(claimsOf(s, AWS_ANTHROPIC), s).toEqual([]);
    expect(
      claimsOf('Grace Blackwell racks are shipping in bulk to every large cloud.', MSFT_NVIDIA_ANTHROPIC),
    ).toEqual([]);
  });
  it('still do when the other side, or the deal’s capacity, is put to use on them', () => {
    expect(statusOf('Anthropic trains its newest models on Trainium2 chips.', AWS_ANTHROPIC)).toBe(
      'supported',
    );
    expect(
      statusOf('The capacity will run on NVIDIA’s Grace Blackwell systems.', MSFT_NVIDIA_ANTHROPIC),
    ).toBe('supported');
  });
});

describe('a negator that denies the telling', () => {
  it('says the figure was never disclosed, not that there is none', () => {
    for (const s of [
      'No ownership share for Amazon has ever been disclosed.',
      'No stake figure for Amazon has been disclosed.',
    ]) {
      const claim = claimsOf(s, AMAZON_OPENAI, '2026-06-01')[0];
      expect([claim?.status, claim?.factId], s).toEqual(['supported', 'zo-stake-undisclosed']);
    }
  });
  it('leaves a plain denial of the holding what it was', () => {
    const claim = claimsOf('Amazon holds no stake in OpenAI.', AMAZON_OPENAI, '2026-06-01')[0];
    expect(claim?.factId).toBe('zo-no-money-before-feb-2026');
  });
});

describe('"once" before a past verb', () => {
  it('tells of the past, as "once the sole provider" does', () => {
    const claim = claimsOf(
      'NVIDIA once said it would invest up to $100 billion in OpenAI.',
      NVIDIA_OPENAI,
      '2026-06-01',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'no-loi-100b']);
  });
  it('is a conjunction still before a participle and a comma, or before a noun phrase', () => {
    const at = (s: string) =>
      timeMarkers(s)
        .filter((m) => m.at === 0)
        .map((m) => m.framing);
    expect(at('once said it would invest')).toEqual(['past']);
    expect(at('once signed, the letter would let it invest')).toEqual([]);
    expect(at('once OpenAI declares AGI')).toEqual([]);
    expect(at('once the lab declares it has reached AGI')).toEqual([]);
    expect(at('once its expert panel verifies the claim')).toEqual([]);
    expect(at('once the sole provider of its computing')).toEqual(['past']);
  });
});

describe('a term named by its noun on a page about one deal', () => {
  it('is that deal’s term', () => {
    const claim = claimsOf('The stake gives no votes at all.', GOOGLE_ANTHROPIC)[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-non-voting']);
  });
});

describe('two states of one subject, each with its date', () => {
  it('dates each state with its own year', () => {
    const claims = claimsOf(
      'Azure had been the lab’s main cloud platform since 2016 and became its exclusive provider in 2019.',
      MS,
    );
    expect(claims.map((c) => c.status)).not.toContain('contradicted');
    expect(claims.length).toBeGreaterThan(0);
  });
  it('still contradicts one state put at the other’s date', () => {
    expect(statusOf('Azure has been OpenAI’s exclusive cloud since 2016.', MS)).toBe('contradicted');
    expect(statusOf('In 2016 Azure became OpenAI’s exclusive cloud.', MS)).toBe('contradicted');
  });
});

describe('a second infinitive', () => {
  const page = 'Amazon and OpenAI widened their ties this week.';
  it('is a statement of its own: the chips of the first are not the contract of the second', () => {
    const claims = claimsOf(
      'OpenAI also agreed to take 2 gigawatts of Trainium capacity and to grow its $38 billion AWS contract by $100 billion.',
      page,
      '2026-03-01',
    );
    expect(claims.map((c) => c.status)).not.toContain('contradicted');
    expect(claims.map((c) => c.factId)).toContain('zo-trainium-2gw');
  });
  it('leaves a wrong pairing in one statement contradicted', () => {
    expect(statusOf('The $38 billion AWS contract runs on Trainium chips.', page, '2026-03-01')).toBe(
      'contradicted',
    );
  });
});

describe('a side’s products put to use by the deal', () => {
  it('are a term though the other side goes unnamed', () => {
    expect(
      statusOf('The new capacity relies on Trainium2 chips.', 'Amazon and Anthropic widened their alliance.'),
    ).toBe('supported');
  });
});

describe('another company’s deal of its own', () => {
  const page = 'AMD and OpenAI updated investors on their chip agreement.';
  it('is not ours, though the sentence names both our sides', () => {
    expect(
      claimsOf(
        'Meta signed its own gigawatt-scale agreement with AMD in May, with a warrant built much like OpenAI’s.',
        page,
      ),
    ).toEqual([]);
    expect(claimsOf('Oracle signed a similar agreement with AMD, modelled on OpenAI’s.', page)).toEqual([]);
  });
  it('leaves a side of ours signing its own deal with the other side a claim', () => {
    expect(statusOf('OpenAI signed its own six-gigawatt agreement with AMD in October 2025.', page)).toBe(
      'supported',
    );
  });
});

describe('deals with companies left unnamed', () => {
  it('are no term of the deal the page is about', () => {
    expect(
      claimsOf(
        'AWS has also signed several exclusive hosting contracts with smaller start-ups.',
        'Amazon and Anthropic renewed their alliance.',
      ),
    ).toEqual([]);
  });
});

describe('a month years before the fact began', () => {
  it('tells of an earlier event, not a wrong date of this one', () => {
    expect(
      claimsOf('OpenAI restructured in March, setting up a capped-profit arm.', MS, '2019-07-22').map(
        (c) => c.status,
      ),
    ).not.toContain('contradicted');
  });
  it('leaves a wrong month close to the real one contradicted', () => {
    expect(statusOf('Microsoft and OpenAI amended their agreement in July 2026.', MS)).toBe('contradicted');
  });
});

describe('a deal’s expected revenue', () => {
  const page = 'AMD and OpenAI set out their chip agreement.';
  it('is the figure the chipmaker gave, not its quarterly results', () => {
    expect(
      statusOf(
        'The chipmaker says the agreement should yield tens of billions of dollars in sales revenue.',
        page,
      ),
    ).toBe('supported');
    expect(claimsOf('AMD posted record data centre revenue in its second quarter.', page)).toEqual([]);
  });
});

describe('a comparison of growth', () => {
  it('is market colour, naming no place the deal runs', () => {
    expect(
      claimsOf(
        'The contract helps AWS, whose growth has trailed Google’s cloud unit.',
        'Amazon and OpenAI signed a $38 billion cloud deal.',
      ),
    ).toEqual([]);
  });
});

describe('a term named by its noun under a headline naming its deal', () => {
  const headline = 'Google to put up to $2 billion into Anthropic as OpenAI’s backers watch';
  it('is the headline deal’s term, though the page names another company in passing', () => {
    const claim = claimsOf('The investment comes as a convertible note, a spokesperson said.', headline)[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-convertible-note']);
  });
});

describe('the form an investment took', () => {
  it('is a term of its own that later money does not outdate', () => {
    const page = 'Google and Anthropic widened their ties.';
    expect(statusOf('Google’s 2023 money was structured as convertible debt for its investment.', page)).toBe(
      'supported',
    );
    expect(statusOf('Amazon’s investment came through convertible notes.', AWS_ANTHROPIC)).toBe('supported');
  });
});

describe('a sentence that names no one, on a page led by one deal', () => {
  it('is not lent to another deal the page names in passing', () => {
    const claims = pageClaims('Inside the Amazon–Anthropic alliance, three years on', [
      'When Amazon first backed Anthropic in 2023, the lab had a few hundred staff.',
      'The first agreement, signed in September 2023, allowed for up to four billion dollars for a minority stake.',
      'Anthropic also agreed in October to use up to one million of Google’s TPUs.',
    ]);
    const opening = claims.filter((c) => c.text.startsWith('The first agreement'));
    expect(opening.map((c) => c.partnership)).not.toContain('google-anthropic');
  });
});

describe('"the only place" a lab’s models are trained', () => {
  it('is exclusivity, which the record denies', () => {
    expect(
      statusOf('Amazon’s data centres are the only place Claude models get trained.', AWS_ANTHROPIC),
    ).toBe('contradicted');
  });
});

describe('a second predicate told in the past', () => {
  it('keeps the first sum from the second investment', () => {
    const claims = claimsOf(
      'Microsoft put $1 billion in during 2019 and made another investment in 2021 of a size never disclosed.',
      MS,
    );
    expect(claims.map((c) => [c.status, c.factId])).toContainEqual(['supported', 'inv-2019-1b']);
    expect(claims.map((c) => c.status)).not.toContain('unverified');
  });
});

describe('a wrong sum told as a commitment', () => {
  it('is the circulating $10 billion of 2019, contradicted', () => {
    const claim = claimsOf('It all began in 2019 with a $10 billion commitment from Microsoft.', MS)[0];
    expect([claim?.status, claim?.factId]).toEqual(['contradicted', 'inv-2019-10b-wrong']);
  });
});

describe('a job title after its field', () => {
  it('is no primary anything', () => {
    expect(
      claimsOf(
        'Microsoft’s finance chief said the company is relaxed about OpenAI buying capacity elsewhere.',
        MS,
      ),
    ).toEqual([]);
    expect(statusOf('Azure is OpenAI’s chief cloud provider.', MS)).toBe('supported');
  });
});

describe('a company one side bought', () => {
  it('is another deal than ours, with its own dates', () => {
    expect(
      claimsOf(
        'Regulators first blocked Microsoft’s purchase of Activision Blizzard, then cleared a restructured version in October.',
        MS,
        '2023-12-08',
      ),
    ).toEqual([]);
  });
});

describe('the first tranche of one sum', () => {
  it('is not a first investment', () => {
    const claims = claimsOf(
      'Google agreed in October 2023 to invest up to $2 billion, beginning with $500 million and the rest later.',
      GOOGLE_ANTHROPIC,
    );
    // The ceiling and its first part are each a claim the record supports; neither is read as a first investment.
    expect(claims.map((c) => [c.status, c.factId, c.text])).toEqual([
      ['supported', 'ga-inv-up-to-2b', expect.stringMatching(/^Google agreed/)],
      ['supported', 'ga-inv-500m', 'beginning with $500 million and the rest later.'],
    ]);
  });
});

describe('money a side can add', () => {
  it('is an investment, and a press descriptor names the side', () => {
    const claim = claimsOf(
      'The Seattle company may add up to $20 billion more over time.',
      AWS_ANTHROPIC,
      '2026-05-01',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'aa-inv-up-to-20b']);
  });
});

describe('a side told by what the press calls it', () => {
  it('names the side that put money in', () => {
    const told = (sentence: string, page: string, published: string) =>
      claimsOf(sentence, page, published).map((c) => [c.status, c.factId]);
    expect(
      told(
        'The search company has now handed Anthropic a full forty billion dollars.',
        GOOGLE_ANTHROPIC,
        '2025-11-01',
      ),
    ).toEqual([['contradicted', 'ga-inv-40b-firm-wrong']]);
    expect(
      told(
        'The e-commerce giant has since put another four billion dollars into the lab.',
        AWS_ANTHROPIC,
        '2024-12-01',
      ),
    ).toEqual([['supported', 'aa-inv-4b-2024']]);
  });
});

describe('the fraction of a company a sum bought', () => {
  it('is a stake, here a press figure', () => {
    const claims = claimsOf(
      'The search giant spent about three hundred million dollars that spring for roughly a tenth of the lab.',
      GOOGLE_ANTHROPIC,
      '2023-06-01',
    );
    expect(claims.map((c) => [c.status, c.factId])).toContainEqual(['unverified', 'ga-stake-10-reported']);
  });
  it('is no stake when no sum bought it', () => {
    expect(
      claimsOf('Training runs account for about a fifth of the lab’s spending.', GOOGLE_ANTHROPIC),
    ).toEqual([]);
  });
});

describe('capital paid in', () => {
  it('is money invested, here a press figure', () => {
    expect(
      statusOf('Microsoft had paid in about $11.9 billion of it by the end of June, the report showed.', MS),
    ).toBe('unverified');
  });
});

describe('a relative clause with a subject of its own', () => {
  const page = 'Microsoft, NVIDIA and Anthropic set out their alliance.';
  it('tells who buys: the lab, not the company named first', () => {
    const claim = claimsOf(
      'Microsoft and NVIDIA’s pact with the lab covers $30 billion of Azure capacity that Anthropic agreed to buy.',
      page,
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'mna-azure-30b']);
  });
  it('leaves money pledged into a named round to the round', () => {
    const claims = claimsOf(
      'Some of what NVIDIA and Microsoft pledged went into Anthropic’s Series G, which raised $30 billion.',
      page,
      '2026-03-01',
    );
    expect(claims.map((c) => c.status)).not.toContain('contradicted');
  });
});

describe('new money told by hearsay', () => {
  it('is the press figure the record holds as reported', () => {
    const claim = claimsOf(
      'The fresh money comes to roughly $10 billion, people briefed on the talks said.',
      'Microsoft deepens its OpenAI bet with a multiyear investment.',
      '2023-01-24',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'inv-2023-10b-reported']);
  });
  it('and an investment said to carry no milestones is the press report of it', () => {
    const claim = claimsOf(
      'The latest investment is not tied to any deployment milestones, the newspaper reported.',
      'NVIDIA to put $30 billion into OpenAI.',
      '2026-02-20',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'no-no-milestones-reported']);
  });
});

describe('a deal expanded "to" a sum rather than "by" it', () => {
  const headline = 'Amazon to put $50 billion into OpenAI';
  const FEB = '2026-02-28';
  const LEDE = 'Amazon agreed to invest $50 billion in OpenAI, and NVIDIA put $30 billion into OpenAI too.';
  it('is the circulating mistake, however many words stand between', () => {
    const claims = pageClaims(
      headline,
      [
        LEDE,
        'The companies also grew their existing thirty-eight billion dollar computing agreement to one hundred billion dollars.',
      ],
      FEB,
    );
    expect(claims.map((c) => [c.status, c.factId])).not.toContainEqual(['supported', 'zo-expanded-by-100b']);
    const expanded = pageClaims(
      headline,
      [LEDE, 'The companies also expanded their existing $38 billion cloud agreement to $100 billion.'],
      FEB,
    );
    expect(expanded.map((c) => [c.status, c.factId])).toContainEqual([
      'contradicted',
      'zo-expanded-to-100b-wrong',
    ]);
  });
  it('is right when the sum is the rise, with the new total after it', () => {
    const claims = pageClaims(
      headline,
      ['OpenAI expanded its $38 billion AWS deal by $100 billion to $138 billion.'],
      FEB,
    );
    expect(claims.map((c) => c.status)).not.toContain('contradicted');
  });
});

describe('the $300 billion told as a second deal', () => {
  it('is contradicted whichever month the sentence gives the first', () => {
    const claims = claimsOf(
      'The $300 billion contract is a separate pact that came on top of the July deal.',
      'Oracle and OpenAI widened their cloud agreement.',
      '2025-09-24',
    );
    expect(claims.map((c) => [c.status, c.factId])).toContainEqual([
      'contradicted',
      'oo-300b-separate-wrong',
    ]);
  });
});

describe('the amendment told as the first change to exclusivity', () => {
  it('is contradicted: new capacity had left Azure-only terms in January 2025', () => {
    const claim = claimsOf(
      'The amendment marks the first change to Azure’s exclusivity since 2019.',
      MS,
      '2026-04-28',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual([
      'contradicted',
      'amendment-first-exclusivity-change-wrong',
    ]);
  });
  it('is right when the sentence tells of the earlier change', () => {
    expect(
      statusOf(
        'The amendment ended what was left of Azure’s exclusivity after a first change in 2025.',
        MS,
        '2026-04-28',
      ),
    ).not.toBe('contradicted');
  });
});

describe('two deals whose sides the sentence names', () => {
  const page = 'Google and Anthropic, explained';
  it('is read as the one whose sides stand in the clause of the term', () => {
    const claims = pageClaims(page, [
      'Whatever the buzz around Amazon’s autumn deal, Anthropic’s primary cloud provider remains Google Cloud.',
    ]);
    expect(claims.map((c) => [c.status, c.partnership])).toEqual([['contradicted', 'google-anthropic']]);
  });
  it('and the term stated of the other deal in its own clause stays that deal’s', () => {
    const claims = pageClaims(page, [
      'Amazon Web Services is Anthropic’s primary cloud provider, and Google sells it TPUs.',
    ]);
    expect(claims[0]?.partnership).toBe('amazon-anthropic');
    expect(claims[0]?.status).toBe('supported');
  });
});

describe('terms of the Amazon–OpenAI deals the record had but the fact base lacked (3.5.0)', () => {
  const page = 'OpenAI signs a $38 billion cloud deal with Amazon.';
  it('all of the capacity in place before the end of 2026', () => {
    const claim = claimsOf(
      'Every bit of the capacity should be live before the end of 2026.',
      page,
      '2025-11-04',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'zo-capacity-end-2026']);
    expect(
      statusOf('All of the AWS capacity should be live before the end of 2027.', page, '2025-11-04'),
    ).toBe('contradicted');
  });
  it('Amazon obliged to fund the rest if OpenAI goes public', () => {
    const claim = claimsOf(
      'Amazon has to fund the remainder should OpenAI go public before the end of 2028.',
      'Amazon to invest $50 billion in OpenAI.',
      '2026-03-02',
    )[0];
    expect(claim?.factId).toBe('zo-inv-35b-conditional');
  });
});

describe('our side set against another company ("X, rather than Oracle, …")', () => {
  const page = 'Oracle and OpenAI add Stargate sites.';
  it('is a claim about our deal, and the record agrees', () => {
    const claim = claimsOf(
      'SoftBank, rather than Oracle, will develop the Lordstown and Milam County sites.',
      page,
      '2025-09-24',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'oo-lordstown-softbank']);
  });
  it('leaves Oracle named as Lordstown’s developer contradicted', () => {
    expect(statusOf('Oracle will develop the Lordstown site for OpenAI.', page, '2025-09-24')).toBe(
      'contradicted',
    );
  });
});

describe('the preferred supplier', () => {
  it('is NVIDIA’s preferred-partner role, whatever noun follows "preferred"', () => {
    const claim = claimsOf(
      'NVIDIA stays OpenAI’s preferred supplier of chips and networking.',
      'NVIDIA and OpenAI set out their plans.',
      '2025-09-23',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'no-preferred-partner']);
  });
});

describe('models that appeared on, or were added to, a platform', () => {
  it('are the distribution term', () => {
    const claim = claimsOf(
      'Its open-weight gpt-oss models were added to Bedrock in August 2025.',
      'Amazon and OpenAI, a year on.',
      '2026-06-02',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'zo-gpt-oss']);
  });
});

describe('the second tranche told as hanging on AGI', () => {
  it('is the circulating mistake, with or without its sum', () => {
    const page = 'Amazon to invest $50 billion in OpenAI.';
    for (const s of [
      'The second tranche kicks in only if OpenAI reaches AGI.',
      'That second tranche is contingent on the lab achieving artificial general intelligence.',
    ]) {
      const claim = claimsOf(s, page, '2026-03-02')[0];
      expect([claim?.status, claim?.factId], s).toEqual(['contradicted', 'zo-35b-agi-wrong']);
    }
  });
});

describe('who led the round', () => {
  const page = 'Microsoft and NVIDIA detailed their Anthropic stakes.';
  it('is read when the round is named only as "the round": GIC and Coatue led it', () => {
    expect(statusOf('NVIDIA and Microsoft led the round.', page, '2026-03-01')).toBe('contradicted');
    expect(
      claimsOf('GIC and Coatue led the round, which NVIDIA and Microsoft joined.', page, '2026-03-01').map(
        (c) => c.status,
      ),
    ).not.toContain('contradicted');
  });
});

describe('"It" or "They" leading a sentence that names no one', () => {
  const told = (sentence: string, page: string) =>
    claimsOf(sentence, page, '2023-10-01').map((c) => [c.status, c.factId]);
  it('stands for a side of the one deal the page is about', () => {
    expect(told('It is also taking a minority stake.', AWS_ANTHROPIC)).toEqual([
      ['supported', 'aa-minority'],
    ]);
    expect(told('In return, it is taking a minority stake.', AWS_ANTHROPIC)).toEqual([
      ['supported', 'aa-minority'],
    ]);
  });
  it('stands for a side of the deal the headline leads with, though the page names others', () => {
    const claims = pageClaims(
      'Amazon takes a minority stake in Anthropic',
      [MS, 'Amazon will invest up to $4 billion in Anthropic.', 'It is also taking a minority stake.'],
      '2023-10-01',
    );
    expect(claims.filter((c) => c.text.startsWith('It')).map((c) => [c.status, c.factId])).toEqual([
      ['supported', 'aa-minority'],
    ]);
  });
  it('stands for no one on a page led by several deals', () => {
    expect(told('It is also taking a minority stake.', `${AWS_ANTHROPIC} ${MS}`)).toEqual([]);
  });
});

describe('what one side paid another cloud for the lab’s models', () => {
  it('is a press report, read from its verb of paying', () => {
    const claim = claimsOf(
      'Microsoft has been paying Amazon Web Services for its Claude access, people briefed on it said.',
      MSFT_NVIDIA_ANTHROPIC,
      '2025-12-01',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'mna-aws-access-reported']);
  });
});

describe('a relative clause after a term', () => {
  it('rules nothing out with its own words ("could", "would")', () => {
    expect(
      statusOf(
        'Every Claude model is trained solely on Trainium, which makes the lab the showcase any chip seller would want.',
        AWS_ANTHROPIC,
        '2025-06-01',
      ),
    ).toBe('contradicted');
  });
  it('leaves a hypothetical in the term’s own clause a hypothetical', () => {
    expect(
      statusOf('Claude could be trained solely on Trainium if the lab wished.', AWS_ANTHROPIC, '2025-06-01'),
    ).not.toBe('contradicted');
  });
});

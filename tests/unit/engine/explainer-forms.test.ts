// How explainers, FAQs, columns, roundups and whole articles put things (round eleven), in our own words:
// questions and corrections that assert nothing, a side's other business that states no term, figures, words and
// times of the kinds full articles use, and the fact base's new terms.
import { describe, expect, it } from 'vitest';
import { retractedEnd } from '../../../core/claims/corrections';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { claimsOf, statusOf } from '../../support/claims-after';

const MS = 'Microsoft and OpenAI rewrote their partnership this week.';
const AMD = 'AMD and OpenAI signed a chip agreement.';

describe('a yes-or-no question', () => {
  it('asserts nothing: its answer does', () => {
    expect(claimsOf('Does Microsoft still own 49% of OpenAI?', MS)).toEqual([]);
    expect(claimsOf('Q: Is Azure still the only cloud OpenAI may use?', MS)).toEqual([]);
    expect(claimsOf('Was the warrant really for 160 million AMD shares?', AMD)).toEqual([]);
    expect(statusOf('No: Microsoft has never owned 49% of OpenAI.', MS)).toBe('supported');
  });
  it('is told by its leading auxiliary verb and its question mark only', () => {
    expect(isYesNoQuestion('Is it six gigawatts or ten?')).toBe(true);
    expect(isYesNoQuestion('Why did the lab take $1 billion?')).toBe(false);
    expect(isYesNoQuestion('It is six gigawatts, is it not.')).toBe(false);
    expect(isYesNoQuestion('Isolated from the rest, the lab took $1 billion?')).toBe(false);
  });
});

describe('a profit share told without its figure', () => {
  it('is the entitlement Microsoft had until the 2025 restructuring', () => {
    const share = claimsOf('Its return comes as a cut of the lab’s profits, not as shares.', MS)[0];
    expect([share?.status, share?.factId]).toEqual(['outdated', 'profit-share']);
    expect(
      statusOf('Before the 2025 restructuring, Microsoft’s return was a slice of OpenAI’s profits.', MS),
    ).toBe('supported');
  });
  it('leaves a percentage of profits the companies never gave unverified', () => {
    expect(statusOf('Microsoft takes 60% of OpenAI’s profits until it is paid back.', MS)).toBe('unverified');
  });
});

const GOOGLE = 'Google and Anthropic expanded their cloud deal.';
const ZO = 'Amazon and OpenAI signed a new agreement this year.';

describe('words that look like deal words', () => {
  it('"the start-up" starts nothing', () => {
    expect(
      statusOf(
        'Google agreed to put up to $2 billion into Anthropic, a start-up founded in 2021.',
        GOOGLE,
        '2023-10-28',
      ),
    ).toBe('supported');
  });
  it('money paid "upfront" is money put in', () => {
    const claim = claimsOf('Of the two billion, $500 million comes upfront and the rest later.', GOOGLE)[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-inv-500m']);
  });
  it('"worked with" is working together', () => {
    const claim = claimsOf('OpenAI had worked with AMD on MI300X chips before.', AMD)[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ao-earlier-mi300x']);
  });
});

describe('a chip named for a deal', () => {
  it('is a term of the deal only beside its other party', () => {
    expect(claimsOf('Google sells time on its TPUs to many outside customers.', GOOGLE)).toEqual([]);
    expect(statusOf('Anthropic runs Claude on Google’s TPUs.', GOOGLE)).toBe('supported');
  });
});

describe('filing details of a deal', () => {
  it('reads the class of shares bought', () => {
    const claim = claimsOf('The money bought preferred stock in a Series C.', ZO)[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'zo-series-c-preferred']);
  });
  it('leaves the quarterly payments only the press relayed unverified', () => {
    expect(statusOf('Amazon put $13.7 billion into OpenAI between April and June.', ZO, '2026-08-01')).toBe(
      'unverified',
    );
  });
});

describe('a figure inside a gap of words', () => {
  it('keeps its decimal point: "put $13.7 billion into" is one phrase', () => {
    expect(claimsOf('Amazon put $13.7 billion into OpenAI in the spring.', ZO)).toHaveLength(1);
  });
  it('is no money put in when it is the cash a company sits on', () => {
    for (const s of [
      'One broker called the investment modest for a group sitting on more than $130 billion in cash.',
      'Microsoft can afford the investment: its cash pile stood near $135 billion at the end of June.',
    ])
      expect(claimsOf(s, MS), s).toEqual([]);
  });
  it('is no money put in when it adds to someone’s net worth', () => {
    expect(claimsOf('Amazon stock jumped, adding some $9.5 billion to its founder’s net worth.', ZO)).toEqual(
      [],
    );
  });
});

describe('an answer', () => {
  it('goes on after its "Yes," or "No:" like any sentence led by a pronoun', () => {
    const claim = claimsOf('Yes, its exclusive licence to the lab’s models lasts until 2032.', MS)[0];
    expect([claim?.status, claim?.factId]).toEqual(['outdated', 'license-exclusive']);
  });
});

describe('a fraction of a sum with a word of addition', () => {
  it('is that fraction: "an extra quarter of a trillion dollars" is $250 billion', () => {
    const claim = claimsOf(
      'OpenAI also agreed to buy an extra quarter of a trillion dollars of Azure.',
      MS,
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'compute-250b']);
  });
});

describe('one holding turned into another', () => {
  it('is judged by what it became, not by what it was', () => {
    expect(statusOf('The 2025 deal turned Microsoft’s share of profits into a stake of some 27%.', MS)).toBe(
      'supported',
    );
    expect(statusOf('Its profit rights were converted into a 40% stake.', MS)).toBe('contradicted');
  });
});

describe('a correction', () => {
  it('withdraws what the earlier version said: no claim is read there', () => {
    expect(
      claimsOf(
        'An earlier version of this article said Amazon had taken a board seat at Anthropic; it has none.',
        'Amazon and Anthropic widened their deal.',
      ),
    ).toEqual([]);
    expect(
      retractedEnd(
        'Correction: a previous version of this story put the sum at $2 billion; it was $1 billion.',
      ),
    ).toBe('Correction: a previous version of this story put the sum at $2 billion'.length);
  });
  it('still judges what the correction says instead', () => {
    const claims = claimsOf(
      'Correction: an earlier version of this story said Microsoft owned 49% of OpenAI; it owns about 27% since the 2025 restructuring.',
      MS,
    );
    expect(claims.map((c) => [c.status, c.factId])).toEqual([['supported', 'stake-27']]);
  });
  it('is told by its opening words only', () => {
    expect(retractedEnd('Microsoft said an earlier version of the deal gave it 49%.')).toBe(0);
  });
});

describe('when a term became known', () => {
  it('"first disclosed in 2024" dates the telling, not the start of the deal', () => {
    const claim = claimsOf(
      'The $13 billion in total funding, first disclosed in an October 2024 filing, is unchanged.',
      MS,
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'inv-total-13b']);
  });
});

describe('a verb of progress', () => {
  it('"regardless of how its technology progresses" is the revenue share’s independence of progress', () => {
    const claim = claimsOf(
      'OpenAI keeps paying Microsoft until 2030, regardless of how far its technology progresses.',
      MS,
      '2026-05-01',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'rev-capped-2030']);
  });
});

describe('shares', () => {
  it('held are a term of the deal: only shares that move are market colour', () => {
    const claim = claimsOf(
      'Its shares come without votes, and it takes no seat on the board.',
      'Google and Anthropic expanded their ties again.',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-non-voting']);
    expect(
      claimsOf(
        'Its shares jumped 4% after the news, adding $12 billion of market value.',
        'Google and Anthropic expanded their ties again.',
      ),
    ).toEqual([]);
  });
});

describe('money paid at a time', () => {
  it('is money put in: "$1.25 billion paid at once"', () => {
    expect(
      statusOf(
        'Of Amazon’s first four billion, $1.25 billion was paid at once, insiders said.',
        'Amazon and Anthropic sealed their first deal.',
        '2023-09-26',
      ),
    ).toBe('unverified');
  });
});

describe('a ceiling', () => {
  it('belongs to the figure it stands before: "up to $100 billion, for at least 10 gigawatts"', () => {
    const NV = 'NVIDIA and OpenAI signed a letter of intent in September 2025.';
    const claims = claimsOf('The letter of intent named up to $100 billion, for at least 10 gigawatts.', NV);
    expect(claims.map((c) => c.status)).not.toContain('contradicted');
    expect(statusOf('The letter covered up to 10 gigawatts of NVIDIA systems.', NV)).toBe('contradicted');
  });
  it('is read on each figure of a sentence that has two, the money and the capacity', () => {
    const NV = 'NVIDIA and OpenAI signed a letter of intent in September 2025.';
    expect(
      statusOf('NVIDIA meant to invest up to $100 billion as the lab switched on up to 10 gigawatts.', NV),
    ).toBe('contradicted');
    expect(
      statusOf('NVIDIA meant to invest up to $100 billion as the lab switched on 10 gigawatts.', NV),
    ).not.toBe('contradicted');
  });
});

describe('a letter of intent dated', () => {
  it('by the month it was signed agrees; by another month it clashes', () => {
    const ctx = 'NVIDIA and OpenAI have worked together for years.';
    expect(statusOf('The two signed a letter of intent in September 2025.', ctx)).toBe('supported');
    expect(statusOf('The two signed a letter of intent in March 2025.', ctx)).toBe('contradicted');
  });
});

// A page about several deals, as full articles are: each sentence below names no term of any of them.
const MANY = [
  'Microsoft and OpenAI reworked their pact; Amazon and OpenAI signed theirs; Amazon and Anthropic grew theirs.',
  'Google and Anthropic, NVIDIA and OpenAI also appear in this roundup.',
].join(' ');

describe('sentences of a full article that state no term', () => {
  it('a job title is no primary anything', () => {
    expect(
      claimsOf('OpenAI’s chief executive called compute the scarcest thing in the industry.', MANY),
    ).toEqual([]);
  });
  it('a company that "began life" in a year started no deal then', () => {
    expect(claimsOf('OpenAI began life in 2015 as a research lab funded by donations.', MANY)).toEqual([]);
  });
  it('a chip described is no deal’s chip unless its user is named', () => {
    expect(claimsOf('Trainium is Amazon’s own answer to Nvidia’s GPUs.', MANY)).toEqual([]);
    expect(statusOf('Anthropic trains its models on Trainium chips.', MANY)).toBe('supported');
  });
  it('a kind of thing in general is no deal’s term', () => {
    expect(claimsOf('Loan guarantees of this kind let builders borrow for less.', MANY)).toEqual([]);
    expect(claimsOf('A gigawatt-scale campus takes years to wire to the grid.', MANY)).toEqual([]);
  });
  it('another company’s cloud is a place a deal runs only beside a side of the deal', () => {
    expect(claimsOf('Oracle’s cloud arm must prove it can win more AI workloads.', MANY)).toEqual([]);
    expect(statusOf('OpenAI can now also run its products in Oracle’s cloud.', MANY, '2026-05-01')).toBe(
      'supported',
    );
  });
  it('what an indirect question asks is no claim', () => {
    expect(
      claimsOf('Lawyers asked whether AWS could carry the models at all given Microsoft’s rights.', MANY),
    ).toEqual([]);
  });
  it('a funding round is the February round of Microsoft and NVIDIA only when it is named so or they are', () => {
    const claims = claimsOf(
      'Anthropic raised $450 million in a Series C round that spring.',
      MANY,
      '2023-06-01',
    );
    expect(claims.map((c) => c.factId)).not.toContain('mna-series-g-portion');
  });
  it('courts, gains and rounds are a deal’s only with its parties named', () => {
    expect(claimsOf('Legal scholars said the case could take years in court.', MANY)).toEqual([]);
    expect(claimsOf('Alphabet booked a $37.7 billion gain on equity securities that quarter.', MANY)).toEqual(
      [],
    );
    expect(
      claimsOf('Generative AI drew the most tech investment of any field this year.', MANY, '2023-06-01'),
    ).toEqual([]);
  });
});

describe('a regulator’s finding', () => {
  it('"had not acquired material influence" clears the deal', () => {
    const claim = claimsOf(
      'The regulator decided Google had not acquired material influence over Anthropic.',
      'Google and Anthropic expanded their ties again.',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-cma-cleared']);
  });
});

describe('a competition watchdog', () => {
  it('is a regulator', () => {
    const claim = claimsOf(
      'The watchdog decided Google had not acquired material influence over Anthropic.',
      'Google and Anthropic expanded their ties again.',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-cma-cleared']);
  });
});

describe('a sum added up to now', () => {
  it('"so far" and "to date" tell of now, in whichever clause they stand', () => {
    const claim = claimsOf(
      'Amazon also backs Anthropic, with $8 billion invested so far.',
      'Amazon and Anthropic widened their deal.',
    )[0];
    // Amazon's money reached $13 billion in April 2026: $8 billion "so far" is outdated.
    expect([claim?.status, claim?.factId]).toEqual(['outdated', 'aa-inv-8b']);
  });
});

describe('an expectation about delivery', () => {
  it('is no report of talks: "Trainium4, which is expected to ship in 2027" in a signed deal', () => {
    const claim = claimsOf(
      "OpenAI will draw 2 gigawatts from Amazon's Trainium chips, Trainium4 among them, which is expected to ship in 2027.",
      'Amazon and OpenAI signed a new agreement.',
      '2026-03-01',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'zo-trainium-2gw']);
  });
});

describe('a report from unnamed people', () => {
  it('passes on a press-only term as hearsay: "those people said"', () => {
    expect(
      statusOf(
        'NVIDIA would get non-voting shares in OpenAI, those people said.',
        'NVIDIA and OpenAI signed a letter of intent.',
        '2025-09-23',
      ),
    ).toBe('unverified');
  });
});

describe('a side’s other business, in an article about its deals', () => {
  const quiet = [
    // the cloud's own growth, and its rivals
    'Azure’s growth last quarter fell short of what some investors hoped for.',
    'AWS is still the largest cloud by revenue, ahead of Azure and Google Cloud.',
    // a company's own profit
    'Retail brings in most of Amazon’s sales, but AWS earns most of its operating profit.',
    // power as a thing, a guarantee in general, the market's investors
    'Ten new chip plants would need the output of several power stations.',
    'Critics say guarantees like this one hide risk from shareholders.',
    'Investors are still puzzling over what Stargate means for Microsoft.',
    // a product built with a partner
    'Microsoft launched Copilot Cowork, built in close collaboration with Anthropic.',
    // a side's chief executive on compute
    'Sam Altman says compute is the main limit on OpenAI’s growth.',
    // a lab's revenue, beside a chip maker named among its suppliers
    'OpenAI has signed compute deals worth far more than its revenue, with Oracle, NVIDIA and AMD among them.',
  ];
  for (const sentence of quiet) {
    it(`states no term: ${sentence}`, () => {
      expect(claimsOf(sentence, MANY).map((c) => [c.factId, c.status])).toEqual([]);
    });
  }
});

describe('a holding valued at a sum', () => {
  it('is the holding’s worth even with an adverb after "valued"', () => {
    const claims = claimsOf(
      'Microsoft came away with about 27% of OpenAI last October, a holding valued then at some $135 billion.',
      MS,
    );
    expect(claims.map((c) => [c.factId, c.status])).toEqual([
      ['stake-27', 'supported'],
      ['stake-27-value', 'supported'],
    ]);
  });
});

describe('joint work on supercomputers', () => {
  it('is a term of the 2019 deal, with or without its year', () => {
    const claim = claimsOf(
      'The two will also work together on new Azure supercomputing technology.',
      MS,
      '2019-07-23',
    )[0];
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'supercomputers-2019']);
  });
});

describe('verbs of rewriting a deal', () => {
  it('tell of the past: "replaced", "loosened", "relinquished"', () => {
    expect(
      statusOf(
        'In early 2025 the two replaced Azure’s exclusivity with a right of first refusal.',
        MS,
        '2025-03-01',
      ),
    ).toBe('supported');
    expect(
      statusOf(
        'The companies replaced Azure’s exclusivity with Microsoft’s right of first refusal.',
        MS,
        '2025-02-01',
      ),
    ).toBe('supported');
  });
});

describe('a right of first refusal told plainly', () => {
  it('"gets the first chance to supply" is the right of first refusal', () => {
    const claim = claimsOf(
      'Microsoft now gets the first chance to supply any new capacity OpenAI wants.',
      MS,
      '2025-02-01',
    )[0];
    expect([claim?.factId, claim?.asPublished]).toEqual(['cloud-rofr', 'supported']);
  });
});

describe('a reported profit share', () => {
  it('told as the reporting it was leaves the figure unverified, not the entitlement outdated', () => {
    expect(
      statusOf(
        // The sentence of our div-soup page (tests/fixtures/pages), which the end-to-end tests read too.
        'Some commentators say Microsoft owns 49% of OpenAI, but that number describes a reported share of profits in an older structure rather than a verified equity stake.',
        MS,
      ),
    ).toBe('unverified');
  });
});

// Phrasing families from verdicts.md, in our own words: each sentence is judged on a page that
// names both parties, as of 2026-11-21.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import type { Status } from '../../../core/types';

const AS_OF = '2026-11-21';
const fb = bundledFactBase();

function judge(
  sentence: string,
  published: string | null = null,
  context = 'Microsoft and OpenAI have worked together for years.',
) {
  const page = pageFromPlainText(`${context}\n\n${sentence}`);
  return judgePage(page, fb, { asOf: AS_OF, published }).find((c) => c.text === sentence) ?? null;
}

const families: Array<[string, Status | null]> = [
  // current terms stated as current
  [
    'OpenAI can now serve its products on any cloud provider, though Azure remains its primary cloud partner.',
    'supported',
  ],
  ["Microsoft's license to OpenAI models runs through 2032 and is now non-exclusive.", 'supported'],
  ['OpenAI committed to purchase an additional $250 billion of Azure services.', 'supported'],
  ['OpenAI pays Microsoft a share of revenue through 2030, subject to a cap.', 'supported'],
  ['Microsoft no longer pays OpenAI a revenue share.', 'supported'],
  [
    'Any declaration of AGI by OpenAI must be verified by an independent expert panel, Microsoft said.',
    'supported',
  ],
  ['Microsoft holds roughly 27% of OpenAI Group PBC.', 'supported'],
  ["Microsoft's 27% stake in OpenAI is worth about $135 billion.", 'supported'],
  ['Microsoft keeps rights to OpenAI research until 2030.', 'supported'],
  // past framing of a changed term
  ['Azure was the exclusive cloud provider for OpenAI until early 2025.', 'supported'],
  ["Microsoft, which used to be OpenAI's only cloud provider, now shares that role.", 'supported'],
  ['Microsoft relinquished its observer seat on the OpenAI board in July 2024.', 'supported'],
  ['Microsoft gave up its right of first refusal on OpenAI compute in October 2025.', 'supported'],
  ['Microsoft first invested in OpenAI in 2019.', 'supported'],
  ['Microsoft invested $1 billion in OpenAI in 2019.', 'supported'],
  ['Microsoft has committed $13 billion to OpenAI in total.', 'supported'],
  // superseded terms stated as current
  ["Azure is OpenAI's exclusive cloud provider.", 'outdated'],
  ["Microsoft has been OpenAI's exclusive cloud provider since 2019.", 'outdated'],
  ['Microsoft keeps a right of first refusal over any added OpenAI capacity.', 'outdated'],
  ["OpenAI's API remains exclusive to Azure.", 'outdated'],
  ["Microsoft's licence to OpenAI's intellectual property remains exclusive.", 'outdated'],
  ['Revenue sharing will flow both ways between Microsoft and OpenAI.', 'outdated'],
  ["Microsoft holds a non-voting observer seat on OpenAI's board.", 'outdated'],
  ["Microsoft doesn't own any equity in OpenAI; it is only entitled to a share of profits.", 'outdated'],
  // never true, or a wrong value
  ['Microsoft owns 49% of OpenAI.', 'contradicted'],
  ['Microsoft holds a 45 percent stake in OpenAI.', 'contradicted'],
  ['Microsoft invested $10 billion in OpenAI in 2019.', 'contradicted'],
  ['In 2019, Microsoft put $5 billion into OpenAI.', 'contradicted'],
  ['Microsoft has invested $13 million in OpenAI.', 'contradicted'],
  ["Microsoft's stake in OpenAI is valued at $500 billion.", 'contradicted'],
  [
    "Microsoft has rights to OpenAI's models only until 2030 or until AGI is declared, whichever comes first.",
    'contradicted',
  ],
  ['Microsoft is an equity funder of the Stargate project with OpenAI.', 'contradicted'],
  ['Microsoft first partnered with OpenAI in 2016.', 'supported'],
  // press-only figures
  ['Microsoft invested $2 billion in OpenAI in 2021.', 'unverified'],
  ['Microsoft has sunk a reported $10bn into OpenAI.', 'unverified'],
  ['OpenAI gives Microsoft 20% of its revenue.', 'unverified'],
  ['Microsoft is said to have spent more than $60 billion on OpenAI-related infrastructure.', 'unverified'],
  // decoys: both companies, deal words, no term
  ['Microsoft shares rose 2% after OpenAI announced a new model.', null],
  ['Microsoft and OpenAI are being sued by authors over copyright, seeking billions in damages.', null],
  ['OpenAI raised $40 billion at a $300 billion valuation, with Microsoft participating.', null],
  // (Google–Anthropic and Amazon–OpenAI are tracked since fact base 2.0: tests/unit/engine/partners.test.ts)
  ['Meta invested $14 billion in Scale AI, a supplier of OpenAI.', null],
  ['Copilot is built on OpenAI models and sold by Microsoft.', null],
  ['Microsoft and OpenAI have one of the most influential alliances in tech.', null],
  ['Meta signed a $10 billion cloud deal with Google.', null],
  ['Microsoft reported quarterly earnings that included a $4 billion loss from its OpenAI investment.', null],
  ['Microsoft will spend $80 billion on AI data centers this year.', null],
  ['OpenAI raised $6.6 billion from a group of investors led by Thrive Capital.', null],
];

describe('judging sentences as of 2026-11-21', () => {
  it.each(families)('%s → %s', (sentence, status) => {
    expect(judge(sentence)?.status ?? null).toBe(status);
  });
});

describe('as published', () => {
  it('a 2023 exclusivity claim was accurate when published and is outdated now', () => {
    const c = judge("Azure will be OpenAI's exclusive cloud provider.", '2023-01-23');
    expect(c?.status).toBe('outdated');
    expect(c?.asPublished).toBe('supported');
    // The amendment context is the latest change to the cloud terms, not only the one that ended this fact.
    expect(c?.amendment?.date).toBe('2026-04-27');
    expect(c?.validTo).toBe('2025-01-21');
  });

  it('a May 2026 exclusive-licence claim was already outdated when published', () => {
    const c = judge("Microsoft secures exclusive licensing rights to OpenAI's technologies.", '2026-05-20');
    expect(c?.status).toBe('outdated');
    expect(c?.asPublished).toBe('outdated');
    expect(c?.amendment?.date).toBe('2026-04-27');
  });

  it('a wrong figure is contradicted whenever written', () => {
    const c = judge('Microsoft still owns 49% of OpenAI.', '2023-11-20');
    expect([c?.status, c?.asPublished]).toEqual(['contradicted', 'contradicted']);
  });

  it('has no as-published status without a date', () => {
    expect(judge('Microsoft owns 49% of OpenAI.')?.asPublished).toBeNull();
  });

  it('a figure confirmed only later was unverified when published', () => {
    const c = judge('Microsoft has invested $13 billion in OpenAI.', '2023-12-08');
    expect([c?.status, c?.asPublished]).toEqual(['supported', 'unverified']);
  });
});

describe('what a verdict carries', () => {
  it('names the fact, the period, the amendment context and the primary source', () => {
    const c = judge("Azure is OpenAI's exclusive cloud provider.")!;
    expect(c.factId).toBe('cloud-exclusive');
    expect([c.validFrom, c.validTo]).toEqual(['2019-07-22', '2025-01-21']);
    expect(c.amendment).toMatchObject({ eventId: 'E13', date: '2026-04-27' });
    expect(c.source?.url).toBe('https://openai.com/index/next-phase-of-microsoft-partnership/');
    expect(c.explanation).toMatch(
      /^Outdated since 2025-01-21\. Now: Azure has not been OpenAI's only cloud since January 2025/,
    );
    expect(c.score).toBeGreaterThan(0.6);
    expect(c.why.join(' ')).toContain('cloud-exclusive');
  });

  it('gives the right value for a wrong one', () => {
    const c = judge('Microsoft invested $10 billion in OpenAI in 2019.')!;
    expect(c.explanation).toContain('$1 billion');
    expect(c.source?.url).toContain('openai.com/index/microsoft-invests-in-and-partners-with-openai');
  });

  it('reads a one-party sentence from the page around it', () => {
    const context = 'Microsoft and OpenAI reworked their deal.';
    expect(judge('Its 27 percent stake in OpenAI is worth about $135 billion.', null, context)?.status).toBe(
      'supported',
    );
    expect(judge('That company also receives 20% of OpenAI revenue.', null, context)?.status).toBe(
      'unverified',
    );
    expect(
      judge('That company also receives 20% of OpenAI revenue.', null, 'A page about chatbots.'),
    ).toBeNull();
  });

  it('judges the worst part of a sentence with several claims', () => {
    expect(judge('Having put $13 billion into OpenAI, Microsoft also owns 49% of it.')?.status).toBe(
      'contradicted',
    );
    expect(
      judge("Microsoft, formerly OpenAI's only cloud supplier, currently has a right of first refusal.")
        ?.status,
    ).toBe('outdated');
  });
});

describe('dates of amendments', () => {
  it('knows the amendment is dated April 2026, not July', () => {
    expect(judge('Microsoft and OpenAI signed a July 2026 amendment to their deal.')?.status).toBe(
      'contradicted',
    );
    expect(judge('Microsoft and OpenAI signed an amended agreement in April 2026.')?.status).toBe(
      'supported',
    );
    expect(judge('Microsoft and OpenAI restructured their deal in October 2025.')?.status).toBe('supported');
  });
});

const moreFamilies: Array<[string, Status | null]> = [
  ['Microsoft has poured more than $13 billion into OpenAI.', 'supported'],
  ["Microsoft, OpenAI's biggest backer, has invested roughly $14 billion.", 'unverified'],
  ["The Redmond giant took a 49% stake in OpenAI's for-profit arm.", 'contradicted'],
  ["Microsoft is entitled to 49% of the profits of OpenAI's for-profit arm.", 'unverified'],
  ['Under the new deal, OpenAI is no longer required to use Azure exclusively.', 'supported'],
  ["Azure remains the exclusive home of OpenAI's API.", 'outdated'],
  ["Microsoft has exclusive access to GPT-4's underlying code.", 'outdated'],
  ["Microsoft is OpenAI's largest investor, with a stake of about 27%.", 'supported'],
  ['Microsoft will get about 27% of the new for-profit company, worth roughly $135 billion.', 'supported'],
  ["The deal values Microsoft's stake at around $135 billion.", 'supported'],
  [
    "Microsoft's exclusivity as OpenAI's cloud provider ended in January 2025, replaced by a right of first refusal.",
    'supported',
  ],
  ['Since 2019, Microsoft has been the exclusive cloud provider for OpenAI.', 'outdated'],
  ['OpenAI will continue to share revenue with Microsoft until AGI is achieved.', 'outdated'],
  ["Microsoft no longer has exclusive rights to OpenAI's models.", 'supported'],
  ["Microsoft lost its exclusive license to OpenAI's technology in April.", 'supported'],
  ["The amended agreement ends Microsoft's exclusivity over OpenAI's IP.", 'supported'],
  ['OpenAI and Microsoft agreed that OpenAI products will ship first on Azure.', 'supported'],
  ['Microsoft pays OpenAI a share of its Azure OpenAI revenue.', 'outdated'],
  ['The board observer seat Microsoft took in late 2023 was given up in mid-2024.', 'supported'],
  ['OpenAI agreed to spend $250bn on Azure.', 'supported'],
  ["Microsoft's $1bn investment in 2019 made Azure OpenAI's exclusive cloud.", 'supported'],
  ["Microsoft's IP rights now extend through 2032.", 'supported'],
  ["Microsoft's IP rights extend to 2030.", 'outdated'],
  ['OpenAI takes a 50% cut of revenue from the Azure OpenAI Service.', 'unverified'],
  ['Microsoft is reportedly seeking a 30% stake in the new OpenAI entity.', 'unverified'],
  ['Microsoft stock jumped 4% after OpenAI signed a deal with Oracle.', null],
  ['OpenAI is valued at $500 billion after the share sale, with Microsoft among the investors.', null],
  [
    'Microsoft CEO Satya Nadella said the company is "below them, above them, around them" with OpenAI.',
    null,
  ],
  ['Microsoft reported that Azure revenue grew 40%, helped by OpenAI workloads.', null],
  ['Elon Musk sued OpenAI and Microsoft in 2024, alleging the partnership betrayed OpenAI’s mission.', null],
];

describe('more phrasings of the same families', () => {
  it.each(moreFamilies)('%s → %s', (sentence, status) => {
    expect(judge(sentence)?.status ?? null).toBe(status);
  });
});

const subtlerFamilies: Array<[string, Status | null]> = [
  ["Microsoft gets 75% of OpenAI's profits until it recoups its investment.", 'unverified'],
  ['Under the contract, once OpenAI declares AGI, Microsoft loses access to its technology.', 'outdated'],
  [
    "Microsoft is no longer OpenAI's exclusive cloud provider, but it still gets a right of first refusal over extra capacity.",
    'outdated',
  ],
  ['Microsoft no longer has a right of first refusal over added OpenAI capacity.', 'supported'],
  ["Microsoft's rights to OpenAI's models survive AGI and run through 2032.", 'supported'],
  ['OpenAI will pay Microsoft 20% of its revenue until 2030.', 'unverified'],
  ["Azure will remain the exclusive provider for OpenAI's API.", 'outdated'],
  ['OpenAI still relies exclusively on Microsoft Azure.', 'outdated'],
  ["Microsoft's exclusive license to GPT-3 gives it access to the model's code.", 'outdated'],
  ['Microsoft made a $10 billion investment in OpenAI in January 2023.', 'unverified'],
  ["Microsoft's 32.5% stake was diluted to about 27% in the recapitalization.", 'supported'],
  ["After the restructuring, Microsoft owns roughly 27 percent of OpenAI's for-profit arm.", 'supported'],
  ["Azure, once OpenAI's exclusive cloud provider, is now its primary cloud partner.", 'supported'],
];

describe('subtler readings: conjunctions, partial negation, mixed figures', () => {
  it.each(subtlerFamilies)('%s → %s', (sentence, status) => {
    expect(judge(sentence)?.status ?? null).toBe(status);
  });
});

const timeAndHedges: Array<[string, Status | null]> = [
  ["Microsoft said in 2023 that Azure would remain OpenAI's exclusive cloud provider.", 'supported'],
  ["At the time, Azure was OpenAI's exclusive cloud provider.", 'supported'],
  ['Microsoft reportedly owns 49% of OpenAI.', 'contradicted'],
  ['Microsoft reportedly invested $1 billion in OpenAI in 2019.', 'supported'],
  ['People close to the talks say Microsoft will invest $10 billion in OpenAI.', 'unverified'],
  ["Microsoft's stake is worth $135 billion, while OpenAI itself is valued at $500 billion.", 'supported'],
  [
    'OpenAI has committed to spend $250 billion on Azure, not Microsoft investing that sum in OpenAI.',
    'supported',
  ],
  ['Microsoft has agreed to invest up to $10 billion in OpenAI.', 'unverified'],
  ['Microsoft invested $13 million in OpenAI back in 2019.', 'contradicted'],
  ["Microsoft's exclusive cloud deal with OpenAI, signed in 2019, remains in force today.", 'outdated'],
  ["Microsoft remains OpenAI's exclusive provider of API services.", 'outdated'],
  ["OpenAI's API is no longer exclusive to Azure.", 'supported'],
  ["Microsoft holds a seat on OpenAI's board as a non-voting observer.", 'outdated'],
  [
    "Microsoft does not have a seat on OpenAI's board since it gave up its observer role in 2024.",
    'supported',
  ],
  [
    'OpenAI and Microsoft agreed to a $250 billion Azure commitment and a 27% stake for Microsoft.',
    'supported',
  ],
];

describe('reported speech, appositives, hedges and value confusions', () => {
  it.each(timeAndHedges)('%s → %s', (sentence, status) => {
    expect(judge(sentence)?.status ?? null).toBe(status);
  });

  it('judges reported speech at the time it was said', () => {
    const c = judge("Microsoft said that Azure is OpenAI's exclusive cloud provider.", '2023-03-01');
    expect([c?.status, c?.asPublished]).toEqual(['supported', 'supported']);
    const late = judge("Microsoft said that Azure is OpenAI's exclusive cloud provider.", '2026-06-01');
    expect([late?.status, late?.asPublished]).toEqual(['outdated', 'outdated']);
  });
});

const announcementPhrasings: Array<[string, Status | null]> = [
  ['Microsoft, which has poured billions into OpenAI, is its exclusive cloud partner.', 'outdated'],
  ['As part of the deal, OpenAI uses Azure exclusively for its computing needs.', 'outdated'],
  ["Microsoft has an exclusive license to OpenAI's GPT-4 technology.", 'outdated'],
  ["Microsoft owns a 49 per cent stake in OpenAI's capped-profit entity.", 'contradicted'],
  ["Microsoft is OpenAI's largest shareholder, owning roughly 27%.", 'supported'],
  [
    'Microsoft first invested $1 billion in OpenAI in 2019, followed by a further $2 billion in 2021 and $10 billion in 2023.',
    'unverified',
  ],
  [
    "The 2019 deal saw Microsoft invest $1 billion and become OpenAI's exclusive cloud provider.",
    'supported',
  ],
  [
    'Under the terms unveiled that Tuesday, OpenAI agreed to buy a further $250 billion of Azure services.',
    'supported',
  ],
  ["Microsoft will no longer have a right of first refusal to be OpenAI's compute provider.", 'supported'],
  [
    "Microsoft's IP rights now extend through 2032 and include models post-AGI, with appropriate safety guardrails.",
    'supported',
  ],
  [
    'Once AGI is declared by OpenAI, that declaration will now be verified by an independent expert panel.',
    'supported',
  ],
  [
    'The revenue share agreement remains until the expert panel verifies AGI, though payments will be made over a longer period.',
    'outdated',
  ],
  ['OpenAI can now jointly develop some products with third parties.', null],
  ['OpenAI is now able to release open-weight models that meet requisite capability criteria.', null],
  ['Microsoft and OpenAI shares of the AI market are growing fast.', null],
  ['Microsoft reported a $3.1 billion hit to net income from its OpenAI stake.', null],
  ["The Azure OpenAI Service gives enterprises access to GPT-4 with Microsoft's security guarantees.", null],
  ['Microsoft has a 20-year history of partnerships with AI labs, including OpenAI since 2019.', null],
];

describe('phrasings from announcements and explainers', () => {
  it.each(announcementPhrasings)('%s → %s', (sentence, status) => {
    expect(judge(sentence)?.status ?? null).toBe(status);
  });
});

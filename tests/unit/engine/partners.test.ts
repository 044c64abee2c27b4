// The seven partnerships of fact base 2.0, in our own words: each partnership's main terms, its superseded
// terms, the wrong figures that circulate about it and the press-only ones, judged as of 2026-11-21 on a page
// that names the deal's parties. Sentences about deals the fact base does not track stay unmarked.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { extractValues } from '../../../core/claims/values';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import type { JudgedClaim, Status } from '../../../core/types';

const AS_OF = '2026-11-21';
const fb = bundledFactBase();

/** The claim the sentence makes on a page whose first paragraph names the partnership's parties. */
function judge(sentence: string, context: string): JudgedClaim | null {
  const page = pageFromPlainText(`${context}\n\n${sentence}`);
  const claims = judgePage(page, fb, { asOf: AS_OF, published: null }).filter(
    (c) => c.start >= context.length,
  );
  // The sentence's most severe claim speaks for it (the others are its clauses).
  return claims.find((c) => c.text === sentence) ?? claims[0] ?? null;
}

type Case = [sentence: string, status: Status | null];

const PARTNERSHIPS: Array<{ id: string; context: string; cases: Case[] }> = [
  {
    id: 'amazon-anthropic',
    context: 'Amazon and Anthropic have a long cloud and investment relationship.',
    cases: [
      ['Amazon has now put $13 billion into Anthropic.', 'supported'],
      ['Amazon invested $2.75 billion more in Anthropic in March 2024.', 'supported'],
      ['AWS remains the primary cloud provider for Anthropic.', 'supported'],
      ['Amazon could invest up to $20 billion more in Anthropic later.', 'supported'],
      [
        "Anthropic promised to spend over $100 billion on Amazon's cloud across the next decade.",
        'supported',
      ],
      ['Amazon holds non-voting shares in Anthropic.', 'supported'],
      ['So far Amazon has invested $8 billion in Anthropic.', 'outdated'],
      ['Amazon is investing $25 billion in Anthropic.', 'contradicted'],
      ['Amazon has invested $80 billion in Anthropic.', 'contradicted'],
      ['AWS is the exclusive cloud where Anthropic trains its models.', 'contradicted'],
      ["Amazon's stake in Anthropic is worth $13.8 billion.", 'contradicted'],
      ['Amazon owns 21% of Anthropic.', 'unverified'],
      ['Amazon doubled its investment in Anthropic to $8 billion in November 2024.', 'supported'],
      ['Amazon could invest as much as $33 billion in Anthropic in total.', 'supported'],
      ['Amazon has committed $33 billion to Anthropic.', 'contradicted'],
      ['Amazon committed roughly $100 billion to Anthropic.', 'contradicted'],
      ['Amazon will spend $100 billion on data centers this year.', null],
      ["The UK competition regulator cleared Amazon's investment in Anthropic.", 'supported'],
      [
        "Part of Amazon's convertible notes in Anthropic turned into non-voting preferred stock.",
        'supported',
      ],
    ],
  },
  {
    id: 'google-anthropic',
    context: 'Google and Anthropic work together on cloud computing.',
    cases: [
      ['Google agreed in October 2023 to invest up to $2 billion in Anthropic.', 'supported'],
      ['Claude models are sold to Google Cloud customers through Vertex AI.', 'supported'],
      ['Anthropic has a 5-gigawatt TPU agreement with Google and Broadcom.', 'supported'],
      ["Google's shares in Anthropic carry no voting rights.", 'supported'],
      ['Google Cloud is the primary cloud provider of Anthropic.', 'contradicted'],
      ['Google plans to put $400 billion into Anthropic.', 'contradicted'],
      ['Google invested $10 billion in Anthropic in 2025.', 'contradicted'],
      ['Google owns 14% of Anthropic.', 'unverified'],
      ['Google is said to be investing up to $40 billion in Anthropic.', 'unverified'],
      ['Anthropic will spend $200 billion on Google Cloud over five years.', 'unverified'],
      ["Google's initial $2 billion investment in Anthropic came in 2023.", 'contradicted'],
      ['Google is investing $10 billion in Anthropic at a $380 billion valuation.', 'contradicted'],
      ["Anthropic's deal with Google Cloud is exclusive.", 'contradicted'],
      ['Anthropic will use up to one million Google TPUs.', 'supported'],
      ['Google first invested in Anthropic in April 2023.', 'contradicted'],
    ],
  },
  {
    id: 'microsoft-nvidia-anthropic',
    context: 'Anthropic has a three-way deal with Microsoft and NVIDIA.',
    cases: [
      ['Anthropic agreed to buy $30 billion of computing capacity on Azure.', 'supported'],
      ['NVIDIA and Microsoft pledged up to $15 billion of investment in Anthropic.', 'supported'],
      ['NVIDIA committed to invest up to $10 billion in Anthropic.', 'supported'],
      ['Claude is now offered in Microsoft Foundry.', 'supported'],
      ['Microsoft, NVIDIA and Anthropic announced their partnership in November 2025.', 'supported'],
      [
        'The financial terms of the deal between Microsoft, NVIDIA and Anthropic were not disclosed.',
        'contradicted',
      ],
      ['Microsoft is investing $30 billion in Anthropic.', 'contradicted'],
      ['Anthropic will buy at least 1 gigawatt of capacity from NVIDIA.', 'contradicted'],
      ["Anthropic's $30 billion Series G funding round was led by NVIDIA and Microsoft.", 'contradicted'],
      ['NVIDIA has invested about $10 billion in Anthropic.', 'unverified'],
      ['Microsoft and Nvidia will invest a combined $45 billion in Anthropic.', 'contradicted'],
      ['Anthropic committed to up to $30 billion of Azure capacity.', 'contradicted'],
      ['Microsoft will invest $10 billion in Anthropic.', 'contradicted'],
      [
        'Microsoft is investing up to $5 billion in Anthropic, while Nvidia is committing up to $10 billion.',
        'supported',
      ],
    ],
  },
  {
    id: 'nvidia-openai',
    context: 'NVIDIA and OpenAI have a large computing partnership.',
    cases: [
      ['NVIDIA put $30 billion into OpenAI in February 2026.', 'supported'],
      ['NVIDIA is the preferred compute and networking partner of OpenAI.', 'supported'],
      ['NVIDIA said it might never sign a definitive agreement with OpenAI.', 'supported'],
      ['NVIDIA guaranteed up to $105 billion of lease payments for an OpenAI campus in Ohio.', 'supported'],
      ['NVIDIA plans to invest up to $100 billion in OpenAI.', 'outdated'],
      ['NVIDIA invested $100 billion in OpenAI.', 'contradicted'],
      ['NVIDIA and OpenAI finalized their $100 billion agreement.', 'contradicted'],
      ['NVIDIA invested $105 billion in Ohio for OpenAI.', 'contradicted'],
      ["NVIDIA has invested $100 million in OpenAI's infrastructure.", 'contradicted'],
      ['The NVIDIA and OpenAI deal was signed in September 2024.', 'contradicted'],
      ['OpenAI will deploy up to 10 gigawatts of NVIDIA systems.', 'contradicted'],
      ['OpenAI will deploy at least 10 gigawatts of NVIDIA systems.', 'outdated'],
      ['NVIDIA is the exclusive chip supplier of OpenAI.', 'contradicted'],
      ['NVIDIA took a $30 billion stake in OpenAI.', 'supported'],
      ['The first gigawatt of NVIDIA systems for OpenAI was due in the second half of 2026.', 'supported'],
    ],
  },
  {
    id: 'amd-openai',
    context: 'AMD and OpenAI signed a GPU supply deal.',
    cases: [
      ['AMD granted OpenAI warrants covering as many as 160 million AMD shares.', 'supported'],
      ['OpenAI plans to deploy 6 gigawatts of AMD GPUs.', 'supported'],
      // A warrant's tranches told by the share price that unlocks them: the last one's price is public, others
      // only reported; the price of one share is never a sum put in.
      ['Its last tranche needs the stock at $600 before it unlocks.', 'supported'],
      ['A middle tranche is said to unlock at $400.', 'unverified'],
      [
        "Vesting in full requires the lab's purchases to grow toward six gigawatts and AMD's stock to reach $600 for the final tranche.",
        'supported',
      ],
      [
        'Vesting in full takes purchases growing toward six gigawatts and the stock at $600 for the last tranche.',
        'supported',
      ],
      // AMD's figure of more than $100 billion counts other buyers too: from the lab alone it is wrong.
      [
        'Counting other buyers too, AMD expects over $100 billion of new revenue in four years.',
        'unverified',
      ],
      [
        'The OpenAI contract alone will bring in more than $100 billion of revenue over four years.',
        'contradicted',
      ],
      // The whole size beside the part that binds: no claim that all of it is a firm order.
      ['The pact spans six gigawatts, but only the first gigawatt is a firm purchase.', 'supported'],
      ['OpenAI has committed to buy all six gigawatts of AMD GPUs.', 'contradicted'],
      ['The first gigawatt of MI450 chips for OpenAI comes online in the second half of 2026.', 'supported'],
      ['None of the warrant shares held by OpenAI have vested yet.', 'supported'],
      ['OpenAI has taken a 10% stake in AMD.', 'contradicted'],
      ['OpenAI committed to at least 6 gigawatts of AMD chips.', 'contradicted'],
      ['AMD expects more than $100 billion in revenue from the OpenAI deal.', 'contradicted'],
      ['AMD executives expect annual revenue in the tens of billions from OpenAI.', 'unverified'],
      ['AMD gets the right to acquire 10% of OpenAI.', 'contradicted'],
      ['The first 1 gigawatt of AMD chips arrives in the second half of 2025.', 'contradicted'],
      ['AMD called OpenAI a core strategic compute partner.', 'supported'],
      ['AMD signed its definitive agreement with OpenAI in October 2025.', 'supported'],
      ['AMD will earn tens of billions of dollars from the OpenAI deal.', 'supported'],
      ['AMD expects to earn more than $100 billion from its OpenAI deal alone.', 'contradicted'],
      ['AMD issued OpenAI a warrant for up to 160 million shares, roughly 10% of the company.', 'unverified'],
    ],
  },
  {
    id: 'oracle-openai',
    context: 'Oracle and OpenAI are building data centers together.',
    cases: [
      ['OpenAI agreed with Oracle to develop 4.5 gigawatts of additional capacity.', 'supported'],
      ['The OpenAI–Oracle partnership is worth more than $300 billion over five years.', 'supported'],
      ['Oracle is building a data center campus for OpenAI in Port Washington, Wisconsin.', 'supported'],
      ['Oracle is one of the equity funders of Stargate alongside OpenAI.', 'supported'],
      ['Oracle is building a $165 billion campus for OpenAI in New Mexico.', 'contradicted'],
      ['The $100 billion Oracle and OpenAI partnership has collapsed.', 'contradicted'],
      ['Oracle committed $7 billion to Stargate.', 'unverified'],
      ['The 4.5 gigawatt agreement was announced in June 2025.', 'contradicted'],
      ["Oracle's contract with OpenAI is worth $500 billion.", 'contradicted'],
      ['Oracle holds a stake in OpenAI.', 'contradicted'],
      ['OpenAI owns a slice of Oracle.', 'contradicted'],
      ['Neither company holds a stake in the other: OpenAI has no stake in Oracle.', 'supported'],
      ['Oracle and OpenAI confirmed the deal is worth $30 billion a year.', 'contradicted'],
      ['OpenAI will pay Oracle about $30 billion a year for computing.', 'unverified'],
    ],
  },
  {
    id: 'amazon-openai',
    context: 'Amazon and OpenAI have a cloud and investment partnership.',
    cases: [
      ['Amazon will invest $50 billion in OpenAI.', 'supported'],
      ['OpenAI agreed to spend $38 billion on AWS over seven years.', 'supported'],
      ['OpenAI expanded its AWS agreement by $100 billion over eight years.', 'supported'],
      ['OpenAI will use 2 gigawatts of Trainium capacity.', 'supported'],
      ['AWS is the exclusive third-party distributor of OpenAI Frontier.', 'supported'],
      ['OpenAI expanded its AWS agreement from $38 billion to $100 billion.', 'contradicted'],
      ["Amazon's $35 billion tranche depends on OpenAI reaching AGI.", 'contradicted'],
      ['Amazon bought $50 billion of computing capacity for OpenAI.', 'contradicted'],
      ["The $38 billion AWS deal runs on Amazon's Trainium chips.", 'contradicted'],
      ['Amazon and OpenAI announced their strategic partnership in May 2026.', 'contradicted'],
      ['Amazon has completed its $50 billion investment in OpenAI.', 'unverified'],
      ['AWS is the exclusive cloud provider for OpenAI.', 'contradicted'],
      ['Amazon has yet to put any money into OpenAI.', 'outdated'],
      ['Amazon did not invest in OpenAI in 2024.', 'supported'],
      // A month before the term began puts it where the record does not have it; a later month does not.
      ['The AWS contract OpenAI signed in November 2025 is built on Trainium chips.', 'contradicted'],
      ['In March 2026 OpenAI was using Trainium chips on AWS.', 'supported'],
    ],
  },
];

describe.each(PARTNERSHIPS.map((p) => [p.id, p] as const))('%s', (id, { context, cases }) => {
  it.each(cases)('%s → %s', (sentence, status) => {
    const claim = judge(sentence, context);
    expect(claim?.status ?? null, claim?.why.join(' | ')).toBe(status);
    if (status) expect(claim?.partnership).toBe(id);
  });
});

describe('deals the fact base does not track', () => {
  const decoys = [
    [
      'AMD granted Meta a warrant for 160 million shares as part of a 6-gigawatt GPU deal.',
      'AMD and OpenAI signed a GPU supply deal.',
    ],
    [
      'Meta plans AMD Instinct GPU deployments of up to 6 gigawatts.',
      'AMD and OpenAI signed a GPU supply deal.',
    ],
    [
      'NVIDIA invested $5 billion in Intel and the two will co-develop chips.',
      'NVIDIA and OpenAI have a large computing partnership.',
    ],
    [
      'Intel and NVIDIA agreed to build custom data-center processors together.',
      'NVIDIA and OpenAI have a large computing partnership.',
    ],
    [
      'Oracle signed a multibillion-dollar cloud contract with Meta.',
      'Oracle and OpenAI are building data centers together.',
    ],
    ['Broadcom will supply custom chips to OpenAI.', 'NVIDIA and OpenAI have a large computing partnership.'],
  ];
  it.each(decoys)('%s stays unmarked', (sentence, context) => {
    expect(judge(sentence, context)).toBeNull();
  });
});

describe('a page about several deals', () => {
  it('judges each claim against the partnership whose parties it names', () => {
    const page = pageFromPlainText(
      [
        'Anthropic now buys computing from Amazon, Google and Microsoft, and works with NVIDIA on chips.',
        'Amazon has invested $13 billion in Anthropic so far.',
        'Google Cloud is the primary cloud provider of Anthropic.',
        'Anthropic committed to purchase $30 billion of Azure compute capacity.',
        'NVIDIA put $30 billion into OpenAI in February 2026.',
      ].join('\n\n'),
    );
    const claims = judgePage(page, fb, { asOf: AS_OF, published: null });
    const by = (text: string) => claims.find((c) => c.text.includes(text));
    expect([by('$13 billion')?.partnership, by('$13 billion')?.status]).toEqual([
      'amazon-anthropic',
      'supported',
    ]);
    expect([by('Google Cloud')?.partnership, by('Google Cloud')?.status]).toEqual([
      'google-anthropic',
      'contradicted',
    ]);
    expect([by('Azure')?.partnership, by('Azure')?.status]).toEqual([
      'microsoft-nvidia-anthropic',
      'supported',
    ]);
    expect([by('into OpenAI')?.partnership, by('into OpenAI')?.status]).toEqual([
      'nvidia-openai',
      'supported',
    ]);
  });
});

describe('a page that names one party only', () => {
  // A brief or an excerpt takes the other side as known: the deal is the one whose facts the sentence states.
  const cases: Array<[page: string[], sentence: string, partnership: string | null, status: Status | null]> =
    [
      [
        ['OpenAI will eventually run 6 gigawatts of the new accelerators.'],
        'OpenAI will eventually run 6 gigawatts',
        'amd-openai',
        'supported',
      ],
      [
        ['Nvidia has now put roughly $30 billion into the round, its chief executive said.'],
        'Nvidia has now put',
        'nvidia-openai',
        'supported',
      ],
      [
        ['Nvidia invested $100 billion in the startup last year.'],
        'Nvidia invested',
        'nvidia-openai',
        'contradicted',
      ],
      [['Nvidia shares rose 3% on Tuesday after the $30 billion round closed.'], 'Nvidia shares', null, null],
      // A party's name alone is not a claim: a frame that only mentions it needs the page to name the other side.
      [['Azure revenue grew 40% in the last three months.'], 'Azure revenue', null, null],
      // A sentence that names no party of the deal is not lent to it by a page that names only one.
      [
        [
          'Oracle is hiring in Texas.',
          'The software company said its contract backlog reached $455 billion.',
        ],
        'The software company',
        null,
        null,
      ],
    ];
  it.each(cases)('%j: "%s" → %s %s', (paragraphs, start, partnership, status) => {
    const page = pageFromPlainText(paragraphs.join('\n\n'));
    const claim = judgePage(page, fb, { asOf: AS_OF, published: null }).find((c) => c.text.startsWith(start));
    expect([claim?.partnership ?? null, claim?.status ?? null], claim?.why.join(' | ')).toEqual([
      partnership,
      status,
    ]);
  });
});

describe('claim families across the deals', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    // A day in the month of the record's event that is not its day is a wrong date.
    [
      'Stargate was announced on January 22, 2025, with Oracle as a partner.',
      'Oracle and OpenAI work together.',
      'contradicted',
    ],
    [
      'Stargate was unveiled at the White House on January 21, 2025, with Oracle among its partners.',
      'Oracle and OpenAI work together.',
      'supported',
    ],
    [
      'On February 26, 2026, Amazon agreed to invest $50 billion in OpenAI.',
      'Amazon and OpenAI.',
      'contradicted',
    ],
    [
      'On February 27, 2026, Amazon agreed to invest $50 billion in OpenAI.',
      'Amazon and OpenAI.',
      'supported',
    ],
    // The other day the event's own summary gives (announced the day after signing) is right too.
    [
      'AMD and OpenAI announced on October 6, 2025 that OpenAI will deploy 6 gigawatts of AMD GPUs.',
      'AMD and OpenAI.',
      'supported',
    ],
    // A figure the record has only from talks, told as money paid, is wrong; told as talks, unsettled.
    ['Amazon has put $10 billion into OpenAI.', 'Amazon and OpenAI.', 'contradicted'],
    ['Amazon was weighing a $10 billion investment in OpenAI.', 'Amazon and OpenAI.', 'unverified'],
    ['NVIDIA put $100 billion into OpenAI.', 'NVIDIA and OpenAI.', 'contradicted'],
    // What an investment is worth is the money put in (or the worth of the holding), not a valuation.
    ["Amazon's investment in OpenAI is worth $50 billion.", 'Amazon and OpenAI.', 'supported'],
    // A month stated for the fact it names is no early date for a later fact about the same words.
    [
      'In September 2025 NVIDIA signed a letter of intent to invest up to $100 billion in OpenAI.',
      'NVIDIA and OpenAI.',
      'supported',
    ],
    // Money given, and shares bought, are money invested.
    ['NVIDIA has agreed to give OpenAI $100 billion.', 'NVIDIA and OpenAI.', 'contradicted'],
    [
      'NVIDIA bought $30 billion of OpenAI stock in the February 2026 round.',
      'NVIDIA and OpenAI.',
      'supported',
    ],
    ['The state will give $2 billion to new schools.', 'NVIDIA and OpenAI.', null],
    // Two investors' sums in one sentence: each sum is the investor's it follows, so a swap is caught.
    [
      'Microsoft will put up to $10 billion into Anthropic, and NVIDIA up to $5 billion.',
      'Microsoft, NVIDIA and Anthropic.',
      'contradicted',
    ],
    [
      'NVIDIA will put up to $10 billion into Anthropic, and Microsoft up to $5 billion.',
      'Microsoft, NVIDIA and Anthropic.',
      'supported',
    ],
    // A sum still waiting on its conditions, told after it was paid, is outdated.
    ["Amazon's second tranche of $35 billion is still pending.", 'Amazon and OpenAI.', 'outdated'],
    // A share held is a stake: "holds 14% of", "owns shares of".
    ['Google holds about 14% of Anthropic.', 'Google and Anthropic.', 'unverified'],
    ['OpenAI holds 10% of AMD.', 'AMD and OpenAI.', 'contradicted'],
    ['OpenAI already owns AMD shares under the deal.', 'AMD and OpenAI.', 'contradicted'],
    [
      'OpenAI has a warrant to buy as many as 160 million shares of AMD stock.',
      'AMD and OpenAI.',
      'supported',
    ],
    // A sum only supposed ("would come in steps") is not a sum said to be paid.
    ["NVIDIA's $100 billion would have come in $10 billion tranches.", 'NVIDIA and OpenAI.', 'unverified'],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('terms the record does not list, and years it rules out', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    // No board seat is on the record: a claim of one is unverified where no fact denies it, wrong where one does.
    ['An Amazon executive now sits on the OpenAI board.', 'Amazon and OpenAI.', 'unverified'],
    ['Oracle got a board seat at OpenAI as part of Stargate.', 'Oracle and OpenAI.', 'unverified'],
    ['Amazon holds a board seat at Anthropic.', 'Amazon and Anthropic.', 'contradicted'],
    ["OpenAI's board approved the Amazon deal.", 'Amazon and OpenAI.', null],
    // Amazon's money in OpenAI came in 2026; an earlier year is a wrong one, talks are not an investment.
    ['Amazon first invested in OpenAI back in 2024.', 'Amazon and OpenAI.', 'contradicted'],
    ['In 2025 Amazon was in talks to invest $10 billion in OpenAI.', 'Amazon and OpenAI.', 'unverified'],
    // A solid em dash parts two words, as a spaced one does.
    ["Amazon—OpenAI's newest backer—put $50 billion into the company.", 'Amazon and OpenAI.', 'supported'],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('the first gigawatt, named without a figure', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    ['The first gigawatt of MI450 chips is due in the second half of 2026.', 'AMD and OpenAI.', 'supported'],
    [
      'OpenAI will bring the initial full gigawatt of AMD GPUs online in 2026.',
      'AMD and OpenAI.',
      'supported',
    ],
    [
      'Anthropic expects the first gigawatt of Trainium capacity by the end of 2026.',
      'Amazon and Anthropic.',
      'supported',
    ],
    // A chip's model number between; a deadline's year checked against the record's.
    ['The lab’s first MI450 gigawatt should be running by the end of 2026.', 'AMD and OpenAI.', 'supported'],
    [
      'The lab’s first MI450 gigawatt should be running by the end of 2025.',
      'AMD and OpenAI.',
      'contradicted',
    ],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('wider word classes', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    ['Google Cloud is the only cloud provider Anthropic relies on.', 'Google and Anthropic.', 'contradicted'],
    ['Developers can use Claude through Vertex AI on Google Cloud.', 'Google and Anthropic.', 'supported'],
    ['Claude is accessible on Vertex AI for Google Cloud customers.', 'Google and Anthropic.', 'supported'],
    [
      'NVIDIA engineers will help optimize Claude for upcoming NVIDIA chips.',
      'Microsoft, Nvidia and Anthropic.',
      'supported',
    ],
    ['AMD holds an option to acquire up to a tenth of OpenAI.', 'AMD and OpenAI.', 'contradicted'],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('fourth round of fresh wordings', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    // A clause that dates the deal it speaks of ("struck in November 2025") puts that deal's terms at that time.
    [
      "OpenAI's first AWS agreement, struck in November 2025, is built on Amazon's Trainium chips.",
      'Amazon and OpenAI.',
      'contradicted',
    ],
    // A company named only as what the deal is not is no party to another deal.
    [
      "OpenAI's first AWS agreement relies on Nvidia GPUs rather than Google's TPUs.",
      'Amazon and OpenAI.',
      'supported',
    ],
    // Figures as compound adjectives.
    [
      "Amazon's fifty-billion-dollar investment in OpenAI was announced in February 2026.",
      'Amazon and OpenAI.',
      'supported',
    ],
    [
      'Oracle and OpenAI agreed on a four-and-a-half-gigawatt expansion in July 2025.',
      'Oracle and OpenAI.',
      'supported',
    ],
    [
      'Oracle and OpenAI agreed on a 4.5-gigawatt expansion in June 2025.',
      'Oracle and OpenAI.',
      'contradicted',
    ],
    // Models reaching a platform, with a wrong day and the right one.
    [
      "OpenAI's models arrived on Amazon Bedrock in limited preview on April 30, 2026.",
      'Amazon and OpenAI.',
      'contradicted',
    ],
    // A company's own capital spending is no deal term, whatever figure it shares with one.
    ['Amazon expects capital expenditures of about $100 billion this year.', 'Amazon and OpenAI.', null],
    ['Amazon plans to spend $100 billion on capital investments in 2026.', 'Amazon and OpenAI.', null],
    ['Amazon means to spend some $100 billion on capital projects next year.', 'Amazon and OpenAI.', null],
    ['Its capital budget tops $100 billion, most of it for new server halls.', 'Amazon and OpenAI.', null],
    // "Putting money into" is investing.
    [
      'Google is putting $10 billion into Anthropic at a $380 billion valuation.',
      'Google and Anthropic.',
      'contradicted',
    ],
    // Compute supplied as hardware.
    ['Nvidia is the exclusive compute provider for OpenAI.', 'Nvidia and OpenAI.', 'contradicted'],
    // A holding's value in the accounts.
    [
      "Amazon's Anthropic holdings are carried at $13.8 billion on its books.",
      'Amazon and Anthropic.',
      'contradicted',
    ],
    // A ceiling is an "up to"; "more than" an up-to sum is wrong.
    [
      "Counting every tranche, the ceiling on Amazon's investment in Anthropic is $33 billion.",
      'Amazon and Anthropic.',
      'supported',
    ],
    [
      'Nvidia and Microsoft are pouring more than $15 billion into Anthropic.',
      'Microsoft, Nvidia and Anthropic.',
      'contradicted',
    ],
    // Another cloud named primary, and a round led by others.
    ["Azure is now Anthropic's primary cloud provider.", 'Microsoft, Nvidia and Anthropic.', 'contradicted'],
    // (Not contradicted: the round's leaders named after "led by" are other companies.)
    [
      "Anthropic's Series G, led by GIC and Coatue, took in part of what Microsoft and Nvidia had promised.",
      'Microsoft, Nvidia and Anthropic.',
      null,
    ],
    [
      "Nvidia and Microsoft led Anthropic's $30 billion funding round.",
      'Microsoft, Nvidia and Anthropic.',
      'contradicted',
    ],
    // Half a trillion as an adjective; a contract "enlarged to" a sum; a descriptor for a party.
    [
      "Oracle's half-trillion-dollar contract with OpenAI dwarfs its other deals.",
      'Oracle and OpenAI.',
      'contradicted',
    ],
    [
      'The $38 billion AWS contract has since been enlarged to $100 billion.',
      'Amazon and OpenAI.',
      'contradicted',
    ],
    ['The retailer has invested $8 billion in Anthropic so far.', 'Amazon and Anthropic.', 'outdated'],
    // The subject of "which …" is the name before it; a descriptor for a party; a sum to be paid.
    [
      'Oracle, which also owns a slice of OpenAI, gains twice from the deal.',
      'Oracle and OpenAI.',
      'contradicted',
    ],
    [
      "The database giant's $500 billion contract with OpenAI is the largest ever.",
      'Oracle and OpenAI.',
      'contradicted',
    ],
    [
      'OpenAI will pay Oracle about $30 billion a year from 2027, according to people familiar with the matter.',
      'Oracle and OpenAI.',
      'unverified',
    ],
    // A company's own building is no term of the deal.
    ['Google said it would invest $25 billion in new data centers in Ohio.', 'Google and Anthropic.', null],
    ['Amazon carries its Anthropic holdings at $13.8 billion.', 'Amazon and Anthropic.', 'contradicted'],
    // Vesting "in tranches" is no investment: the warrant's penny price stays its exercise price.
    [
      'AMD granted OpenAI a warrant for up to 160 million shares at a penny apiece, vesting in tranches.',
      'AMD and OpenAI.',
      'supported',
    ],
    // A rival company is no place to run on; an earnings line or another product names no term of the deal.
    [
      "Amazon has also poured billions into Anthropic, one of OpenAI's closest rivals.",
      'Amazon and OpenAI.',
      null,
    ],
    [
      'Oracle shares climbed after the company reported $455 billion of remaining performance obligations.',
      'Oracle and OpenAI.',
      null,
    ],
    [
      'Oracle also runs its database service inside Microsoft Azure data centers.',
      'Oracle and OpenAI.',
      null,
    ],
    // A second statement ("…, and it has …") is not read into the first one's frame.
    [
      "Amazon's stake carries no votes, and it has no seat on Anthropic's board.",
      'Amazon and Anthropic.',
      'supported',
    ],
    // A "separate" $300 billion deal is the circulating wrong framing; a stake in a venture is no stake in the lab.
    [
      'Oracle inked a separate $300 billion contract with OpenAI in September, on top of the July pact.',
      'Oracle and OpenAI.',
      'contradicted',
    ],
    [
      'Oracle holds an equity stake in Stargate, the venture it builds with OpenAI.',
      'Oracle and OpenAI.',
      'supported',
    ],
    // Said in the month a fact began: judged once it began, not at the middle of that month.
    [
      'OpenAI said in September 2025 that its partnership with Oracle is worth more than $300 billion over five years.',
      'Oracle and OpenAI.',
      'supported',
    ],
    // A sentence that opens on a sum the page has introduced goes on about that deal.
    [
      'The remaining $35 billion tranche is still contingent on OpenAI going public.',
      'Amazon agreed to invest up to $50 billion in OpenAI in February 2026.',
      'outdated',
    ],
    // A unit cost is no deal size.
    [
      'Estimates put the cost of a 1-gigawatt campus at $50 billion in chips and buildings.',
      'Google and Anthropic.',
      null,
    ],
  ];
  it.each(cases)('%s (%s) → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('a sentence that names no one', () => {
  // On a page about one deal alone, "the tie-up" is that deal; on a page about two, it is left alone.
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    ['Still, the tie-up is not an exclusive one.', 'AMD and OpenAI signed a chip deal.', 'supported'],
    [
      'Still, the tie-up is not an exclusive one.',
      'AMD and OpenAI signed a chip deal. Nvidia and OpenAI signed one too.',
      null,
    ],
    ['The deal gives the search company no voting rights.', 'Google and Anthropic.', 'supported'],
    // Naming one side is enough there too, for what the record states; not for a wrong figure or market colour.
    ["OpenAI's models and Codex are now generally available on Bedrock.", 'Amazon and OpenAI.', 'supported'],
    ['Nvidia held $30 billion of marketable equity securities last quarter.', 'Nvidia and OpenAI.', null],
    ['Amazon will spend $100 billion on warehouses this year.', 'Amazon and Anthropic.', null],
    ['It is available now in preview.', 'Amazon and OpenAI.', null],
  ];
  it.each(cases)('%s (%s) → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('prices of one share in a warrant deal', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    ["The warrant's exercise price is $0.01 per share.", 'AMD and OpenAI.', 'supported'],
    ['OpenAI can buy AMD shares for one cent each under the warrant.', 'AMD and OpenAI.', 'supported'],
    // One target is the company's, the other only a press figure: the claim is as strong as its weakest part.
    [
      "The warrants vest in stages tied to deployment milestones and to AMD's share price reaching $400 and then $600.",
      'AMD and OpenAI.',
      'unverified',
    ],
    ["The last tranche vests once AMD's share price reaches $600.", 'AMD and OpenAI.', 'supported'],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('several investors in one round', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    // Another company listed beside our party as an investor does not make the sentence another deal's.
    [
      'The funding round drew $30 billion from SoftBank and $30 billion from Nvidia.',
      'Nvidia and OpenAI.',
      'supported',
    ],
    // A round that lists none of our parties is someone else's money.
    ['OpenAI raised $10 billion from SoftBank.', 'Nvidia and OpenAI.', null],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('the day a deal was announced', () => {
  it.each([
    ['Announced on January 23, 2025, the joint venture aims to reshape AI infrastructure.', 'contradicted'],
    ['Announced on January 21, 2025, the joint venture aims to reshape AI infrastructure.', 'supported'],
  ] as const)('on a page about Oracle and OpenAI: %s → %s', (sentence, status) => {
    expect(judge(sentence, 'Oracle and OpenAI.')?.status).toBe(status);
  });

  it('reads a wrong launch day on a page that names Amazon only', () => {
    const page = pageFromPlainText(
      "Amazon's announcement on April 30, 2026 put Bedrock at the center of its AI plans.",
    );
    const [claim] = judgePage(page, fb, { asOf: AS_OF, published: null });
    expect([claim?.partnership, claim?.status]).toEqual(['amazon-openai', 'contradicted']);
  });
});

describe('what a deal is said to include', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    // A part the record does not list is unverified; a part it lists is judged as such.
    [
      'The alliance also includes a shared robotics lab in Denver.',
      'AMD and OpenAI signed a chip deal.',
      'unverified',
    ],
    ['The agreement covers 6 gigawatts of AMD GPUs.', 'AMD and OpenAI signed a chip deal.', 'supported'],
    // "Including" that lists examples says nothing about the deal's terms.
    ['AMD has chip deals with several labs, including OpenAI.', 'AMD and OpenAI signed a chip deal.', null],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('hearsay about a deal', () => {
  it('is unverified where the record settles nothing, and belongs to the deal named beside the deal word', () => {
    const page = pageFromPlainText(
      [
        'Microsoft and OpenAI. Google and Anthropic.',
        'While Microsoft and OpenAI keep arguing, the partnership between Google and Anthropic is quietly growing, people familiar with it said.',
      ].join('\n\n'),
    );
    const [claim] = judgePage(page, fb, { asOf: AS_OF, published: null });
    expect([claim?.partnership, claim?.status]).toEqual(['google-anthropic', 'unverified']);
  });

  it('leaves a quote with a named speaker alone', () => {
    expect(
      judge(
        'According to its chief executive, the partnership with Anthropic is going well.',
        'Google and Anthropic.',
      ),
    ).toBeNull();
  });
});

describe('how the Amazon–OpenAI and three-party deals are retold', () => {
  const cases: Array<[sentence: string, context: string, status: Status | null]> = [
    [
      'Anthropic will scale Claude on Microsoft Azure, powered by Nvidia.',
      'Microsoft, Nvidia and Anthropic.',
      'supported',
    ],
    [
      'The two will co-create a stateful runtime environment on Amazon Bedrock.',
      'Amazon and OpenAI.',
      'supported',
    ],
    ["OpenAI will develop customized models for Amazon's retail apps.", 'Amazon and OpenAI.', 'supported'],
    ["OpenAI's Frontier platform will be distributed by AWS.", 'Amazon and OpenAI.', 'supported'],
    ['Nvidia committed up to $10 billion to Anthropic.', 'Nvidia and Anthropic.', 'supported'],
    ['Microsoft committed up to $5 billion to Anthropic.', 'Microsoft and Anthropic.', 'supported'],
    ['Anthropic and Nvidia are forming a deep technology partnership.', 'Nvidia and Anthropic.', 'supported'],
    ["OpenAI will use Amazon's Trainium chips.", 'Amazon and OpenAI.', 'supported'],
    // What a contract is worth is money the deal moves, not what a company is worth.
    ['The AWS agreement is now worth $138 billion.', 'Amazon and OpenAI.', 'unverified'],
    // The money each paid is not on the record, only what each may invest.
    ['Microsoft invested $5 billion in Anthropic.', 'Microsoft and Anthropic.', 'unverified'],
  ];
  it.each(cases)('%s → %s', (sentence, context, status) => {
    expect(judge(sentence, context)?.status ?? null, judge(sentence, context)?.why.join(' | ')).toBe(status);
  });
});

describe('Stargate sites', () => {
  it('reads Abilene as a Stargate site of the Oracle deal', () => {
    expect(
      judge('The Abilene campus in Texas is the flagship Stargate site.', 'Oracle and OpenAI.')?.status,
    ).toBe('supported');
  });
});

describe('money promised to a cloud', () => {
  it('reads "pledged" a sum to a provider\'s technology as the spending commitment, with its subject before an aside', () => {
    // Once read as a wrong investment (contradicted); then, the subject standing before ", in return,", as a
    // figure no fact settles.
    const claim = judge(
      "Anthropic, in return, pledged more than $100 billion over a decade to Amazon's cloud technology.",
      'Amazon has backed Anthropic since 2023 and rents it much of its computing power.',
    );
    expect(claim?.status).toBe('supported');
    expect(claim?.factId).toBe('aa-compute-100b');
  });
});

describe("a group's total", () => {
  it("is not read as one backer's own undisclosed sum", () => {
    const context = 'Amazon and OpenAI go back a long way.';
    const group =
      'In December 2015 AWS stood among the founding backers of OpenAI, who between them pledged $1 billion.';
    expect(judge(group, context)?.status).toBe('supported');
    const own = 'In December 2015 AWS, as a founding backer, pledged $1 billion to OpenAI.';
    expect(judge(own, context)?.status).toBe('unverified');
  });
});

describe('a model sold through a platform', () => {
  it('reads "sold through" as distribution', () => {
    const claim = judge(
      'Since March 2024 the Claude models have been sold via Vertex AI on Google Cloud.',
      'Google has backed Anthropic since 2023.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ga-vertex']);
  });
});

describe("a regulator's inquiry or demand", () => {
  const google = 'Google has backed Anthropic since 2023.';
  it('stated as current is outdated since the day it closed (a later date of its event)', () => {
    const review = judge(
      "Britain's competition authority is still examining Google's ties to Anthropic.",
      google,
    );
    expect([review?.status, review?.factId]).toEqual(['outdated', 'ga-cma-review']);
    expect(review?.explanation).toMatch(/^Outdated since 2024-11-19\./);
    const sale = judge('The Department of Justice wants Google to divest its Anthropic holding.', google);
    expect([sale?.status, sale?.factId]).toEqual(['outdated', 'ga-doj-divestiture-sought']);
    expect(sale?.explanation).toMatch(/^Outdated since 2025-03-07\./);
    const amazon = judge(
      "The CMA is reviewing Amazon's stake in Anthropic.",
      'Amazon has backed Anthropic since 2023 and rents it much of its computing power.',
    );
    expect([amazon?.status, amazon?.factId]).toEqual(['outdated', 'aa-cma-review']);
  });

  it('told as past is supported, and a dropped demand is not a current one', () => {
    expect(judge("In 2024 the CMA looked into Google's stake in Anthropic.", google)?.status).toBe(
      'supported',
    );
    const dropped = judge(
      'Prosecutors once pressed for Google to sell its stake in Anthropic but dropped the idea in 2025.',
      google,
    );
    expect([dropped?.status, dropped?.factId]).toEqual(['supported', 'ga-doj-divestiture-dropped']);
  });

  it('reads the remedy that replaced the sale: notice before future AI investments', () => {
    const notice = judge(
      'The revised proposal only asks Google to alert the government in advance, giving prior notice of new AI investments.',
      google,
    );
    expect([notice?.status, notice?.factId]).toEqual(['supported', 'ga-doj-divestiture-dropped']);
  });

  it("leaves a remedy about another of the company's businesses alone", () => {
    // The same case sought the sale of a browser: no word of the lab or of a stake or investment.
    expect(judge('The Justice Department still wants Google to sell off its web browser.', google)).toBe(
      null,
    );
    const shares = judge('Prosecutors still want Google to sell its Anthropic shares.', google);
    expect(shares?.factId).toBe('ga-doj-divestiture-sought');
  });

  it('leaves a company reviewing its own options alone', () => {
    expect(judge('Google is reviewing its options for the Anthropic stake.', google)?.factId).not.toBe(
      'ga-cma-review',
    );
  });
});

describe("the end of OpenAI's AMD warrant", () => {
  it('contradicts another expiry year (Meta got the same warrant, expiring in 2031)', () => {
    const context = 'AMD and OpenAI signed a GPU supply deal.';
    const wrong = judge("OpenAI's warrant to buy AMD shares runs out in February 2031.", context);
    expect([wrong?.status, wrong?.factId]).toEqual(['contradicted', 'ao-warrant']);
    expect(judge("OpenAI's warrant to buy AMD shares expires in October 2030.", context)?.status).toBe(
      'supported',
    );
  });
});

describe('a valuation before or after the money', () => {
  const context = 'NVIDIA and OpenAI have a chip and investment deal.';
  it('contradicts a valuation given on the other basis', () => {
    const swapped = judge(
      "OpenAI's post-money valuation in the February 2026 round was $730 billion.",
      context,
    );
    expect([swapped?.status, swapped?.factId]).toEqual(['contradicted', 'no-valuation-730b-post-wrong']);
    expect(judge('Before the money, the round valued OpenAI at $852 billion.', context)?.status).toBe(
      'contradicted',
    );
  });

  it('supports each on its own basis', () => {
    expect(
      judge("OpenAI's pre-money valuation in the February 2026 round was $730 billion.", context)?.status,
    ).toBe('supported');
    expect(
      judge('When the round closed, OpenAI was worth $852 billion after the money.', context)?.status,
    ).toBe('supported');
  });
});

describe('a planned milestone told as done', () => {
  it('is unverified: the record has the plan, not its completion', () => {
    const nvidia = judge(
      'The first Vera Rubin gigawatt for OpenAI is up and running.',
      'NVIDIA and OpenAI agreed to deploy NVIDIA systems for OpenAI.',
    );
    expect([nvidia?.status, nvidia?.factId]).toEqual(['unverified', 'no-first-gw-done-unknown']);
    const amd = judge(
      'OpenAI already has its first gigawatt of AMD chips in operation.',
      'AMD and OpenAI signed a GPU deal.',
    );
    expect([amd?.status, amd?.factId]).toEqual(['unverified', 'ao-first-gw-done-unknown']);
  });

  it('is supported told as the plan', () => {
    expect(
      judge(
        "OpenAI's first gigawatt of AMD GPUs is expected to be deployed from the second half of 2026.",
        'AMD and OpenAI signed a GPU deal.',
      )?.status,
    ).toBe('supported');
  });
});

describe("the condition on Amazon's further $35 billion", () => {
  const context = 'Amazon agreed in February 2026 to invest $50 billion in OpenAI.';
  it('contradicts an AGI condition, though only OpenAI is named (the page names Amazon)', () => {
    for (const sentence of [
      'The later $35 billion was conditional on OpenAI reaching AGI.',
      'That $35 billion would be paid only once OpenAI achieved artificial general intelligence.',
    ]) {
      const claim = judge(sentence, context);
      expect([claim?.status, claim?.factId], sentence).toEqual(['contradicted', 'zo-35b-agi-wrong']);
    }
  });

  it('does not contradict a sentence that denies the AGI condition', () => {
    const claim = judge('The other $35 billion hinged on a listing or another event, not on AGI.', context);
    expect(claim?.status).not.toBe('contradicted');
  });
});

describe('a later state that a sentence names outright', () => {
  it('is not outdated by the earlier "to be announced" state', () => {
    const context = 'Oracle and OpenAI are building data centres together.';
    const named = judge(
      'In the end the Midwest sites were Saline Township in Michigan and Port Washington in Wisconsin.',
      context,
    );
    expect([named?.status, named?.factId]).toEqual(['supported', 'oo-sites-midwest-named']);
    expect(judge('A Midwest site for the Oracle capacity is still to be announced.', context)?.status).toBe(
      'outdated',
    );
  });
});

describe('payments per gigawatt, known from the press only', () => {
  it('are unverified, even where the milestone is named', () => {
    const claim = judge(
      'Each $10 billion step was said to follow once another gigawatt of NVIDIA systems was running.',
      'NVIDIA signed a letter of intent to invest in OpenAI.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'no-tranches-reported']);
  });
});

describe('a later tranche spoken of by its figure alone', () => {
  it("reads Amazon's up-to-$20 billion tied to milestones as the press's account", () => {
    const claim = judge(
      'Those further $20 billion hang on commercial milestones.',
      'Amazon has put $13 billion into Anthropic.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'aa-inv-20b-milestones-reported']);
  });

  it("reads Amazon's $35 billion as still conditional as outdated (it was paid by July 2026)", () => {
    const claim = judge(
      'The other $35 billion still depends on conditions being met.',
      'Amazon agreed in February 2026 to invest $50 billion in OpenAI.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['outdated', 'zo-35b-still-pending']);
  });
});

describe('the share price a warrant tranche waits for', () => {
  it("is the record's $600, not money invested", () => {
    const claim = judge(
      "The warrant's last tranche only vests once AMD stock reaches a $600 share price.",
      'AMD and OpenAI signed a GPU deal.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ao-warrant-600']);
    const tied = judge(
      "The final tranche is linked to AMD's share price reaching $600.",
      'AMD and OpenAI signed a GPU deal.',
    );
    expect(tied?.status).toBe('supported');
  });
});

describe('a ceiling and a denied seat, told in passing', () => {
  const context = 'Amazon has put $13 billion into Anthropic.';
  it('reads "could eventually reach" as a ceiling', () => {
    const claim = judge(
      "Amazon's investment in the Claude maker might one day reach $33 billion in all.",
      context,
    );
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'aa-inv-up-to-33b']);
  });

  it('does not read "holds non-voting shares and no seat" as holding a seat', () => {
    const claim = judge('Amazon holds non-voting shares and no seat on the Anthropic board.', context);
    expect(claim?.status).toBe('supported');
  });
});

describe('how long a deal runs', () => {
  const context = 'Amazon Web Services and OpenAI keep widening their computing deal.';
  it('agrees with the years of the record and contradicts others, in any wording of a term', () => {
    for (const [sentence, status] of [
      ['OpenAI is paying AWS $38 billion across seven years for computing.', 'supported'],
      ['The seven-year, $38 billion AWS contract was OpenAI’s first with Amazon.', 'supported'],
      ['OpenAI signed a $38 billion cloud contract with AWS that runs for five years.', 'contradicted'],
      ['The $38 billion AWS agreement stretches over a decade.', 'contradicted'],
    ] as const) {
      const claim = judge(sentence, context);
      expect([claim?.status, claim?.factId], sentence).toEqual([status, 'zo-38b']);
    }
  });

  it('reads a term as the sum’s just before it: the later sum’s years are not the first deal’s', () => {
    const claim = judge(
      'In February the companies enlarged the $38 billion AWS deal by $100 billion over eight years.',
      context,
    );
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'zo-expanded-by-100b']);
  });

  it('leaves a time in the past or from now alone', () => {
    expect(extractValues('over the past five years').values).toEqual([]);
    expect(extractValues('in five years').values).toEqual([]);
  });
});

describe('money given the wrong way round', () => {
  it('contradicts a claim that has the receiver pay the giver, with the deal’s own figure', () => {
    const amazon = 'Amazon and OpenAI announced a strategic partnership.';
    const swapped = judge('As part of the pact, OpenAI invested $50 billion in Amazon.', amazon);
    expect([swapped?.status, swapped?.factId]).toEqual(['contradicted', 'zo-inv-50b']);
    expect(swapped?.why).toContain("the parties' roles are swapped");
    const anthropic = judge('Anthropic poured $8 billion into Amazon.', 'Amazon backs Anthropic.');
    expect([anthropic?.status, anthropic?.factId]).toEqual(['contradicted', 'aa-inv-8b']);
  });

  it('keeps money received, money from the payer and a second investor’s share as they were', () => {
    const amazon = 'Amazon and OpenAI announced a strategic partnership.';
    expect(judge('Amazon invested $50 billion in OpenAI.', amazon)?.status).toBe('supported');
    expect(judge('OpenAI was funded with $50 billion by Amazon.', amazon)?.status).toBe('supported');
    const both = judge(
      'Nvidia committed to invest up to $10 billion and Microsoft up to $5 billion in Anthropic.',
      'Microsoft, Nvidia and Anthropic struck a three-way deal.',
    );
    expect(both?.status).toBe('supported');
  });
});

describe('a valuation a later round replaced', () => {
  const context = 'Amazon and OpenAI announced a strategic partnership.';
  it('is outdated stated as now, and right about the time it held', () => {
    expect(judge('OpenAI is valued at $730 billion.', context)?.status).toBe('outdated');
    expect(
      judge('In February OpenAI was valued at $730 billion before the new money.', context)?.status,
    ).toBe('supported');
  });

  it('reads "put" before a sum as the past ("Nvidia put $30 billion into …")', () => {
    const nvidia = 'Nvidia and OpenAI have a long partnership.';
    expect(
      judge('Nvidia put $30 billion into OpenAI in a round at a $730 billion pre-money valuation.', nvidia)
        ?.status,
    ).toBe('supported');
  });
});

describe('a term in years the record does not give', () => {
  it('leaves the claim unverified rather than supported', () => {
    const claim = judge(
      'The $250 billion Azure commitment is spread over ten years.',
      'Microsoft and OpenAI rewrote their partnership in October 2025.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['unverified', 'compute-250b']);
  });
});

describe('when a sentence speaks', () => {
  const microsoft = 'Microsoft and OpenAI rewrote their partnership in October 2025.';
  it('reads the date of an aside (", reaffirmed in February 2026,") as describing, not as the claim’s time', () => {
    const claim = judge(
      "Microsoft's exclusive licence to OpenAI's technology, reaffirmed in February 2026, still stands.",
      microsoft,
    );
    expect([claim?.status, claim?.factId]).toEqual(['outdated', 'license-exclusive']);
  });

  it('reads the verb after an aside as the sentence’s own', () => {
    const claim = judge(
      "Microsoft's right to match rival offers for OpenAI's computing, granted in January 2025, ended with the October 2025 deal.",
      microsoft,
    );
    expect(claim?.status).toBe('supported');
  });

  it('reads past forms of more verbs as the past, and a passive by its auxiliary', () => {
    const amazon = 'Amazon and OpenAI announced a strategic partnership.';
    expect(
      judge(
        "Amazon's money formed part of a round that valued OpenAI at $730 billion before the new cash.",
        amazon,
      )?.status,
    ).toBe('supported');
    expect(judge('OpenAI is valued at $730 billion.', amazon)?.status).toBe('outdated');
  });
});

describe('the Amazon–OpenAI deal, retold once more', () => {
  const amazon =
    'Amazon and OpenAI announced a strategic partnership, and OpenAI models came to Amazon Bedrock.';
  it('dates the Bedrock launch and its general availability, and ends the preview there', () => {
    const ga = judge('OpenAI models reached general availability on Bedrock in October 2026.', amazon);
    expect([ga?.status, ga?.factId]).toEqual(['contradicted', 'zo-bedrock-ga']);
    const preview = judge('OpenAI models are still in limited preview on Bedrock.', amazon);
    expect([preview?.status, preview?.factId]).toEqual(['outdated', 'zo-bedrock-preview']);
  });

  it('contradicts another size of the Trainium commitment', () => {
    const claim = judge('OpenAI will use four gigawatts of Trainium capacity at AWS.', amazon);
    expect([claim?.status, claim?.factId]).toEqual(['contradicted', 'zo-trainium-2gw']);
  });

  it('reads "holds no equity" as the time before Amazon invested', () => {
    expect(judge('Amazon owns no equity in OpenAI.', amazon)?.status).toBe('outdated');
    expect(judge('Before 2026 Amazon held no equity in OpenAI.', amazon)?.status).toBe('supported');
  });
});

describe('a sum a thousand times off', () => {
  it('is contradicted: "$852 million" for the record’s $852 billion', () => {
    const claim = judge(
      'The round closed with OpenAI valued at $852 million after the money.',
      'Amazon and OpenAI announced a strategic partnership.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['contradicted', 'zo-valuation-852b']);
  });
});

describe('a product named by a common word', () => {
  const amazon =
    'Amazon and OpenAI announced a strategic partnership, and OpenAI models came to Amazon Bedrock.';
  it('is the product only when capitalised: "frontier models" are not OpenAI Frontier', () => {
    const models = judge("OpenAI's frontier models remain in a limited preview on Bedrock.", amazon);
    expect([models?.status, models?.factId]).toEqual(['outdated', 'zo-bedrock-preview']);
    expect(judge("AWS distributes OpenAI's newest frontier models.", amazon)?.factId).not.toBe(
      'zo-frontier-exclusive',
    );
    const platform = judge('AWS is the only outside cloud that distributes OpenAI Frontier.', amazon);
    expect(platform?.factId).toBe('zo-frontier-exclusive');
  });
});

describe('when Azure stopped being the only cloud', () => {
  const microsoft = 'Microsoft and OpenAI rewrote their partnership in April 2026.';
  it('dates the end in January 2025: the April 2026 amendment did not end it', () => {
    for (const [sentence, status] of [
      ["OpenAI's exclusive reliance on Azure was ended by the April 2026 amendment.", 'contradicted'],
      ['The April 2026 deal was the moment Azure exclusivity was loosened.', 'contradicted'],
      ["Azure stopped being OpenAI's sole cloud in January 2025.", 'supported'],
    ] as const) {
      const claim = judge(sentence, microsoft);
      expect([claim?.status, claim?.factId], sentence).toEqual([status, 'cloud-exclusivity-ended']);
    }
  });
});

describe('the day Microsoft left the board', () => {
  const microsoft = 'Microsoft and OpenAI rewrote their partnership in October 2025.';
  it('is July 2024: another year of giving up the seat is contradicted', () => {
    const late = judge("Microsoft walked away from its observer seat on OpenAI's board in 2025.", microsoft);
    expect([late?.status, late?.factId]).toEqual(['contradicted', 'board-no-seat']);
    const right = judge(
      "Microsoft walked away from its observer seat on OpenAI's board in July 2024.",
      microsoft,
    );
    expect(right?.factId).toBe('board-no-seat');
    expect(right?.status).not.toBe('contradicted');
  });
});

describe('a forecast whose day has passed', () => {
  const amazon = 'Amazon and OpenAI announced a strategic partnership.';
  it('is outdated from that day, and says so', () => {
    const claim = judge('Amazon is set to hand over its first $15 billion by March 31, 2026.', amazon);
    expect([claim?.status, claim?.factId]).toEqual(['outdated', 'zo-inv-15b']);
    expect(claim?.explanation).toMatch(/^Outdated since 2026-03-31: told as still to come/);
  });

  it('holds while its day is still ahead, and told in the past it is history', () => {
    const ahead = judge(
      "Microsoft's rights to OpenAI's models will run through 2032.",
      'Microsoft and OpenAI rewrote their partnership.',
    );
    expect(ahead?.status).toBe('supported');
    const past = judge('Amazon had to hand over its first $15 billion by March 31, 2026.', amazon);
    expect(past?.status).toBe('supported');
  });
});

describe('a forecast and the day it was announced', () => {
  it('takes its deadline after the forecast, not the day it was said', () => {
    const claim = judge(
      'On October 6, 2025 AMD said that OpenAI will deploy 6 gigawatts of its GPUs over several years.',
      'AMD and OpenAI signed a chip deal.',
    );
    expect([claim?.status, claim?.factId]).toEqual(['supported', 'ao-6gw']);
  });
});

describe('a wrong figure denied', () => {
  const microsoft = 'Microsoft and OpenAI rewrote their partnership.';
  it('agrees with the record, which denies it too', () => {
    for (const [sentence, factId] of [
      ['Contrary to many reports, Microsoft has never owned 49% of OpenAI.', 'stake-49-wrong'],
      ['Microsoft did not put $10 billion into OpenAI in 2019.', 'inv-2019-10b-wrong'],
    ] as const) {
      const claim = judge(sentence, microsoft);
      expect([claim?.status, claim?.factId], sentence).toEqual(['supported', factId]);
    }
  });

  it('leaves a denial without the figure to the facts about it', () => {
    expect(judge('Microsoft has never owned any part of OpenAI.', microsoft)?.factId).toBe('stake-none');
  });
});

describe("the year of Microsoft's first investment", () => {
  it('is 2019: the same $1 billion in another year is contradicted', () => {
    const microsoft = 'Microsoft and OpenAI rewrote their partnership.';
    const wrong = judge('Microsoft wired $1 billion to OpenAI in 2020.', microsoft);
    expect([wrong?.status, wrong?.factId]).toEqual(['contradicted', 'inv-2019-1b']);
    expect(judge('Microsoft wired $1 billion to OpenAI in 2019.', microsoft)?.status).toBe('supported');
    // 2021 had an investment of its own, whose amount was never disclosed: a figure for it is unverified.
    expect(judge('Microsoft wired $1 billion to OpenAI in 2021.', microsoft)?.status).toBe('unverified');
  });
});

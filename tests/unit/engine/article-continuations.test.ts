// How articles go on after their lede (round ten), in our own words: a sentence led by "It" or "They", a second
// predicate of the same subject told later, "the seat" the page has already named, "startup" as a noun, "is now
// valued", a follow-on sum ("another $4 billion"), money told as a check or a bet, a holding a party came away
// with, a party's funding round, capacity told without its chips, "rather than", and a maker named for its chips.
import { describe, expect, it } from 'vitest';
import { clauseSpans } from '../../../core/claims/clauses';
import { extractValues } from '../../../core/claims/values';
import { claimsOf, statusOf } from '../../support/claims-after';

const MS = 'Microsoft and OpenAI rewrote their partnership this week.';

describe('a sentence led by "It" or "They"', () => {
  it('speaks of both parties when it names the other side', () => {
    const licence = claimsOf('It keeps an exclusive licence to OpenAI’s research.', MS, '2025-10-29')[0];
    expect([licence?.status, licence?.factId]).toEqual(['outdated', 'license-exclusive']);
    expect(
      statusOf(
        'They can each sell what OpenAI builds; it holds a licence to OpenAI’s models through 2032.',
        MS,
      ),
    ).toBe('supported');
  });
  it('stays quiet when it names no one', () => {
    expect(claimsOf('It is available now in preview for business customers.', MS)).toEqual([]);
    expect(claimsOf('They said the exclusive launch went well.', MS)).toEqual([]);
  });
});

describe('a second predicate of the same subject', () => {
  it('is a clause of its own, with its own figures and times', () => {
    expect(
      clauseSpans('It first invested in 2019 and has since committed $13 billion.').map(
        (c) => c.end - c.start,
      ),
    ).toHaveLength(2);
    const both = claimsOf(
      'Microsoft first backed OpenAI in 2019 and has since committed a total of $13 billion.',
      MS,
    );
    expect(both.map((c) => c.status)).not.toContain('contradicted');
    // The total is read in its own clause, where it agrees.
    expect(both.flatMap((c) => c.why).join(' | ')).toContain('amountUsd $13 billion agrees');
  });
  it('does not lend its figure to an investment whose amount was never disclosed', () => {
    const claims = claimsOf(
      'Microsoft put $1 billion into OpenAI in 2019 and followed up with more money in 2021.',
      MS,
    );
    // The second clause is the 2021 investment, whose amount was never disclosed: true, and no $1 billion.
    expect(claims.map((c) => [c.status, c.factId])).toEqual([
      ['supported', 'inv-2019-1b'],
      ['supported', 'inv-2021'],
    ]);
    // In the same statement the figure is the undisclosed one's.
    expect(statusOf('Microsoft put another $2 billion into OpenAI in 2021.', MS)).toBe('unverified');
  });
});

describe('words that look like others', () => {
  it('does not read "startup" as a start', () => {
    expect(
      statusOf('Azure is the startup’s exclusive cloud under their 2023 agreement.', MS, '2024-01-31'),
    ).toBe('outdated');
  });
  it('does not read "the seat" the page named as a voting seat', () => {
    const observer = 'OpenAI gives Microsoft a non-voting observer seat on its board.';
    expect(
      statusOf('Microsoft took up the seat after OpenAI rebuilt its board.', observer, '2023-11-30'),
    ).not.toBe('contradicted');
    expect(statusOf('Microsoft took a seat on OpenAI’s board in November.', observer, '2023-11-30')).toBe(
      'contradicted',
    );
  });
});

describe('a value told with "now" after the verb', () => {
  it('is read in the present, so a superseded valuation is outdated', () => {
    const page = 'Microsoft, Nvidia and Anthropic struck a three-way deal.';
    expect(statusOf('Anthropic is now valued at $380 billion.', page, '2026-02-13')).toBe('outdated');
    expect(statusOf('Anthropic was valued at $380 billion in that round.', page, '2026-02-13')).toBe(
      'supported',
    );
  });
});

describe('a follow-on sum ("another", "an additional")', () => {
  const page = 'Amazon and Anthropic widened their partnership.';
  it('is the later investment, not the first one', () => {
    const later = claimsOf('Amazon is putting another $4 billion into Anthropic.', page, '2024-11-22')[0];
    expect([later?.status, later?.factId]).toEqual(['supported', 'aa-inv-4b-2024']);
    expect(
      statusOf('The retailer will invest an additional $4 billion in the startup.', page, '2024-11-22'),
    ).toBe('supported');
  });
  it('keeps its year, and leaves the first "up to" sum to the first deal', () => {
    expect(statusOf('Amazon invested another $4 billion in Anthropic in 2023.', page)).toBe('contradicted');
    const first = claimsOf('In 2023 Amazon agreed to invest up to $4 billion in Anthropic.', page)[0];
    expect([first?.status, first?.factId]).toEqual(['supported', 'aa-inv-up-to-4b']);
  });
});

describe('money told as a check or a bet', () => {
  it('is money put in', () => {
    expect(statusOf('A $1 billion check from Redmond reached OpenAI in 2019.', MS)).toBe('supported');
    expect(statusOf('Microsoft’s first check to OpenAI, in 2019, was for $3 billion.', MS)).toBe(
      'contradicted',
    );
    expect(statusOf('The fresh money is a $10 billion bet by Microsoft, insiders said.', MS)).toBe(
      'unverified',
    );
  });
  it('leaves the verb "check" alone', () => {
    expect(claimsOf('Regulators will check for any exclusive terms in the filing.', MS)).toEqual([]);
  });
});

describe('a holding told as what a party came away with', () => {
  it('is a stake', () => {
    expect(statusOf('Microsoft came out of the recapitalisation with about 27% of OpenAI.', MS)).toBe(
      'supported',
    );
    expect(statusOf('The overhaul left Microsoft with roughly 27 percent of the lab.', MS)).toBe('supported');
    expect(statusOf('Microsoft ended up with nearly half of OpenAI.', MS)).toBe('contradicted');
  });
  it('leaves other things a party came away with alone', () => {
    expect(claimsOf('The talks left OpenAI with more room to pick partners.', MS)).toEqual([]);
  });
});

describe('a funding round of one of the parties', () => {
  const page = 'Microsoft, Nvidia and Anthropic announced their alliance in November.';
  it('is not turned into a party’s sum in the wrong role when the company raised it', () => {
    // Anthropic's $30 billion purchase of Azure capacity is another sum; the round's $30 billion came from many.
    expect(statusOf('Anthropic raises $30 billion in its latest funding drive.', page)).not.toBe(
      'contradicted',
    );
    expect(statusOf('Nvidia invested $30 billion in Anthropic.', page)).toBe('contradicted');
  });
  it('keeps its lead investors in the same deal', () => {
    const round = claimsOf(
      'Anthropic has raised $30 billion in a Series G round co-led by GIC, with participation from Coatue.',
      page,
    );
    expect(round.map((c) => [c.status, c.factId])).toEqual([['supported', 'mna-series-g-30b']]);
  });
});

describe("a venture's funders named together", () => {
  it('are the venture’s equity funders even when the venture is not named', () => {
    const funders = claimsOf(
      'SoftBank, OpenAI, Oracle and MGX are the first to put in equity.',
      'Oracle and OpenAI are building data centres together.',
    )[0];
    expect([funders?.status, funders?.factId]).toEqual(['supported', 'oo-stargate-funder']);
  });
});

describe('who led a round', () => {
  const page = 'Microsoft, Nvidia and Anthropic announced their alliance in November.';
  it('is wrong only when the round is said to be led by the parties', () => {
    expect(statusOf('The Series G was led by Nvidia and Microsoft.', page)).toBe('contradicted');
    expect(statusOf('Anthropic raised $30 billion in a Series G round led by two funds.', page)).toBe(
      'supported',
    );
  });
});

describe('capacity told without its chips', () => {
  const page = 'Google and Anthropic widened their cloud agreement.';
  it('is matched by its gigawatts alone', () => {
    const gw = claimsOf(
      'Well over a gigawatt of that capacity should be running in 2026.',
      page,
      '2025-10-24',
    )[0];
    expect([gw?.status, gw?.factId]).toEqual(['supported', 'ga-tpus-1m']);
    // Another deal's gigawatts are not this one's.
    expect(claimsOf('The deal brings 3 gigawatts online in 2026.', page)).toEqual([]);
  });
});

describe('a term named as what the deal is not ("rather than", "instead of")', () => {
  it('is denied', () => {
    const cloud = claimsOf('Azure is now OpenAI’s main cloud rather than its exclusive one.', MS);
    expect(cloud.map((c) => c.status)).toEqual(['supported']);
    expect(statusOf('Azure is now OpenAI’s exclusive cloud rather than merely its main one.', MS)).toBe(
      'outdated',
    );
  });
});

describe('revenue-share payments told as no longer tied to progress', () => {
  it('agree with the 2026 terms', () => {
    const share = claimsOf(
      'The payments to Microsoft are no longer tied to OpenAI’s technological progress.',
      MS,
    )[0];
    expect([share?.status, share?.factId]).toEqual(['supported', 'rev-capped-2030']);
    expect(statusOf('OpenAI’s revenue share now applies whatever its technology progress.', MS)).toBe(
      'supported',
    );
  });
  it('leaves payments without progress alone', () => {
    expect(claimsOf('Card payments no longer depend on the old terminals.', MS)).toEqual([]);
  });
});

describe('the revenue-share percentage', () => {
  it('is contradicted when said to have changed, and agrees when said to be the same', () => {
    const changed = claimsOf(
      'The new terms lowered the percentage of revenue OpenAI passes to Microsoft.',
      MS,
    )[0];
    expect([changed?.status, changed?.factId]).toEqual(['contradicted', 'rev-percentage-changed-wrong']);
    expect(statusOf('OpenAI hands Microsoft the same percentage of its revenue as before.', MS)).toBe(
      'supported',
    );
  });
});

describe('earlier joint work named by its chips', () => {
  it('agrees with the release that acknowledged it', () => {
    const page = 'AMD and OpenAI signed a chip supply agreement.';
    const history = claimsOf('Before the deal the pair had worked together on the MI300X.', page)[0];
    expect([history?.status, history?.factId]).toEqual(['supported', 'ao-earlier-mi300x']);
    expect(claimsOf('The two teams worked together on a joint keynote.', page)).toEqual([]);
  });
});

describe('a share of a company told as "N percent of" it', () => {
  it('is a holding', () => {
    expect(statusOf('Microsoft ends up owning 27 percent of OpenAI.', MS)).toBe('supported');
    const amd = 'AMD and OpenAI signed a chip supply agreement.';
    const full = claimsOf('Used in full, the warrant would come to about 10% of the chipmaker.', amd)[0];
    expect([full?.status, full?.factId]).toEqual(['unverified', 'ao-10pct-full-exercise-reported']);
  });
  it('is no holding when it is a share of revenue', () => {
    expect(
      claimsOf('OpenAI pays Microsoft 20% of its revenue, analysts estimate.', MS).map((c) => c.topic),
    ).not.toContain('stake');
  });
});

describe('a chip maker named for its chips', () => {
  const page = 'Amazon and OpenAI signed a cloud computing agreement.';
  it('is what the deal runs on, not another deal', () => {
    const chips = claimsOf('That first contract ran on Nvidia GB200 and GB300 GPUs.', page)[0];
    expect([chips?.status, chips?.factId]).toEqual(['supported', 'zo-38b-nvidia']);
  });
  it('still makes another deal when the maker is a party to it', () => {
    expect(
      claimsOf('Nvidia signed a $100 billion chips deal with OpenAI.', page).map((c) => c.partnership),
    ).toEqual(['nvidia-openai']);
  });
});

describe('each side selling what the partnership makes', () => {
  it('agrees with the 2023 terms', () => {
    const own = claimsOf(
      'Since 2023 each of the two may commercialise what the work produces on its own.',
      MS,
    )[0];
    expect([own?.status, own?.factId]).toEqual(['supported', 'commercialize-independently']);
    expect(claimsOf('Microsoft commercialises Copilot through its own sales force.', MS)).toEqual([]);
  });
});

describe('a cloud said to run all of the lab’s work', () => {
  it('is the exclusive cloud of those years', () => {
    const all = claimsOf(
      'In 2023 Azure was running all of OpenAI’s workloads, from research to the API.',
      MS,
    )[0];
    expect([all?.status, all?.factId]).toEqual(['supported', 'cloud-exclusive']);
  });
});

describe('capacity the lab may build itself', () => {
  it('agrees with the January 2025 terms', () => {
    const own = claimsOf(
      'OpenAI may now put up capacity of its own, chiefly for research.',
      MS,
      '2025-02-01',
    )[0];
    expect([own?.status, own?.factId]).toEqual(['supported', 'own-capacity-research']);
  });
});

describe('a date that began one fact and comes before another', () => {
  const page = 'Amazon and OpenAI have a cloud agreement.';
  it('is the first fact’s date, not a wrong date of the second', () => {
    const first = claimsOf(
      'OpenAI’s open-weight gpt-oss models came to Bedrock in August 2025, offered to AWS customers.',
      page,
    )[0];
    expect([first?.status, first?.factId]).toEqual(['supported', 'zo-gpt-oss']);
  });
  it('still clashes when no fact began then', () => {
    expect(statusOf('OpenAI’s models became generally available on Bedrock in August 2025.', page)).toBe(
      'contradicted',
    );
  });
});

describe('the press’s own exclusives', () => {
  it('grant no exclusivity', () => {
    const page = 'Nvidia and OpenAI signed a letter of intent.';
    expect(
      claimsOf('In an exclusive interview, Huang said orders for the company’s chips keep growing.', page),
    ).toEqual([]);
    expect(statusOf('He told the paper exclusively that the OpenAI deal is not exclusive.', page)).toBe(
      'supported',
    );
  });
});

describe('the same word twice in a sentence', () => {
  it('is read where it stands nearest the figure it needs', () => {
    const page = 'Google and Anthropic deepened their ties.';
    const past = claimsOf(
      'Google, which has also backed Anthropic, agreed last year to invest up to $2 billion.',
      page,
      '2024-03-01',
    )[0];
    expect([past?.status, past?.factId]).toEqual(['supported', 'ga-inv-up-to-2b']);
  });
});

describe('record terms the fact base lacked (3.2.0)', () => {
  it('the GPT-3 licence left the public API open', () => {
    const page = 'Microsoft licenses GPT-3 exclusively.';
    expect(
      statusOf('Developers could still reach GPT-3 through OpenAI’s API, which kept running.', page),
    ).toBe('supported');
    const closed = claimsOf('The deal made OpenAI shut public access to GPT-3 through its API.', page)[0];
    expect([closed?.status, closed?.factId]).toEqual(['contradicted', 'license-gpt3-api-closed-wrong']);
  });
  it('Claude on all three major clouds', () => {
    const page = 'Microsoft, Nvidia and Anthropic strike a three-way deal.';
    expect(claimsOf('The deal puts Claude on all three major clouds.', page)[0]?.factId).toBe(
      'mna-claude-three-clouds',
    );
  });
  it('who builds which Stargate site, and the venture’s size', () => {
    const page = 'Oracle and OpenAI add Stargate sites.';
    expect(statusOf('Oracle is set to build the Lordstown site in Ohio.', page, '2025-09-24')).toBe(
      'contradicted',
    );
    expect(statusOf('Stargate now totals roughly 7 gigawatts.', page, '2025-09-24')).toBe('outdated');
    expect(statusOf('Stargate now totals more than 8 gigawatts.', page, '2025-11-01')).toBe('supported');
  });
  it('who holds the AMD warrant', () => {
    const page = 'AMD and OpenAI sign a chip deal.';
    expect(statusOf('Altman personally holds the warrant for AMD shares.', page)).toBe('contradicted');
    expect(statusOf('The warrant sits with OpenAI OpCo, LLC.', page)).toBe('supported');
  });
  it('the first OpenAI models on AWS', () => {
    const page = 'Amazon adds OpenAI’s open-weight models.';
    expect(
      claimsOf('For the first time, OpenAI models are offered on AWS.', page, '2025-08-06')[0]?.factId,
    ).toBe('zo-gpt-oss');
  });
});

describe('a holding said to be undisclosed', () => {
  it('agrees with the record, and a denied telling denies no term', () => {
    const aa = 'Amazon and Anthropic widened their partnership.';
    expect(claimsOf('Amazon has never revealed what share of the startup it owns.', aa)[0]?.factId).toBe(
      'aa-stake-percent-undisclosed',
    );
    const ao = 'Amazon and OpenAI signed an investment agreement.';
    const neither = claimsOf('Neither side has disclosed how large a stake Amazon holds.', ao);
    expect(neither.map((c) => [c.status, c.factId])).toEqual([['supported', 'zo-stake-undisclosed']]);
  });
});

describe('a term said to have held since a year', () => {
  it('is wrong when the term began later, but a sum added up since then is no such claim', () => {
    expect(statusOf('Microsoft has held equity in OpenAI since 2019.', MS)).toBe('contradicted');
    expect(statusOf('Microsoft has put some $13 billion into OpenAI since 2019.', MS)).toBe('supported');
  });
});

describe('what a deal leaves a party with', () => {
  it('is not a loss ("leaves Amazon with roughly 6 percent")', () => {
    const page = 'Amazon and OpenAI signed an investment agreement.';
    const left = claimsOf(
      'The deal leaves Amazon with roughly 6 percent of OpenAI, analysts estimate.',
      page,
    )[0];
    expect([left?.status, left?.factId]).toEqual(['unverified', 'zo-stake-undisclosed']);
  });
});

describe('a promise of "up to" a sum told as money paid', () => {
  const page = 'Anthropic struck its deal with Microsoft and Nvidia in the autumn.';
  it('is contradicted, and told as a promise agrees', () => {
    expect(
      statusOf('Together the pair pumped about $15 billion into Anthropic in November 2025.', page),
    ).toBe('contradicted');
    expect(
      statusOf('In November 2025 the pair committed to invest up to $15 billion in Anthropic.', page),
    ).toBe('supported');
  });
});

describe('a year counted from another ("two years later")', () => {
  it('dates what follows it', () => {
    const v = extractValues('It put in $1 billion in 2019 and $2 billion two years later.').values;
    expect(v.filter((x) => x.kind === 'year').map((x) => x.value)).toEqual([2019, 2021]);
    expect(
      statusOf('Microsoft backed OpenAI with $1 billion in 2019 and added $2 billion two years later.', MS),
    ).toBe('unverified');
  });
  it('counts "the following year" on from a month, which then dates only the first event', () => {
    const v = extractValues('It first paid in March 2021 and paid again the following year.').values;
    expect(v.filter((x) => x.kind === 'year').map((x) => x.value)).toEqual([2021, 2022]);
    const AMAZON = 'Amazon and Anthropic widen their partnership.';
    expect(
      statusOf(
        'Amazon first backed Anthropic in September 2023 and raised its total to $8 billion the next year.',
        AMAZON,
      ),
    ).toBe('supported');
    expect(statusOf('Amazon raised its total in Anthropic to $8 billion in September 2023.', AMAZON)).toBe(
      'contradicted',
    );
  });
});

describe('a month of a year already named ("in October that year")', () => {
  it('is placed in that year, and starts an event of its own', () => {
    const v = extractValues('It bought in in March 2021 and again in June that year.').values;
    expect(v.filter((x) => x.kind === 'month').map((x) => x.value)).toEqual([202103, 202106]);
    expect(
      statusOf(
        'Google first put money into Anthropic in February 2023, and in October that year agreed to invest up to $2 billion.',
        'Google and Anthropic extend their partnership.',
      ),
    ).toBe('supported');
  });
});

describe('years counted back from the page ("three years ago")', () => {
  it('date what they follow by the page’s year', () => {
    const v = extractValues('They first teamed up two years ago.', '2021-06-01').values;
    expect(v.filter((x) => x.kind === 'year').map((x) => x.value)).toEqual([2019]);
    expect(
      statusOf(
        'Azure has been OpenAI’s only cloud since their first deal, three years ago.',
        MS,
        '2019-07-23',
      ),
    ).toBe('contradicted');
  });
});

describe('stateless calls that must stay on Azure', () => {
  it('are the February 2026 term on a page about the Amazon deal', () => {
    const page = 'Amazon and OpenAI strike an investment deal.';
    const apis = claimsOf(
      'Stateless API calls, even those coming from Amazon, must still be hosted on Azure.',
      page,
      '2026-03-01',
    )[0];
    expect([apis?.status, apis?.factId]).toEqual(['outdated', 'zo-azure-stateless-apis']);
  });
});

describe('no commercial deal yet', () => {
  it('is right of August 2025 and out of date since November 2025', () => {
    const page = 'Amazon puts OpenAI’s open models on Bedrock.';
    expect(
      statusOf('The launch came without any commercial agreement between the two.', page, '2025-08-06'),
    ).toBe('supported');
    expect(statusOf('Amazon and OpenAI have no commercial deal.', page, '2025-08-06')).toBe('outdated');
  });
});

describe('the letter of intent’s pace', () => {
  it('money paid gigawatt by gigawatt is the 2025 letter’s term, now out of date', () => {
    const page = 'Nvidia and OpenAI signed a letter of intent.';
    const pace = claimsOf(
      'Nvidia is to put its money in step by step, gigawatt by gigawatt.',
      page,
      '2025-09-23',
    )[0];
    expect([pace?.status, pace?.factId]).toEqual(['outdated', 'no-loi-100b']);
  });
});

describe('a pronoun that opens the sentence as its subject', () => {
  it('stands for the side the sentence does not name', () => {
    const page = 'Amazon and Anthropic deepened their partnership.';
    const seat = claimsOf('It now holds a seat on Anthropic’s board.', page)[0];
    expect([seat?.status, seat?.factId]).toEqual(['contradicted', 'aa-board-seat-wrong']);
    // Named, the subject is the one named.
    expect(
      claimsOf('It said Anthropic holds a seat on its own board.', page).map((c) => c.factId),
    ).not.toContain('aa-board-seat-wrong');
  });
});

describe('a day of a month told without its year ("on April 29")', () => {
  it('is placed by the page’s date and checked against the record’s day', () => {
    const v = extractValues('The preview opened on Tuesday, April 29, for some users.', '2026-05-02').values;
    expect(v.find((x) => x.kind === 'month')).toMatchObject({ value: 202604, day: 29 });
    const PAGE = 'OpenAI models come to Amazon Bedrock.';
    expect(statusOf('The models reached Bedrock in a limited preview on April 29.', PAGE, '2026-05-02')).toBe(
      'contradicted',
    );
    expect(statusOf('The models reached Bedrock in a limited preview on April 28.', PAGE, '2026-05-02')).toBe(
      'supported',
    );
  });
});

// Phrasing families of ordinary business news (round nine), in our own words: speech dated before its verb or by
// a month alone, money "contributed", a company's own quarterly results, past verbs of arrival after a possessive,
// and a sum a thousand times off beside other sums.
import { describe, expect, it } from 'vitest';
import { framingOf } from '../../support/framing-of';
import { judgePage } from '../../../core/analyze';
import { sharedHints } from '../../../core/claims/parties';
import { compileFactBase } from '../../../core/verdict/compile';
import { placeBareMonth, reportedSpeech } from '../../../core/claims/time-frame';
import { extractValues } from '../../../core/claims/values';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import type { JudgedClaim, Status } from '../../../core/types';

const AS_OF = '2026-11-21';
const fb = bundledFactBase();

/** The sentence's most severe claim, on a page whose first paragraph is `context`. */
function judge(sentence: string, context: string, published: string | null = null): JudgedClaim | null {
  const page = pageFromPlainText(`${context}\n\n${sentence}`);
  const claims = judgePage(page, fb, { asOf: AS_OF, published }).filter((c) => c.start > context.length);
  return claims.find((c) => c.text === sentence) ?? claims[0] ?? null;
}

const statusOf = (sentence: string, context: string, published: string | null = null) =>
  judge(sentence, context, published)?.status ?? null;

const MS = 'Microsoft and OpenAI have worked together since 2019.';

describe('reported speech dated by a month alone or before its verb', () => {
  it('places a month without a year in the latest such month before the page date', () => {
    expect(placeBareMonth(2, '2026-11-21')).toEqual({ at: '2026-02-15', month: '2026-02' });
    expect(placeBareMonth(12, '2026-11-21')).toEqual({ at: '2025-12-15', month: '2025-12' });
    expect(placeBareMonth(11, '2026-11-21').month).toBe('2026-11');
  });

  it('finds the time of speech before the verb, with or without "that"', () => {
    expect(reportedSpeech('In March 2024, the two firms said their pact was exclusive.', 40)?.at).toBe(
      '2024-03-15',
    );
    expect(reportedSpeech('In June, the lab said the terms were unchanged.', 30)?.bareMonth).toBe(6);
    expect(reportedSpeech('The lab said in June that the terms were unchanged.', 40)?.bareMonth).toBe(6);
    // A full date is no bare month.
    expect(reportedSpeech('The lab said on June 3, 2025 that the terms were unchanged.', 50)?.bareMonth).toBe(
      undefined,
    );
  });

  const cases: Array<[string, string | null, Status]> = [
    // Said in February (2026, before the page's date): the licence was still exclusive then.
    [
      "The partners said in February that Microsoft's licence to OpenAI's IP stays exclusive.",
      null,
      'supported',
    ],
    ["In February, the partners said Microsoft's licence to OpenAI's IP stays exclusive.", null, 'supported'],
    [
      "In February 2026 both sides said Azure was still the only cloud for OpenAI's stateless APIs.",
      null,
      'supported',
    ],
    // Without a time, what was said is judged on the page's date: stale now.
    ["The partners said that Microsoft's licence to OpenAI's IP stays exclusive.", null, 'outdated'],
    // A wrong figure stays wrong whenever it was said.
    ['In 2024, Microsoft said its stake in OpenAI was 49%.', null, 'contradicted'],
  ];
  it.each(cases)('%s → %s', (sentence, published, status) => {
    expect(statusOf(sentence, MS, published), judge(sentence, MS, published)?.why.join(' | ')).toBe(status);
  });
});

describe("a company's own results for a period are no partnership term", () => {
  it.each([
    [
      'AMD posted fourth-quarter revenue that beat analyst estimates.',
      'AMD and OpenAI signed a chip supply deal.',
    ],
    ["AMD's third-quarter results showed revenue up sharply.", 'AMD and OpenAI signed a chip supply deal.'],
  ])('%s', (sentence, context) => {
    expect(judge(sentence, context)).toBeNull();
  });

  it('still reads a deal term dated by a quarter', () => {
    expect(
      statusOf(
        'In the first quarter of 2026, Amazon agreed to invest $50 billion in OpenAI.',
        'Amazon and OpenAI.',
      ),
    ).toBe('supported');
  });
});

describe('money contributed is money put in', () => {
  it.each([
    ['Oracle contributed roughly $7 billion to Stargate, press reports said.', 'unverified'],
    ["Oracle's equity contribution to Stargate is put at $7 billion by people briefed on it.", 'unverified'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, 'Oracle and OpenAI work together on Stargate.')).toBe(status);
  });
});

describe('past verbs of arrival, and a possessive that is no perfect', () => {
  it('reads "came", "arrived" and "followed" as past, also after a possessive and its noun', () => {
    expect(framingOf("The lab's second cheque came with strings attached.", 'strings')).toBe('past');
    expect(framingOf('The money arrived in two parts.', 'parts')).toBe('past');
    expect(framingOf("Amazon's payment followed in stages.", 'stages')).toBe('past');
  });
  it("reads the times of an opening contrast as the other side's", () => {
    expect(framingOf('Unlike in 2019, the cloud deal is a primary one.', 'primary')).toBe('present');
    expect(framingOf('In 2019, the cloud deal was an exclusive one.', 'exclusive')).toBe('past');
  });
  it('still reads "it\'s" before a participle as a present perfect', () => {
    expect(framingOf("It's already invested in the lab.", 'lab')).toBe('present');
  });
  it('judges a condition stated in the past as correct about the past', () => {
    expect(
      statusOf(
        "Only Amazon's money came with conditions: $15 billion first and $35 billion afterwards.",
        'Amazon put $50 billion into OpenAI in February 2026.',
      ),
    ).toBe('supported');
  });
});

describe('a sum a thousand times off', () => {
  const context = 'Amazon and OpenAI have a growing partnership.';
  it('is a slip when it is the only sum beside a confirmed one', () => {
    expect(statusOf('The deal expanded the contract by $100 million.', context)).toBe('contradicted');
  });
  it('is another sum when the sentence states others', () => {
    // The founders' pledge, whose parts the record does not give: not the $100 billion expansion of 2026.
    const claim = judge(
      'AWS put up $100 million of the $1 billion pledged to OpenAI at its launch.',
      context,
    );
    expect([claim?.factId, claim?.status]).toEqual(['zo-founding-backer', 'unverified']);
  });
});

describe('a term without figures said to be "no longer"', () => {
  it.each([
    // The main-cloud role still holds: saying it ended is wrong.
    ['Since the spring amendment, Azure is no longer the main cloud partner of OpenAI.', 'contradicted'],
    // Sole-cloud status did end: saying so is right.
    ["Azure is no longer OpenAI's sole cloud.", 'supported'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
});

describe("a company's valuation replaced by a later round", () => {
  it('is outdated as a present figure once the next round is on the record', () => {
    const context = 'Microsoft and NVIDIA agreed to invest in Anthropic.';
    expect(statusOf('Anthropic today carries a valuation of $380 billion.', context)).toBe('outdated');
    expect(statusOf('The Series G in February 2026 valued Anthropic at $380 billion.', context)).toBe(
      'supported',
    );
  });
});

describe('a date after a short aside dates the main clause', () => {
  const context = 'Amazon and OpenAI have a growing partnership.';
  it.each([
    ['The two firms signed their first cloud deal, valued at $38 billion, in November 2024.', 'contradicted'],
    ['The two firms signed their first cloud deal, valued at $38 billion, in November 2025.', 'supported'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, context)).toBe(status);
  });
});

describe('rights to air or stream media are no licence of the partner', () => {
  it('leaves a sports-streaming deal alone', () => {
    expect(
      judge(
        'Meanwhile, Amazon won exclusive rights to stream a slate of football matches.',
        'Amazon and OpenAI have a growing partnership.',
      ),
    ).toBeNull();
  });
});

describe('descriptors several parties share ("the lab", "the chipmaker")', () => {
  it('finds them in the fact base, not in a list of names', () => {
    const shared = sharedHints(fb.partnerships);
    expect(shared.has('the lab')).toBe(true);
    expect(shared.has('the chipmaker')).toBe(true);
    // A descriptor of one party alone is no shared one.
    expect(shared.has('the redmond giant')).toBe(false);
  });

  it('name the party on a page about one deal alone', () => {
    expect(statusOf("In July 2019 Azure became the lab's only cloud provider.", MS)).toBe('supported');
    expect(
      statusOf(
        'The chipmaker granted a warrant for up to 160 million shares.',
        'AMD and OpenAI signed a chip deal.',
      ),
    ).toBe('supported');
  });

  it('are no lead to a party on a page about several deals, nor to what a page is about', () => {
    const cfb = compileFactBase(fb);
    const deal = cfb.partnerships.find((p) => p.partnership.id === 'microsoft-nvidia-anthropic')!;
    const lab = deal.partnership.parties.findIndex((p) => p.id === 'anthropic');
    expect(deal.parties.soleContext[lab].test('money wired to the lab')).toBe(true);
    expect(deal.parties.context[lab].test('money wired to the lab')).toBe(false);
  });
});

describe('a date that is early for one term and the start of another read elsewhere in the sentence', () => {
  it('still clashes with the term it is stated for', () => {
    const claims = judgePage(
      pageFromPlainText(
        `${MS}\n\nMicrosoft gained exclusive rights to GPT-3 in July 2019, alongside its first investment.`,
      ),
      fb,
      { asOf: AS_OF, published: null },
    ).filter((c) => c.start > MS.length);
    expect(claims.map((c) => [c.factId, c.status])).toContainEqual(['license-exclusive', 'contradicted']);
  });
});

describe('money added to an earlier sum', () => {
  it.each([
    ['In 2021 Microsoft added a further $2 billion, press reports said.', 'unverified'],
    ['Microsoft added $1 billion in 2019.', 'supported'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
});

describe('follow-on money told by its arrival', () => {
  it.each([
    ['Another $2 billion came in 2021, by press accounts.', 'unverified'],
    ['A new funding round followed in 2021, said to total $2 billion.', 'unverified'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
});

describe('"never" up to now', () => {
  it.each([
    // A stake came to be in October 2025: "has never held" one is wrong, not merely stale.
    ['To this day Microsoft has never owned any equity in OpenAI.', 'contradicted'],
    // A past perfect stops before now.
    ['Before the restructuring, Microsoft had never owned equity in OpenAI.', 'supported'],
    // A wrong figure denied is still right.
    ['Microsoft has never owned 49% of OpenAI.', 'supported'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
});

describe('a sum raised "to" a figure the record adds "by"', () => {
  it.each([
    'The February pact lifted the $38 billion deal to $100 billion.',
    'The new agreement brought the cloud contract to $100 billion.',
  ])('%s → contradicted', (sentence) => {
    expect(statusOf(sentence, 'Amazon and OpenAI have a growing partnership.')).toBe('contradicted');
  });
});

describe('totals', () => {
  it.each([
    // The press's total, with the reported top-up, is unverified; a total the record contradicts is wrong.
    [
      "Counting its slice of the 2024 round, Microsoft's overall commitment reaches $13.8 billion.",
      'unverified',
    ],
    ['Microsoft has committed $11 billion in total to OpenAI.', 'contradicted'],
    // Another party's total commitment is not Microsoft's.
    ['OpenAI has committed $250 billion in total to Azure.', 'supported'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
  it('reads a sum of two deals as the press total it is', () => {
    expect(statusOf('Together the two cloud pacts total $138 billion.', 'Amazon and OpenAI.')).toBe(
      'unverified',
    );
  });
});

describe("the market's investors", () => {
  it('are no investment in a sentence of market colour', () => {
    expect(
      judge(
        'Alphabet shares jumped to a record as investors applauded its cloud business.',
        'Google and Anthropic.',
      ),
    ).toBeNull();
  });
});

describe('a date after a participle of another noun', () => {
  it('does not date the frame', () => {
    // "the terms agreed in October 2025" dates the terms, not the February 2026 partnership.
    expect(
      statusOf(
        'The February 27, 2026 statement said the Amazon deal altered none of the terms agreed in October 2025.',
        MS,
      ),
    ).not.toBe('contradicted');
  });
  it('still dates the frame after an auxiliary', () => {
    expect(statusOf('The memorandum for the next phase was signed in September 2024.', MS)).toBe(
      'contradicted',
    );
  });
});

describe('a sentence led by a pronoun on a page about one deal', () => {
  it.each([
    ["The company keeps an exclusive licence to OpenAI's technology.", 'outdated'],
    ["The firm still holds an exclusive licence to the lab's models.", 'outdated'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
});

describe('teaming up, selling on a platform, and "X when Y"', () => {
  const GA = 'Google and Anthropic.';
  it.each([
    ['Google and Anthropic first teamed up in February 2023.', 'supported'],
    ['Google and Anthropic first joined forces in June 2023.', 'contradicted'],
    ["Claude has been sold on Google's Vertex AI since March 2024.", 'supported'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, GA)).toBe(status);
  });
  it('puts X at the time of Y: the date of Y does not excuse X', () => {
    expect(statusOf('Microsoft wired $1 billion to OpenAI when the pair first teamed up in 2016.', MS)).toBe(
      'contradicted',
    );
  });
});

describe('a holding called an interest', () => {
  it.each([
    [
      "By mid-2026 the software maker's interest had shrunk to roughly 25 percent, reports said.",
      'unverified',
    ],
    ['Its interest stood at 49 percent, the article claimed.', 'contradicted'],
  ] as const)('%s → %s', (sentence, status) => {
    expect(statusOf(sentence, MS)).toBe(status);
  });
  it('leaves interest rates alone', () => {
    expect(judge('Interest rates rose 5 percent as Microsoft shares fell.', MS)).toBeNull();
  });
});

describe("a deal's yearly worth told by the press", () => {
  it('is unverified', () => {
    expect(
      statusOf(
        'The deal is worth roughly $30 billion a year to Oracle, a newspaper reported.',
        'Oracle and OpenAI.',
      ),
    ).toBe('unverified');
  });
});

describe('dates told relative to the page date', () => {
  it('are placed by the publication date, and only with one', () => {
    expect(statusOf("The April amendment ended Azure's exclusivity.", MS, '2026-06-01')).toBe('contradicted');
    expect(statusOf("Azure's exclusivity ended in January, the companies said.", MS, '2025-03-02')).toBe(
      'supported',
    );
    // Without a publication date a month alone dates nothing.
    expect(statusOf("The April amendment ended Azure's exclusivity.", MS)).toBe('supported');
  });
  it('read "last year" and "this year" as years', () => {
    const v = extractValues('It invested last year and may add more this year.', '2024-03-01').values;
    expect(v.filter((x) => x.kind === 'year').map((x) => x.value)).toEqual([2023, 2024]);
    expect(extractValues('It invested last year.').values).toEqual([]);
  });
  it('place a month named alone before the page date, and leave "in march" and dated months alone', () => {
    const months = (text: string) =>
      extractValues(text, '2025-02-10')
        .values.filter((x) => x.kind === 'month')
        .map((x) => x.value);
    expect(months('The deal signed in December was expanded in February.')).toEqual([202412, 202502]);
    expect(months('Workers march in protest.')).toEqual([]);
    expect(months('It was signed in December 2019.')).toEqual([201912]);
  });
});

describe('sites a venture names in one announcement', () => {
  const ORACLE_OPENAI = 'Oracle and OpenAI expanded Stargate.';
  it('are the record’s when their number is the record’s', () => {
    const s = 'OpenAI, Oracle and SoftBank unveiled five more Stargate campuses on Tuesday.';
    expect(statusOf(s, ORACLE_OPENAI, '2025-09-24')).toBe('supported');
  });
  it('are not supported in another number', () => {
    const s = 'OpenAI, Oracle and SoftBank announced six new Stargate sites on Tuesday.';
    expect(statusOf(s, ORACLE_OPENAI, '2025-09-24')).not.toBe('supported');
  });
});

describe('"nothing in <a long name of a deal> changes"', () => {
  it('is the terms left as they were, however long the name of the other deal', () => {
    const s =
      "Microsoft and OpenAI said that nothing in the lab's big new cloud agreement with Amazon changes the terms they set in October.";
    expect(statusOf(s, 'Microsoft and OpenAI issued a joint statement.', '2026-02-28')).toBe('supported');
  });
});

describe('a month told with "last year" or "this year"', () => {
  it('is that month of the year the words name, not the latest such month', () => {
    const ms = 'Microsoft and OpenAI extended their partnership.';
    expect(
      statusOf('Microsoft pledged a further $10 billion to OpenAI in January last year.', ms, '2024-06-13'),
    ).toBe('unverified');
    const nvidia = 'Nvidia and OpenAI signed a letter of intent.';
    expect(
      statusOf('The agreement, first drafted in September last year, is now final.', nvidia, '2025-09-23'),
    ).toBe('contradicted');
  });
});

describe('another company named only to describe one ("the X-backed developer")', () => {
  it('is no deal of its own that takes the sentence away', () => {
    expect(
      statusOf(
        'Nvidia will also put $1.5 billion into SB Energy, the SoftBank-owned firm that develops the campus.',
        'Nvidia and OpenAI chose a site in Ohio for their next gigawatts.',
        '2026-08-20',
      ),
    ).toBe('supported');
  });
  it('still leaves a company doing a deal of its own alone', () => {
    expect(
      judge(
        'SoftBank put $30 billion into the same round.',
        'Nvidia and OpenAI chose a site in Ohio.',
        '2026-08-20',
      ),
    ).toBeNull();
  });
});

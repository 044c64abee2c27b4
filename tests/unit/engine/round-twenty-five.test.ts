// Phrasing families of the twenty-fifth round, in our own words: a term told by the deal's own noun ("The pact
// …") on a page that names other deals too, and such a sentence that turns to another deal after a semicolon or
// a colon; timelines told in the present of their dates ("2021 – …", "In January 2025, X is replaced by Y").
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { lineYears } from '../../../core/claims/timeline-lines';
import { stampYear, timeMarkers } from '../../../core/claims/time-frame';
import { pageFromPlainText } from '../../../core/page/extract';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { claimsOf } from '../../support/claims-after';
import { partsOf } from '../../support/deal-parts-of';

const CHIPS =
  'AMD agrees to supply OpenAI with six gigawatts of its chips.\n\nIt comes a month after Nvidia signed a letter of intent with OpenAI.\n\nAMD shares jumped on the news.';

const fb = bundledFactBase();

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.text, c.status, c.factId]);

describe("a term told by the deal's own noun", () => {
  it('speaks of the deal the page opens on, though the page names another', () => {
    for (const noun of ['pact', 'deal', 'arrangement', 'agreement'])
      expect(judged(`The ${noun} is not exclusive.`, CHIPS, '2025-10-07')).toEqual([
        [`The ${noun} is not exclusive.`, 'supported', 'ao-not-exclusive'],
      ]);
  });

  it('turned to another deal after a semicolon or a colon, gives each deal its own claim', () => {
    for (const turn of ['; ', ': '])
      expect(
        judged(
          `The pact is not exclusive${turn}Nvidia stays OpenAI's preferred partner for compute.`,
          CHIPS,
          '2025-10-07',
        ),
      ).toEqual([
        ['The pact is not exclusive', 'supported', 'ao-not-exclusive'],
        ["Nvidia stays OpenAI's preferred partner for compute.", 'supported', 'no-preferred-partner'],
      ]);
  });
});

describe("the parts of a sentence led by a term's noun", () => {
  it('are not split when the rest goes on about the same deal', () => {
    expect(
      partsOf('The pact is not exclusive; AMD will also grant OpenAI a warrant.', 'amd-openai'),
    ).toBeNull();
  });

  it('are not split when the first piece names a company itself', () => {
    expect(
      partsOf("The pact with AMD is not exclusive; Nvidia stays OpenAI's preferred partner.", 'amd-openai'),
    ).toBeNull();
  });

  it('split at the first turn when the rest names both sides of another deal', () => {
    expect(
      partsOf("The pact is not exclusive; Nvidia stays OpenAI's preferred partner.", 'amd-openai'),
    ).toEqual(['The pact is not exclusive', "Nvidia stays OpenAI's preferred partner."]);
  });
});

describe('a timeline told in the present of its dates', () => {
  const TIMELINE = 'Microsoft and OpenAI, year by year';
  const page = (...lines: string[]) => {
    const text = [TIMELINE, ...lines].join('\n\n');
    return judgePage(pageFromPlainText(text), fb, {
      asOf: '2026-11-21',
      published: '2026-06-02',
    });
  };
  const verdicts = (...lines: string[]) => page(...lines).map((c) => [c.text, c.status, c.factId]);

  it('reads a line stamped with a year as told of that year', () => {
    for (const stamp of ['2021 – ', '2021: ', 'March 2021 — '])
      expect(verdicts(`${stamp}Azure serves as the only cloud of the ChatGPT maker.`)).toEqual([
        [`${stamp}Azure serves as the only cloud of the ChatGPT maker.`, 'supported', 'cloud-exclusive'],
      ]);
    // Without its stamp the same words are told as current, and are stale.
    expect(verdicts('Azure serves as the only cloud of the ChatGPT maker.')).toEqual([
      ['Azure serves as the only cloud of the ChatGPT maker.', 'outdated', 'cloud-exclusive'],
    ]);
  });

  it("places the months of a line's later sentences in its year", () => {
    const later = 'In January, Microsoft’s sole-cloud position is replaced by a right of first refusal.';
    expect(verdicts(`2025 – The alliance loosens. ${later}`).map((v) => v.slice(0, 2))).toEqual([
      [later, 'supported'],
    ]);
    // Unstamped, "January" is the page's own (2026), when no such change was made.
    expect(verdicts(`The alliance loosens. ${later}`).map((v) => v[1])).not.toContain('supported');
  });

  it("keeps a line's year past its semicolons", () => {
    expect(
      verdicts('2019 – OpenAI turns to Microsoft for money; the lab picks Azure as its exclusive cloud.').map(
        (v) => v[1],
      ),
    ).toEqual(['supported']);
  });

  it('does not take a year yet to come for a stamp of the past', () => {
    expect(timeMarkers('2030 – The lab’s rights lapse.', 2026).some((m) => m.framing === 'past')).toBe(false);
    expect(stampYear('2030 – The lab’s rights lapse.')).toBe(2030);
    expect(stampYear('Some 2,030 engineers work on the models.')).toBeNull();
  });
});

describe('a sentence opened by a past date and its comma', () => {
  it('is told in the present of that date', () => {
    // Told as current, the right to match offers would be stale (it ended in October 2025).
    expect(
      claimsOf(
        'In January 2025, Microsoft’s sole-cloud position is replaced by a right of first refusal.',
        'Microsoft and OpenAI rework their cloud deal.',
      ).map((c) => c.status),
    ).toEqual(['supported']);
  });

  it('unless the sentence says now', () => {
    const [claim] = claimsOf(
      'In 2019, Microsoft invested $1 billion in OpenAI; today Azure is still the lab’s only cloud.',
      'Microsoft and OpenAI rework their cloud deal.',
    ).filter((c) => c.topic === 'cloud');
    expect(claim?.status).toBe('outdated');
  });
});

describe("the years of a timeline's lines", () => {
  it("are read from each block's stamp, once", () => {
    const text = 'Key dates\n\n2019 – A deal is struck. More follows.\n\nLater, more news came.';
    const blocks = [
      { start: 0, end: 9 },
      { start: 11, end: 48 },
      { start: 50, end: text.length },
    ];
    let reads = 0;
    const year = lineYears(blocks, (b) => {
      reads++;
      return text.slice(b.start, b.end);
    });
    expect(year({ start: 35, end: 48 })).toBe(2019);
    expect(year({ start: 11, end: 34 })).toBe(2019);
    expect(year({ start: 50, end: text.length })).toBeNull();
    expect(reads).toBe(2);
  });
});

describe('a fact that began before the news of it', () => {
  const TEXAS = 'Oracle and OpenAI expand their Texas campus.';
  it('takes the month the record gives it, not the day it was announced', () => {
    // The record (O5, July 2025) says the first racks arrived in June.
    expect(
      judged('Oracle began delivering GB200 racks to Abilene in June 2025.', TEXAS).map((c) => c.slice(1)),
    ).toEqual([['supported', 'oo-abilene-training']]);
    expect(
      judged('Oracle began delivering GB200 racks to Abilene in March 2025.', TEXAS).map((c) => c[1]),
    ).toEqual(['contradicted']);
  });
});

describe('a yes-or-no question after a lead-in', () => {
  it('asserts nothing, as the bare question does not', () => {
    for (const q of [
      'Last one: is it true the cloud lost its right to match offers?',
      'And does the retailer still hold a board seat?',
      'OK, so, is the chipmaker putting in ten billion?',
    ])
      expect(isYesNoQuestion(q)).toBe(true);
    // A lead-in before a statement, or a question that is not yes-or-no, is not one.
    expect(isYesNoQuestion('And the cloud lost its right to match offers.')).toBe(false);
    expect(isYesNoQuestion('So why did the lab take $1 billion?')).toBe(false);
  });
});

describe("a term's noun followed by its giver", () => {
  const CLAUDE = 'Microsoft and Nvidia back Anthropic.';
  it('takes the party after "by", "from" or a heading\'s colon as the one who pays', () => {
    for (const line of [
      'Investments: Nvidia up to $10 billion, Microsoft up to $5 billion.',
      'Investment by Nvidia: up to $10 billion.',
      'A pledge from Nvidia of up to $10 billion.',
    ])
      expect(judged(line, CLAUDE, '2025-11-20').map((c) => c.slice(1))[0]).toEqual([
        'supported',
        'mna-inv-nvidia-up-to-10b',
      ]);
  });

  it('so a sum pinned on the wrong giver is contradicted', () => {
    expect(
      judged('Investments: Microsoft up to $10 billion.', CLAUDE, '2025-11-20').map((c) => c[1]),
    ).toEqual(['contradicted']);
  });
});

describe('the nearest text that names a deal whole', () => {
  it('lends its deal to a pronoun before the paragraph before does', () => {
    const text = [
      'The Claude maker and its backers, in questions and answers',
      'Which cloud does the lab lean on most? Amazon’s AWS has been Anthropic’s main cloud since 2023.',
      'And Google? Google has put $2 billion into Anthropic. Its shares carry no voting rights.',
    ].join('\n\n');
    const claims = judgePage(pageFromPlainText(text), fb, { asOf: '2026-11-21' });
    const last = claims.find((c) => c.text.startsWith('Its shares'));
    expect([last?.partnership, last?.factId, last?.status]).toEqual([
      'google-anthropic',
      'ga-non-voting',
      'supported',
    ]);
  });
});

describe('"as of" the page\'s own year', () => {
  const AMAZON = 'Amazon and Anthropic: the story so far.';
  it('tells a state as current when the page was written, so it can go stale', () => {
    expect(
      judged('As of 2024, Amazon has put $4 billion into Anthropic in all.', AMAZON, '2024-06-01').map(
        (c) => c[1],
      ),
    ).toEqual(['outdated']);
  });

  it('but an earlier year, or part of the year, still points at the past', () => {
    expect(timeMarkers('As of 2024, the retailer had put in $4 billion.', 2025)[0]?.framing).toBe('past');
    expect(timeMarkers('As of 2024, the retailer has put in $4 billion.', 2024)[0]?.framing).toBe('present');
    expect(timeMarkers('As of mid-2024, the retailer could still buy more.', 2024)[0]?.framing).toBe('past');
  });
});

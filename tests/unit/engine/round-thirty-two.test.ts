// Phrasing families of the thirty-second round, in our own words: a deal's conditions told as its terms, which stay
// true once the money has come, against the money told as still waiting on them, which does not.
import { describe, expect, it } from 'vitest';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { timeStampLength } from '../../../core/claims/time-stamp';
import { clauseSpans } from '../../../core/claims/clauses';
import { cellToldWithHeads } from '../../../core/verdict/table-cell';
import { claimsOf } from '../../support/claims-after';
import { partsOf } from '../../support/deal-parts-of';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.partnership, c.factId]);

const lede = 'Amazon agreed in February to invest $50 billion in OpenAI.';

describe('a conditional sum told as the terms, or as still waiting', () => {
  it('keeps the terms supported after the money came: the deal was written so', () => {
    expect(
      judged(
        'Under the filing, Amazon has to fund the other $35 billion if OpenAI goes public before 2029.',
        lede,
        '2026-03-04',
      )[0],
    ).toEqual(['supported', 'amazon-openai', 'zo-inv-35b-conditional']);
  });

  it('finds the money told as still pending outdated once it was reported paid', () => {
    expect(
      judged('Amazon’s other $35 billion remains conditional on those triggers.', lede, '2026-03-04')[0],
    ).toEqual(['outdated', 'amazon-openai', 'zo-35b-still-pending']);
    expect(judged('The $35 billion balance is still contingent on an IPO.', lede, '2026-05-20')[0]).toEqual([
      'outdated',
      'amazon-openai',
      'zo-35b-still-pending',
    ]);
  });

  it('reads "the remaining" as which sum, not as the sum still waiting', () => {
    expect(
      judged(
        'The remaining $35 billion is conditional on a listing or another event.',
        lede,
        '2026-03-04',
      )[0],
    ).toEqual(['supported', 'amazon-openai', 'zo-inv-35b-conditional']);
  });
});

describe('a live page’s entries', () => {
  it('measures the time stamp an entry opens on, and nothing else', () => {
    expect(timeStampLength('11:20 The chipmaker confirmed the warrant.')).toBe(6);
    expect(timeStampLength('Tuesday 08:05 GMT: The chipmaker confirmed the warrant.')).toBe(19);
    expect(timeStampLength('Oct 7, 16:40 The chipmaker confirmed the warrant.')).toBe(13);
    expect(timeStampLength('4.15pm - The chipmaker confirmed the warrant.')).toBe(9);
    expect(timeStampLength('10.50 billion dollars changed hands.')).toBe(0);
    expect(timeStampLength('2019: the first billion.')).toBe(0);
  });

  it('asks a question after a time stamp, and asserts nothing', () => {
    expect(isYesNoQuestion('11:20 Reader mail: did Amazon get a board seat at Anthropic?')).toBe(true);
    expect(
      judged(
        '11:20 Reader mail: did Amazon pay $8 billion for a board seat at Anthropic?',
        'Amazon and Anthropic.',
      ),
    ).toEqual([]);
  });

  it('reads a pronoun past the time stamp as it would at the start', () => {
    const lede =
      'AMD and OpenAI signed a six-gigawatt agreement, and AMD granted OpenAI a warrant over as many as 160 million of its shares.';
    expect(judged('16:40 It vests in tranches as the gigawatts are deployed.', lede, '2025-10-07')).toEqual(
      judged('It vests in tranches as the gigawatts are deployed.', lede, '2025-10-07'),
    );
  });
});

describe('a figure an indirect question asks about', () => {
  it('is no figure stated: no claim of a figure the record cannot settle', () => {
    const lede = 'Microsoft and OpenAI rewrote their partnership.';
    expect(
      judged('A reader wants to know whether Microsoft now holds 45% of OpenAI.', lede, '2026-05-01'),
    ).toEqual([]);
    expect(judged('Microsoft now holds 45% of OpenAI.', lede, '2026-05-01')[0]?.[0]).toBeDefined();
  });
});

describe('a promise to spend', () => {
  const lede = 'Amazon and Anthropic widened their cloud agreement.';
  it('is spending on the other side’s services, not money put into it', () => {
    expect(
      judged(
        'Anthropic made a pledge to spend more than $100 billion with Amazon across ten years.',
        lede,
        '2026-05-01',
      )[0],
    ).toEqual(['supported', 'amazon-anthropic', 'aa-compute-100b']);
  });

  it('is made by the name in the possessive before its noun, though another name opens the sentence', () => {
    expect(
      judged(
        'Amazon, for its part, holds Anthropic’s spending commitment of over $100 billion across ten years.',
        lede,
        '2026-05-01',
      )[0],
    ).toEqual(['supported', 'amazon-anthropic', 'aa-compute-100b']);
  });
});

describe('"the venture" told back though the sentence holds a claim of its own', () => {
  const context = [
    'OpenAI, SoftBank, Oracle and MGX put up the first equity in Stargate, a $500 billion build-out over four years.',
    'SoftBank handles the money side and OpenAI runs operations.',
    'Oracle will build and run the system with NVIDIA and OpenAI.',
  ].join('\n\n');

  it('reads the venture named a few paragraphs before in its place', () => {
    expect(
      judged(
        'Microsoft joins the venture only as a technology partner, not as a funder.',
        context,
        '2025-01-23',
      )[0],
    ).toEqual(['supported', 'microsoft-openai', 'stargate-tech-partner']);
    expect(judged('Microsoft also holds equity in the venture.', context, '2025-01-23')[0]).toEqual([
      'contradicted',
      'microsoft-openai',
      'stargate-equity-wrong',
    ]);
  });

  it('keeps the sentence’s own reading when no venture was named before', () => {
    expect(
      judged(
        'Microsoft joins the venture only as a technology partner, not as a funder.',
        'Microsoft and OpenAI.',
        '2025-01-23',
      )[0]?.[2],
    ).not.toBe('stargate-tech-partner');
  });
});

describe('a competition authority’s steps, in other words', () => {
  const lede = 'Google and Anthropic expanded their cloud deal.';
  it('reads "invited comment" as the inquiry, and in the past when told so', () => {
    expect(
      judged(
        'Britain’s CMA invited comments on the Google tie-up with Anthropic on July 30.',
        lede,
        '2024-08-20',
      )[0],
    ).toEqual(['supported', 'google-anthropic', 'ga-cma-review']);
  });
  it('reads the authority by its full name, "looking at" the deal, as the inquiry of its day', () => {
    expect(
      judged(
        'The Competition and Markets Authority is looking at Google’s stake in Anthropic.',
        lede,
        '2024-08-20',
      )[0],
    ).toEqual(['outdated', 'google-anthropic', 'ga-cma-review']);
  });
});

describe('no director’s seat', () => {
  const lede = 'Microsoft and OpenAI extended their partnership.';
  it('agrees with the record whenever told: the only seat was an observer’s', () => {
    for (const published of ['2023-03-01', '2025-06-01'])
      expect(judged('OpenAI’s board counts no director from Microsoft.', lede, published)[0]).toEqual([
        'supported',
        'microsoft-openai',
        'board-no-director',
      ]);
  });
  it('leaves a seat told as held to the facts of the observer seat and the wrong voting seat', () => {
    expect(judged('Microsoft holds a voting seat on OpenAI’s board.', lede, '2025-06-01')[0]?.[2]).toBe(
      'board-voting-wrong',
    );
  });
});

describe('another company doing the same, in a piece of its own', () => {
  it('is a part of its own: the party’s money is judged without the other company’s', () => {
    expect(
      partsOf('NVIDIA puts $30 billion into the round, and SoftBank is also adding $30 billion.'),
    ).toEqual(['NVIDIA puts $30 billion into the round', 'SoftBank is also adding $30 billion.']);
    expect(
      judged(
        'NVIDIA puts $30 billion into OpenAI, and SoftBank is also adding $30 billion.',
        'NVIDIA and OpenAI.',
        '2026-03-02',
      )[0],
    ).toEqual(['supported', 'nvidia-openai', 'no-inv-30b']);
  });

  it('is not a part when the piece names a party, or the first piece names none', () => {
    expect(partsOf('NVIDIA puts $30 billion into the round, and Microsoft is also adding money.')).toBeNull();
    expect(partsOf('The round is large, and SoftBank is also adding $30 billion.')).toBeNull();
  });
});

describe('a clock time’s colon', () => {
  it('splits no clause; a colon after a year or a word still does', () => {
    const pieces = (t: string) => clauseSpans(t).map((c) => t.slice(c.start, c.end).trim());
    expect(pieces('At 07:05 the lab confirmed the deal')).toEqual(['At 07:05 the lab confirmed the deal']);
    expect(pieces('2020: the licence came')).toEqual(['2020', 'the licence came']);
  });
});

describe('work on a partner’s next chips', () => {
  const lede = 'Amazon and Anthropic deepened their alliance in November 2024.';
  it('is the chip work the record lists, however it is put', () => {
    for (const line of [
      'Anthropic will team up with Annapurna Labs, Amazon’s chip designers, on new chips.',
      'Anthropic is to help shape future versions of Trainium.',
    ])
      expect(judged(line, lede, '2024-11-25')[0], line).toEqual([
        'supported',
        'amazon-anthropic',
        'aa-annapurna-trainium',
      ]);
  });
});

describe('an "only" that bounds a condition, and a term replaced', () => {
  const lede = 'Microsoft and OpenAI rewrote their partnership.';
  it('reads no exclusivity into "only possible because"', () => {
    expect(
      judged(
        'Selling through any cloud is only possible because Microsoft now lets OpenAI use every provider.',
        lede,
        '2026-06-01',
      )
        .map((c) => c[2])
        .includes('cloud-exclusive'),
    ).toBe(false);
  });
  it('reads a term being replaced as ended', () => {
    for (const line of [
      'The January deal swapped things around, replacing Azure exclusivity with a first-refusal right.',
      'Replacing its exclusivity, Microsoft took a right of first refusal in January.',
    ])
      expect(judged(line, lede, '2025-02-01')[0]?.[0], line).toBe('supported');
  });
});

describe('a sentence that opens on a sum, after a venture', () => {
  const lede = 'Oracle and OpenAI are partners in a new venture.';
  it('goes on about the venture the sentence before named', () => {
    expect(
      judged(
        '$100 billion of that goes to work straight away.',
        `${lede}\n\nStargate plans to spend $500 billion on computing over four years.`,
        '2025-01-23',
      )[0],
    ).toEqual(['supported', 'oracle-openai', 'oo-stargate-100b-now']);
  });
  it('is left alone after a sentence that names no venture', () => {
    expect(
      judged(
        '$100 billion of that goes to work straight away.',
        `${lede}\n\nThe plans are large.`,
        '2025-01-23',
      ),
    ).toEqual([]);
  });
});

describe('a table cell told with its heads', () => {
  const blocks = ['North and South', 'Cash in:', 'x'.repeat(120), 'Up to $2bn'];
  const told = (rowHead: number, colHead: number) => {
    const t = cellToldWithHeads('Up to $2bn', { block: 3, rowHead, colHead }, (b) => blocks[b]);
    return t === null ? null : { text: t.text, start: t.toWritten(t.text.indexOf('Up'), false) };
  };
  it('reads the cell after its row head and column header, and places back on the cell', () => {
    expect(told(0, 1)).toEqual({ text: 'North and South, Cash in: Up to $2bn', start: 0 });
    expect(told(-1, 1)).toEqual({ text: 'Cash in: Up to $2bn', start: 0 });
  });
  it('leaves out a head too long to name a row or a column, and reads nothing when none is left', () => {
    expect(told(2, 1)?.text).toBe('Cash in: Up to $2bn');
    expect(told(2, -1)).toBeNull();
  });
});

// Phrasing families of the thirty-third round, in our own words: figures said aloud as an interview transcribes
// them, and a market price that slips beside a deal whose sites could.
import { describe, expect, it } from 'vitest';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { datelineLength } from '../../../core/claims/time-stamp';
import { buildLexicon } from '../../../core/claims/lexicon/lexicon';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { readSentence } from '../../../core/claims/sentence-reading';
import { extractValues } from '../../../core/claims/values';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.partnership, c.factId]);

const sums = (text: string) =>
  extractValues(text, '2026-03-10')
    .values.filter((v) => v.kind === 'amountUsd')
    .map((v) => [v.value, text.slice(v.start, v.end)]);

describe('figures said aloud', () => {
  it('reads a number written out in hyphenated words before a valuation', () => {
    expect(sums('They priced it at a four-hundred-and-ten-billion valuation.')).toEqual([
      [410e9, 'four-hundred-and-ten-billion'],
    ]);
    expect(sums('The round set a nine-hundred-twenty-billion post-money mark.')).toEqual([
      [920e9, 'nine-hundred-twenty-billion'],
    ]);
    expect(sums('Ten billion of it came at a six-hundred-ninety-billion pre-money valuation.')).toEqual([
      [10e9, 'Ten billion'],
      [690e9, 'six-hundred-ninety-billion'],
    ]);
  });

  it('adds the fraction said after the scale, rather than dropping it', () => {
    expect(sums('The chipmaker also sank a billion and a half into the power firm.')).toEqual([
      [1.5e9, 'a billion and a half'],
    ]);
    expect(sums('Its opening cheque was two billion and a quarter dollars.')).toEqual([
      [2.25e9, 'two billion and a quarter dollars'],
    ]);
  });

  it('takes billions said aloud before a time, a total or a price as money', () => {
    expect(sums('The second cheque was one and a quarter billion last spring.')).toEqual([
      [1.25e9, 'one and a quarter billion'],
    ]);
    expect(sums('So the cloud giant is in for six billion all told.')).toEqual([[6e9, 'six billion']]);
    expect(sums('The lab now counts two billion weekly users.')).toEqual([]);
  });

  it('reads dollars said in words with no scale, but not "a few dollars"', () => {
    expect(sums('The top tranche vests at seven hundred dollars a share.')).toEqual([
      [700, 'seven hundred dollars'],
    ]);
    expect(sums('A month of the chatbot costs a few dollars.')).toEqual([]);
  });
});

describe('a price that slips', () => {
  const lede = 'OpenAI signed a cloud contract with Oracle this summer.';
  it('is no delay to the deal’s sites', () => {
    expect(
      judged('Meanwhile, Oracle shares slipped after a note on its cloud margins.', lede, '2025-10-07'),
    ).toEqual([]);
  });
  it('leaves a site that slips a delay', () => {
    expect(
      judged('One of Oracle’s sites for OpenAI slipped into 2028, a report said.', lede, '2025-12-20')[0],
    ).toEqual(['supported', 'oracle-openai', 'oo-delay-reported']);
  });
});

describe('a statement said as a question', () => {
  it('asks, when a speaker’s label or a spoken "and" or "so" leads it', () => {
    expect(isYesNoQuestion('Q: And in return the cloud giant gets a majority stake?')).toBe(true);
    expect(isYesNoQuestion('So the chip deal is exclusive?')).toBe(true);
    expect(isYesNoQuestion('HOST: The lab pays no revenue share now?')).toBe(true);
  });
  it('states what a tag asks the listener to agree with, and leaves questions of "why" or "how" alone', () => {
    expect(isYesNoQuestion('Q: The chipmaker took a board seat, didn’t it?')).toBe(false);
    expect(isYesNoQuestion('Q: So the cheque was ten billion, right?')).toBe(false);
    expect(isYesNoQuestion('Q: Why did the cloud giant pay two billion for a minority stake?')).toBe(false);
    expect(isYesNoQuestion('The backer owns a fifth of the lab, and what did it pay?')).toBe(false);
  });
  it('so judges none of its terms', () => {
    expect(judged('Q: And for that, Amazon gets a controlling stake in Anthropic?', '')).toEqual([]);
  });
});

describe('an answer that names only the side it is asked about', () => {
  // A page about one deal alone: its opening names both sides, and no other company.
  const lede = 'We asked a former banker how the tie between Microsoft and OpenAI grew.';
  it('speaks of the deal where the page is about it alone', () => {
    expect(judged('BANKER: In 2019 Azure became the exclusive cloud provider.', lede, '2023-06-20')).toEqual([
      ['supported', 'microsoft-openai', 'cloud-exclusive'],
    ]);
  });
  it('not where it names someone else the term could be for', () => {
    expect(
      judged('BANKER: Azure is the exclusive cloud provider for the Pentagon.', lede, '2023-06-20'),
    ).toEqual([]);
  });
});

describe('a date that is another fact’s, told before the words of this one', () => {
  const lede = 'Microsoft and OpenAI keep rewriting their partnership.';
  it('dates the memorandum, not the later agreement the "new terms" could be', () => {
    expect(
      judged(
        'The two sides signed a memorandum of understanding on the new terms in September.',
        lede,
        '2025-10-30',
      ),
    ).toEqual([['supported', 'microsoft-openai', 'mou-2025']]);
  });
  it('still puts a figure on what follows it, where the figure is wrong for that', () => {
    expect(
      judged('Microsoft’s 49% profit share was turned one-for-one into equity.', lede, '2025-11-20')[0],
    ).toEqual(['contradicted', 'microsoft-openai', 'stake-27']);
  });
});

describe('a wire story’s dateline', () => {
  it('measures a place, a date, the agency in brackets and the dash; nothing without the date', () => {
    expect(datelineLength('OSLO, Norway, April 28 (Newswire) - The lab said …')).toBe(36);
    expect(datelineLength('Sept 3 (Newswire) — The lab said …')).toBe(20);
    expect(datelineLength('OSLO (Newswire) - The lab said …')).toBe(0);
    expect(datelineLength('NVIDIA (NVDA) - shares rose')).toBe(0);
  });
  it('dates the filing, not the change the sentence tells of', () => {
    expect(
      judged(
        'HELSINKI, April 28 (Newswire) - OpenAI may now serve all of its products on any cloud provider under the terms Microsoft and the lab announced on Monday.',
        '',
        '2026-04-28',
      )[0],
    ).toEqual(['supported', 'microsoft-openai', 'cloud-any']);
  });
});

describe('a wrong fact pinned only within one statement', () => {
  const lede = 'Amazon and OpenAI widened their ties this week.';
  it('does not join a product of one statement to a figure of the next', () => {
    expect(
      judged(
        'OpenAI is to run two gigawatts on Amazon’s Trainium chips, and the two firms enlarged their existing $38 billion cloud contract by $100 billion over eight years.',
        lede,
        '2026-02-28',
      ).map((c) => c[2]),
    ).not.toContain('zo-38b-trainium-wrong');
  });
  it('still pins it where one statement tells both', () => {
    expect(
      judged(
        'The $38 billion cloud contract of November runs on Amazon’s Trainium chips.',
        lede,
        '2026-02-28',
      )[0],
    ).toEqual(['contradicted', 'amazon-openai', 'zo-38b-trainium-wrong']);
  });
});

describe('a sum promised to a company', () => {
  const lede = 'Nvidia and OpenAI have a long supplier relationship.';
  it('is money put in, judged as such', () => {
    expect(
      judged('Nvidia promised OpenAI a hundred billion dollars in its letter.', lede, '2025-12-01')[0],
    ).toEqual(['contradicted', 'nvidia-openai', 'no-100b-firm-wrong']);
  });
  it('but a promise to spend, or of spending, puts nothing in', () => {
    expect(
      judged('OpenAI promised to spend $100 billion on Nvidia systems.', lede, '2025-12-01').map((c) => c[2]),
    ).not.toContain('no-100b-firm-wrong');
    expect(
      judged('OpenAI has promised $100 billion of Nvidia spending, people said.', lede, '2025-12-01').map(
        (c) => c[2],
      ),
    ).not.toContain('no-100b-firm-wrong');
  });
});

describe('an answer read under a question that only names a term', () => {
  const lede = 'We asked a former dealmaker about Microsoft and OpenAI.';
  it('takes the term from the question', () => {
    expect(
      judged(
        'Dana Reyes: Roughly twenty-seven percent on a diluted basis since the recapitalisation.',
        `${lede}\n\nQ: Microsoft's stake?`,
        '2026-05-12',
      ),
    ).toEqual([['supported', 'microsoft-openai', 'stake-27']]);
  });
  it('not from a question with a verb of its own', () => {
    expect(
      judged(
        'Dana Reyes: Roughly twenty-seven percent on a diluted basis since the recapitalisation.',
        `${lede}\n\nQ: Is that what the filings say?`,
        '2026-05-12',
      ),
    ).toEqual([]);
  });
});

describe('words inside set phrases of markets', () => {
  const lexicon = buildLexicon(bundledFactBase().lexicon.words);
  const words = (wordClass: string, text: string) =>
    readSentence(text, lexicon)
      .spans(wordClass)
      .map((w) => text.slice(w.start, w.end));
  it('reads no preferred partner in a class of security', () => {
    expect(words('preferred', 'The first dollars buy Series C preferred shares.')).toEqual([]);
    expect(words('preferred', 'The lab stays its preferred partner.')).toEqual(['preferred']);
  });
  it('reads no delay in a price that slips', () => {
    expect(words('delay', 'Its shares slipped 2% after the call.')).toEqual([]);
    expect(words('delay', 'Its first site slipped into 2028.')).toEqual(['slipped']);
  });
});

describe('an answer that opens on a speaker’s name and a word of reply', () => {
  const lede = 'An analyst on what Microsoft got from OpenAI.';
  it('reads the pronoun after them as a side of the deal', () => {
    expect(judged('Whitcombe: None at all, they have no seat on the board.', lede, '2023-06-20')).toEqual([
      ['supported', 'microsoft-openai', 'board-no-director'],
    ]);
    expect(judged('Whitcombe: Honestly, they have no seat on the board.', lede, '2023-06-20')).toEqual([
      ['supported', 'microsoft-openai', 'board-no-director'],
    ]);
  });
});

describe('a claim told in order to be called wrong', () => {
  const lede = 'Microsoft and OpenAI have worked together for years.';
  it('denies what the claim says, however far the verdict on it stands', () => {
    expect(
      judged(
        'The widely shared claim that Microsoft holds 49% of OpenAI is, by that reading, false.',
        lede,
        '2024-02-01',
      ),
    ).toEqual([['supported', 'microsoft-openai', 'stake-49-wrong']]);
    expect(judged('It is untrue that Microsoft holds 49% of OpenAI.', lede, '2024-02-01')).toEqual([
      ['supported', 'microsoft-openai', 'stake-49-wrong'],
    ]);
  });
  it('leaves a report called accurate as it stands', () => {
    expect(
      judged('Reports that Microsoft holds 49% of OpenAI were accurate.', lede, '2024-02-01').map(
        (c) => c[0],
      ),
    ).toEqual(['contradicted']);
  });
});

describe('a deal told with two predicates', () => {
  it('is worth what the second says: money the deal moves, not a valuation', () => {
    const worth = extractValues(
      'The pact, signed in July, covers 4.5 gigawatts of U.S. capacity and is worth more than $300 billion.',
      '2025-09-30',
    ).values.find((v) => v.kind === 'amountUsd');
    expect([worth?.value, worth?.valuation]).toEqual([300e9, false]);
  });
});

describe('a sum told beside a denied word of money', () => {
  it('is not claimed as money put in', () => {
    const lede = 'OpenAI signed a cloud deal with Amazon this month.';
    const claims = judged(
      'It’s thirty-eight billion dollars over seven years with no Amazon investment at all.',
      lede,
      '2025-11-20',
    );
    expect(claims.map((c) => c[0])).not.toContain('contradicted');
  });
});

import { describe, expect, it } from 'vitest';
import { foldTypography } from '../../../core/claims/text-fold';
import { extractValues } from '../../../core/claims/values';

const kinds = (s: string) => extractValues(foldTypography(s)).values.map((v) => [v.kind, v.value]);

describe('extractValues', () => {
  it('reads money in the ways news writes it', () => {
    expect(kinds('a $13 billion deal')).toEqual([['amountUsd', 13e9]]);
    expect(kinds('over US$10-billion')).toEqual([['amountUsd', 10e9]]);
    expect(kinds('just $1B')).toEqual([['amountUsd', 1e9]]);
    expect(kinds('some $13.8bn')).toEqual([['amountUsd', 13.8e9]]);
    expect(kinds('$750 million')).toEqual([['amountUsd', 7.5e8]]);
    expect(kinds('$250,000,000,000 of services')).toEqual([['amountUsd', 2.5e11]]);
    expect(kinds('10 billion dollars')).toEqual([['amountUsd', 1e10]]);
  });

  it('reads percentages and "almost half"', () => {
    expect(kinds('a 27 percent stake')).toEqual([['percent', 27]]);
    expect(kinds('owns 49% of it')).toEqual([['percent', 49]]);
    expect(kinds('32.5 per cent')).toEqual([['percent', 32.5]]);
    // The British press's "pc", written against the figure; not a personal computer after a space.
    expect(kinds('a 27pc holding')).toEqual([['percent', 27]]);
    expect(kinds('sold 40 pc units')).toEqual([]);
    expect(kinds('owns almost half of the startup')).toEqual([['percent', 49]]);
  });

  it('reads a majority or controlling stake as more than half, and not a majority of other things', () => {
    expect(kinds('owns a majority of the Lab')).toEqual([['percent', 51]]);
    expect(kinds('holds a controlling stake')).toEqual([['percent', 51]]);
    expect(kinds('a majority-owned unit')).toEqual([['percent', 51]]);
    expect(kinds('the majority of its workloads')).toEqual([]);
    expect(kinds('a majority of the board')).toEqual([]);
  });

  it('tells a point in time from a term end and a period start', () => {
    const v = extractValues('Invested in 2019, licensed through 2032, exclusive since 2019.');
    expect(v.values.map((x) => [x.kind, x.value])).toEqual([
      ['year', 2019],
      ['termEnd', 2032],
    ]);
    expect(v.sinceYears.map((x) => x.value)).toEqual([2019]);
    expect(kinds('until either the panel confirms AGI or the year 2030')).toEqual([['termEnd', 2030]]);
    // A deadline is the year a thing happens too; a term that runs to the end of a year is not.
    expect(kinds('online by the end of 2025')).toEqual([
      ['termEnd', 2025],
      ['year', 2025],
    ]);
    expect(kinds('runs until the end of 2030')).toEqual([['termEnd', 2030]]);
  });

  it('finds durations the record may not know', () => {
    expect(extractValues('a four-month exclusivity window').durations.map((d) => d.text)).toEqual([
      'four-month',
    ]);
    expect(extractValues('a multi-year deal').durations).toEqual([]);
  });

  it('marks hedged figures as approximate and keeps offsets on curly text', () => {
    const text = 'Microsoft’s stake, worth about $135 billion';
    const [v] = extractValues(foldTypography(text)).values;
    expect(v.approximate).toBe(true);
    expect(text.slice(v.start, v.end)).toBe('$135 billion');
  });

  it('reads small dollar figures only as the price of one share', () => {
    expect(kinds('shares at $0.01 per share')).toEqual([['amountUsd', 0.01]]);
    expect(kinds('a $600 share-price target')).toEqual([['amountUsd', 600]]);
    expect(kinds('for one cent each')).toEqual([['amountUsd', 0.01]]);
    expect(kinds('a $5 sandwich')).toEqual([]);
  });

  it('reads the first gigawatt as one gigawatt', () => {
    expect(kinds('once the first gigawatt is online')).toEqual([['gigawatts', 1]]);
    expect(kinds('its initial full gigawatt')).toEqual([['gigawatts', 1]]);
    expect(kinds('the first gigawatts of many')).toEqual([]);
  });

  it('keeps the day of a date', () => {
    const [v] = extractValues('announced on January 21, 2025').values.filter((x) => x.kind === 'month');
    expect([v.value, v.day]).toEqual([202501, 21]);
    expect(extractValues('in January 2025').values.find((x) => x.kind === 'month')?.day).toBeUndefined();
  });

  it('ends a figure at its last character', () => {
    const text = 'a price target of $400 and then more';
    const [v] = extractValues(text).values;
    expect(text.slice(v.start, v.end)).toBe('$400');
  });

  it("reads what a deal is worth as money the deal moves, and a company's worth as a valuation", () => {
    const [deal] = extractValues('The cloud agreement is worth $38 billion.').values;
    expect(deal.valuation).toBe(false);
    const [company] = extractValues('The startup is worth $300 billion.').values;
    expect(company.valuation).toBe(true);
    expect(company.holdingWorth).toBeUndefined();
  });

  it('reads what an investment is worth as money put in or a holding worth, never a valuation', () => {
    for (const text of [
      'The retailer made an investment worth $20 billion in the lab.',
      "The chipmaker's funding of the startup is now worth roughly $70 billion.",
    ]) {
      const [v] = extractValues(text).values;
      expect(v.valuation, text).toBe(false);
      expect(v.holdingWorth, text).toBe(true);
    }
    // Not after other nouns, and not for a figure paid into an investment.
    expect(extractValues('The lab is worth $90 billion.').values[0].holdingWorth).toBeUndefined();
    expect(extractValues('It put $5 billion into the investment.').values[0].holdingWorth).toBeUndefined();
  });

  it('reads figures written as compound adjectives and "and a half"', () => {
    expect(kinds('its fifty-billion-dollar pledge')).toEqual([['amountUsd', 50e9]]);
    expect(kinds('a 20-billion-dollar round')).toEqual([['amountUsd', 20e9]]);
    expect(kinds('a four-and-a-half-gigawatt build-out')).toEqual([['gigawatts', 4.5]]);
    expect(kinds('two and a half gigawatts')).toEqual([['gigawatts', 2.5]]);
  });

  it('leaves out a gigawatt that is only a unit of cost', () => {
    expect(kinds('the cost of a 1-gigawatt campus')).toEqual([]);
    expect(kinds('about $40 billion per gigawatt')).toEqual([['amountUsd', 40e9]]);
  });

  it("marks a company's own capital spending and its value as no money paid in", () => {
    const [capex] = extractValues('The buyer will spend $90 billion on capital expenditures.').values;
    expect(capex.valuation).toBe(true);
    const [stake, company] = extractValues('It kept 30 percent of a company valued at $200 billion.').values;
    expect(stake.kind).toBe('percent');
    expect([company.valuation, company.ofCompany]).toEqual([true, true]);
    const [books] = extractValues('Its holdings are carried at just $9 billion on its books.').values;
    expect(books.valuation).toBe(true);
    const [holding] = extractValues('Its stake is valued at $60 billion.').values;
    expect([holding.valuation, holding.ofCompany]).toEqual([true, undefined]);
  });

  it('reads a ceiling named another way as "up to", and half a trillion written as an adjective', () => {
    const [ceiling] = extractValues('The ceiling on the pledge is $12 billion.').values;
    expect([ceiling.value, ceiling.upTo]).toEqual([12e9, true]);
    const [capped] = extractValues('The pledge is capped at $12 billion.').values;
    expect(capped.upTo).toBe(true);
    expect(kinds('a half-trillion-dollar build-out')).toEqual([['amountUsd', 5e11]]);
  });

  it('reads "valued the lab at" as the company\'s value, "valued its stake at" as the holding\'s', () => {
    const [company] = extractValues('The round valued the lab at $90 billion.').values;
    expect(company.ofCompany).toBe(true);
    const [holding] = extractValues('The filing valued its stake at $9 billion.').values;
    expect([holding.valuation, holding.ofCompany]).toEqual([true, undefined]);
  });
});

describe('a ceiling told after the figure', () => {
  it('makes the figure an upper bound', () => {
    const up = (t: string) => extractValues(foldTypography(t)).values.map((v) => [v.kind, v.value, v.upTo]);
    expect(up('the letter set ten gigawatts as the ceiling')).toEqual([['gigawatts', 10, true]]);
    expect(up('the letter set ten gigawatts as the floor')).toEqual([['gigawatts', 10, false]]);
  });
});

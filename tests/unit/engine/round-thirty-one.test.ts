// Phrasing families of the thirty-first round, in our own words: a sentence that names one side of a deal and turns
// to another deal; a reason told of another company; "the first change" told once a second change had come.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../support/claims-after';
import { partsOf } from '../../support/deal-parts-of';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.partnership, c.factId, c.text]);

describe('a sentence that names one side of a deal, then turns to another deal', () => {
  it('is two parts: the first piece speaks of the deal whose side it names', () => {
    expect(
      partsOf('The AMD contract carries no exclusivity: OpenAI keeps Nvidia as its preferred chip partner.'),
    ).toEqual([
      'The AMD contract carries no exclusivity',
      'OpenAI keeps Nvidia as its preferred chip partner.',
    ]);
  });

  it('judges the first piece against that deal, not the deal the rest names', () => {
    const lede =
      'AMD and OpenAI signed a six-gigawatt chip agreement, and Nvidia and OpenAI have a letter of intent.';
    const claims = judged(
      'The AMD contract is not exclusive: Nvidia stays OpenAI’s preferred compute partner.',
      lede,
      '2025-10-08',
    );
    expect(claims[0].slice(0, 3)).toEqual(['supported', 'amd-openai', 'ao-not-exclusive']);
  });

  it('stays whole when the rest names the first piece’s company too', () => {
    expect(partsOf('The AMD contract is not exclusive: AMD and OpenAI may both sign elsewhere.')).toBeNull();
  });
});

describe('a reason told of another company', () => {
  it('is a part of its own: ", since C also …"', () => {
    expect(
      partsOf(
        'Anthropic calls AWS its main cloud and training partner; that tie is not exclusive, since Claude also trains on Google TPUs.',
      ),
    ).toEqual([
      'Anthropic calls AWS its main cloud and training partner; that tie is not exclusive',
      'Claude also trains on Google TPUs.',
    ]);
  });

  it('is no turn when "since" gives a time', () => {
    expect(partsOf('Anthropic has trained on AWS chips, since January on Google TPUs as well.')).toBeNull();
  });
});

describe('"the first change" told once a second change had come', () => {
  const lede = 'Microsoft and OpenAI rewrote their partnership on Monday.';

  it('is wrong when written after the second change', () => {
    expect(judged('It was the first time Azure lost its exclusivity.', lede, '2026-04-29')).toEqual([
      [
        'contradicted',
        'microsoft-openai',
        'amendment-first-exclusivity-change-wrong',
        'It was the first time Azure lost its exclusivity.',
      ],
    ]);
    expect(
      judged(
        'The rewrite ends an Azure exclusivity left untouched for almost seven years.',
        lede,
        '2026-04-29',
      )[0].slice(0, 3),
    ).toEqual(['contradicted', 'microsoft-openai', 'amendment-first-exclusivity-change-wrong']);
  });

  it('is not read so in text written before the second change, when it may be true', () => {
    const claims = judged('It was the first time Azure lost its exclusivity.', lede, '2025-01-23');
    expect(claims.map((c) => c[2])).not.toContain('amendment-first-exclusivity-change-wrong');
  });

  it('is not read so when the sentence names the year of the first change itself', () => {
    const claims = judged(
      'In 2025 Azure lost its exclusivity for the first time since 2019.',
      'Here is how the partnership changed.',
      '2026-05-10',
    );
    expect(claims.map((c) => c[2])).not.toContain('amendment-first-exclusivity-change-wrong');
  });
});

describe('a denial that Azure is a cloud of one deal', () => {
  it('is no claim about the lab another deal puts on Azure unless it names that lab', () => {
    const lede = 'Microsoft, Nvidia and Anthropic struck a deal; Microsoft and OpenAI amended theirs.';
    const claims = judged(
      'The amendment ended Azure exclusivity for the first time since 2019.',
      lede,
      '2026-04-29',
    );
    expect(claims.map((c) => c.slice(0, 3))).toEqual([
      ['contradicted', 'microsoft-openai', 'amendment-first-exclusivity-change-wrong'],
    ]);
  });
});

describe('a document told by its month', () => {
  const lede = 'Nvidia and OpenAI have changed the shape of their arrangement.';

  it('was written then: its figure is history, not a present claim', () => {
    for (const line of [
      'What Nvidia paid, $30 billion, falls well short of the up-to-$100 billion sum in its September letter of intent.',
      'The $30 billion is a fraction of the $100 billion promised in the September letter of intent.',
      'That letter of intent from September spoke of as much as $100 billion.',
    ])
      expect(judged(line, lede, '2026-03-12').map((c) => [c[0], c[2]])).toContainEqual([
        'supported',
        'no-loi-100b',
      ]);
  });

  it('stays a present claim when told as what holds now', () => {
    expect(
      judged('Nvidia’s pledge of up to $100 billion still stands.', lede, '2026-03-12').map((c) => c[0]),
    ).toContain('outdated');
  });
});

describe('irregular and plain verbs of the past', () => {
  it('tell a term that held then: "kept", "remained", "stayed"', () => {
    const lede = 'Microsoft and OpenAI widened their partnership in January 2023.';
    for (const line of [
      'That multibillion-dollar round kept Azure as the only cloud for all of OpenAI’s work.',
      'Azure remained the only cloud for all of OpenAI’s work after that round.',
    ])
      expect(judged(line, lede, '2025-02-10').map((c) => c[0])).toEqual(['supported']);
  });
});

describe('a list of figures, each with its giver after it', () => {
  const lede = 'Microsoft, Nvidia and Anthropic agreed a three-way deal.';

  it('gives each figure to the company named after it, not to the first one named', () => {
    const right = judged(
      'Investments: up to $10 billion from Nvidia, up to $5 billion from Microsoft.',
      lede,
      '2025-11-25',
    );
    expect(right.map((c) => c[0])).not.toContain('contradicted');
    expect(right.map((c) => c[2])).toContain('mna-inv-nvidia-up-to-10b');
  });

  it('still finds the figures told the wrong way round', () => {
    const wrong = judged(
      'The cheques: up to $5 billion from Nvidia, up to $10 billion from Microsoft.',
      lede,
      '2025-11-25',
    );
    expect(wrong.map((c) => [c[0], c[2]])).toEqual([['contradicted', 'mna-nvidia-5b-wrong']]);
  });
});

describe('a concession that turns to another deal', () => {
  it('is a part of its own, though its words name a side of the first deal too', () => {
    expect(
      partsOf(
        'Azure remains OpenAI’s only cloud, though OpenAI now also rents Oracle capacity that extends Azure.',
      ),
    ).toEqual([
      'Azure remains OpenAI’s only cloud',
      'OpenAI now also rents Oracle capacity that extends Azure.',
    ]);
  });
});

describe('the valuation put on a named sum', () => {
  const lede = 'Google and Anthropic agreed a new round of funding.';

  it('is wrong when it takes the Series G valuation for the one reported for Google’s first $10 billion', () => {
    expect(
      judged('Google’s first $10 billion went in at a $380 billion valuation.', lede, '2026-04-28').map(
        (c) => [c[0], c[2]],
      ),
    ).toEqual([['contradicted', 'ga-valuation-380b-wrong']]);
  });

  it('is the report when it gives the reported valuation', () => {
    expect(
      judged('Google’s first $10 billion went in at a $350 billion valuation.', lede, '2026-04-28').map(
        (c) => c[0],
      ),
    ).not.toContain('contradicted');
  });
});

describe('a plan the press says is off', () => {
  const lede = 'Oracle and OpenAI have been building in Texas.';

  it('is the press report, unverified, whether the press is the verb’s subject or the plan is "off"', () => {
    for (const line of [
      'Two newswires report that the 600-megawatt addition at Abilene has been dropped.',
      'Reports say the planned 600-megawatt addition at Abilene is off.',
    ])
      expect(judged(line, lede, '2026-03-12').map((c) => [c[0], c[2]])).toContainEqual([
        'unverified',
        'oo-expansion-dropped-reported',
      ]);
  });
});

describe('the venture’s builders', () => {
  it('are the record’s technology partner when told as building and running the system', () => {
    const lede = 'Stargate is a new venture of SoftBank, OpenAI, Oracle and MGX.';
    expect(
      judged(
        'Oracle will build and run the computers with Nvidia and OpenAI, first in Texas.',
        lede,
        '2025-01-23',
      ).map((c) => [c[0], c[2]]),
    ).toEqual([['supported', 'oo-stargate-partner']]);
  });
});

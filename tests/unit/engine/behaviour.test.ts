// Behaviour the record fixes, pinned through the public API (judgePage with the bundled fact base and the
// JudgedClaim fields), whatever the engine's internals: the day a term ends, one claim per fact per sentence,
// months compared with their years, the explanation of a correct statement about the past, and decoys left
// alone (no reported claim overlaps them, whatever text the claims carry).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlString } from '../../../cli/read-html';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import type { JudgedClaim } from '../../../core/types';

const NOW = '2026-11-21';
const fb = bundledFactBase();
const CONTEXT = 'Microsoft and OpenAI have worked together for years.';

/** The claims that overlap `sentence` on a page made of the context and the sentence. */
function claimsOf(sentence: string, opts: { asOf?: string; published?: string | null } = {}): JudgedClaim[] {
  const page = pageFromPlainText(`${CONTEXT}\n\n${sentence}`);
  const start = page.text.indexOf(sentence);
  const end = start + sentence.length;
  return judgePage(page, fb, { asOf: opts.asOf ?? NOW, published: opts.published ?? null }).filter(
    (c) => c.start < end && start < c.end,
  );
}
const only = (sentence: string, opts?: { asOf?: string; published?: string | null }) => {
  const found = claimsOf(sentence, opts);
  expect(found, sentence).toHaveLength(1);
  return found[0];
};

describe('the day a term ends', () => {
  const EXCLUSIVE = 'Azure is the exclusive cloud provider of OpenAI.';

  it('holds up to the day before the event that ends it, and not on that day (now)', () => {
    expect(only(EXCLUSIVE, { asOf: '2025-01-20' }).status).toBe('supported');
    expect(only(EXCLUSIVE, { asOf: '2025-01-21' }).status).toBe('outdated');
  });

  it('holds up to the day before the event that ends it, and not on that day (as published)', () => {
    expect(only(EXCLUSIVE, { published: '2025-01-20' }).asPublished).toBe('supported');
    expect(only(EXCLUSIVE, { published: '2025-01-21' }).asPublished).toBe('outdated');
  });

  it('does the same for the observer seat, given up on 2024-07-10', () => {
    const seat = 'Microsoft holds a non-voting observer seat on the board of OpenAI.';
    expect(only(seat, { asOf: '2024-07-09' }).status).toBe('supported');
    expect(only(seat, { asOf: '2024-07-10' }).status).toBe('outdated');
  });
});

describe('one claim per fact per sentence', () => {
  it.each([
    'Azure is the exclusive cloud provider of OpenAI, and Azure is the exclusive cloud of OpenAI.',
    'Microsoft invested $1 billion in OpenAI in 2019; that 2019 investment of $1 billion was its first.',
    'Microsoft owns 49% of OpenAI, a 49% stake in the lab.',
  ])('%s', (sentence) => {
    const found = claimsOf(sentence);
    expect(found.length).toBeGreaterThan(0);
    const facts = found.map((c) => c.factId).filter((f) => f !== null);
    expect(new Set(facts).size).toBe(facts.length);
    expect(new Set(found.map((c) => `${c.start}-${c.end}`)).size).toBe(found.length);
  });

  it('never reports two claims with the same id or span on a page', () => {
    const html = readFileSync(new URL('../../fixtures/paraphrases/mo-01.html', import.meta.url), 'utf8');
    const claims = judgePage(readHtmlString(html).page, fb, { asOf: NOW });
    expect(claims.length).toBeGreaterThan(10);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
});

describe('a month is compared together with its year', () => {
  it('knows the amendment of April 2026', () => {
    expect(only('Microsoft and OpenAI signed an April 2026 amendment to their deal.').status).toBe(
      'supported',
    );
  });

  // The record has one amendment, dated 2026-04-27: the same month of another year, or another month of the
  // same year, never held.
  it.each([
    'Microsoft and OpenAI signed an April 2025 amendment to their deal.',
    'Microsoft and OpenAI signed a July 2026 amendment to their deal.',
    'Microsoft and OpenAI signed a July 2025 amendment to their deal.',
  ])('%s → contradicted', (sentence) => {
    expect(only(sentence).status).toBe('contradicted');
  });
});

describe('a correct statement about the past', () => {
  it.each([
    ['In 2020, Azure was the exclusive cloud provider for OpenAI.', null],
    ['Azure was the exclusive cloud provider for OpenAI until early 2025.', '2026-05-01'],
  ])('%s: supported, and the explanation says it was correct at the time', (sentence, published) => {
    const claim = only(sentence, { published });
    expect(claim.status).toBe('supported');
    expect(claim.explanation).toMatch(
      /correct (about the past|at the time)|was (true|correct) (then|at the time)/i,
    );
    expect(claim.explanation).not.toMatch(/^outdated/i);
    expect(claim.explanation).toContain('2019');
  });
});

describe('decoys', () => {
  /** Sentences that name the parties but state no term, each checked by overlap with every reported claim. */
  it.each(['paraphrases', 'paraphrases-partners'])('no reported claim overlaps a decoy of %s', (suite) => {
    const dir = new URL(`../../fixtures/${suite}/`, import.meta.url);
    const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8'));
    const flagged: string[] = [];
    let decoys = 0;
    for (const doc of labels.documents as Array<{ file: string; decoys: string[] }>) {
      const page = readHtmlString(readFileSync(new URL(doc.file, dir), 'utf8')).page;
      const claims = judgePage(page, fb, { asOf: NOW });
      for (const decoy of doc.decoys) {
        const start = page.text.indexOf(decoy);
        expect(start, decoy).toBeGreaterThanOrEqual(0);
        decoys++;
        const end = start + decoy.length;
        if (claims.some((c) => c.start < end && start < c.end)) flagged.push(decoy);
      }
    }
    expect(decoys).toBeGreaterThan(15);
    // The acceptance figure is ≤ 5% of decoys flagged.
    expect(flagged.length / decoys, flagged.join('\n')).toBeLessThanOrEqual(0.05);
  });
});

describe('hearsay about a term the record has only from the press', () => {
  // The observer seat's end (E7) is known from press reports only; the seat itself (E5) from OpenAI's post.
  it('is unverified when the sentence passes it on as hearsay', () => {
    for (const sentence of [
      'Reportedly, Microsoft walked away from its observer seat on the OpenAI board in July 2024.',
      'Microsoft no longer keeps an observer on the board of OpenAI, sources say.',
      "According to people familiar with the matter, Redmond has given up its observer seat on OpenAI's board.",
    ]) {
      const claim = only(sentence);
      expect(claim.factId, sentence).toBe('board-no-seat');
      expect(claim.status, sentence).toBe('unverified');
    }
  });

  it('is taken as stated when said plainly', () => {
    const claim = only("Microsoft has given up its observer seat on OpenAI's board.");
    expect(claim.factId).toBe('board-no-seat');
    expect(claim.status).toBe('supported');
  });

  it('changes nothing around a term the record confirms, and a wrong claim stays contradicted', () => {
    const confirmed = only(
      "Reportedly, Microsoft held a non-voting observer seat on OpenAI's board from late 2023.",
    );
    expect(confirmed.status).toBe('supported');
    const wrong = only(
      "According to people familiar with it, Microsoft holds a voting seat on OpenAI's board.",
    );
    expect(wrong.status).toBe('contradicted');
  });
});

describe('what an investment is worth', () => {
  it('is the money put in, or the worth of the holding it bought: either agrees', () => {
    const paid = only('Microsoft made an investment worth $13 billion in OpenAI.');
    expect(paid.status).toBe('supported');
    expect(paid.factId).toBe('inv-total-13b');
    const holding = only("Microsoft's investment in OpenAI is now worth $135 billion.");
    expect(holding.status).toBe('supported');
    expect(holding.factId).toBe('stake-27-value');
  });

  it('is still wrong when it is neither, and $135 billion is still no money paid in', () => {
    expect(only("Microsoft's investment in OpenAI is now worth about $90 billion.").status).toBe(
      'contradicted',
    );
    expect(only('Microsoft has invested $135 billion in OpenAI.').status).toBe('contradicted');
  });
});

describe('fresh wordings of known terms', () => {
  it('reads a rival listed as one of the clouds the lab may use as a place to run on', () => {
    expect(only('OpenAI may now serve its products from any cloud, including Google Cloud.').status).toBe(
      'supported',
    );
    // A deal with the rival is another deal: left alone.
    expect(claimsOf('OpenAI also signed a cloud deal with Google.')).toEqual([]);
  });

  it('reads money paid for a stake as money invested, and a term that ends "in" a year as its end', () => {
    expect(only('Microsoft paid $135 billion for its stake in OpenAI.').status).toBe('contradicted');
    expect(only("Microsoft's rights to post-AGI models end in 2030.").status).toBe('contradicted');
  });
});

describe('times and roles across clauses', () => {
  it('reads a time that opens the sentence as the time of its main clause, past a "when" clause', () => {
    expect(
      only('Way back in 2019, before the lab had shipped a chatbot, Microsoft sank $10 billion into OpenAI.')
        .status,
    ).toBe('contradicted');
    expect(
      only('In 2019, while the lab was still small, Microsoft invested $1 billion in OpenAI.').status,
    ).toBe('supported');
  });

  it('does not lend that time to a clause of its own ("after …")', () => {
    const claim = only(
      'In January 2025, Microsoft swapped its cloud exclusivity for a right of first refusal after OpenAI unveiled a data-centre venture with Oracle and SoftBank.',
    );
    expect(claim.partnership).toBe('microsoft-openai');
  });

  it('does not carry a year past "and now"', () => {
    const claims = claimsOf(
      'The relationship began with a cloud contract in 2016 and now includes investments of $13 billion.',
    );
    expect(claims.map((c) => c.status)).toEqual(['supported', 'supported']);
    // The total is a term of its own, told from "and now" on, and not read as a 2016 figure.
    expect(claims[1].text).toBe('and now includes investments of $13 billion.');
  });

  it("tells a company's valuation from the worth of a stake in it", () => {
    expect(
      only('The recapitalisation left Microsoft with roughly 27 percent of a company valued at $135 billion.')
        .status,
    ).toBe('contradicted');
    expect(
      only('The recapitalisation left Microsoft with roughly 27 percent of a company valued at $500 billion.')
        .status,
    ).toBe('supported');
  });

  it('reads a figure a commitment is lifted to as the commitment', () => {
    expect(only("The new contract lifts OpenAI's Azure purchase commitment to $250 billion.").status).toBe(
      'supported',
    );
  });

  it('leaves talk about a term that was left out alone ("was not mentioned on the call")', () => {
    expect(claimsOf("Microsoft's stake in OpenAI was not mentioned once in the keynote.")).toEqual([]);
    expect(claimsOf("Microsoft's stake in OpenAI never came up during the panel.")).toEqual([]);
  });

  it("leaves a company's own capital spending alone", () => {
    expect(
      claimsOf('Microsoft plans to spend $80 billion on capital expenditures this fiscal year.'),
    ).toEqual([]);
  });
});

describe('fifth round of fresh wordings', () => {
  it('reads an obligation to host on the cloud as exclusivity', () => {
    expect(
      only("Even now, stateless calls to OpenAI's APIs must be hosted on Microsoft's Azure.").status,
    ).toBe('outdated');
  });

  it('reads "valued OpenAI at" as the company\'s value, beside a stake', () => {
    expect(
      only('The recapitalisation valued OpenAI at $135 billion, with Microsoft holding about 27 percent.')
        .status,
    ).toBe('contradicted');
  });
});

describe('money in another role, and the subject of a relative clause', () => {
  it("does not read a funding round's valuation as a holding's worth told in the wrong role", () => {
    const found = claimsOf('The lab is raising from outside backers at a valuation of about $135 billion.');
    expect(found.map((c) => c.status)).not.toContain('contradicted');
  });

  it('contradicts a sum read as invested when the record has it as a purchase the other way', () => {
    expect(only('Microsoft has agreed to invest $250 billion in OpenAI.').status).toBe('contradicted');
    expect(only('OpenAI pledged $250 billion of Azure purchases as part of the new agreement.').status).toBe(
      'supported',
    );
  });
});

describe('names joined by a dash, pronouns and capital spending', () => {
  it('reads two names joined by a dash as two names', () => {
    expect(
      only('The Microsoft–OpenAI pact gave Redmond a right of first refusal on new capacity in January 2025.')
        .status,
    ).toBe('supported');
  });

  it('does not read "first refusal" as the start of the partnership', () => {
    expect(
      only('In January 2025, the two partners swapped Azure exclusivity for a right of first refusal.')
        .status,
    ).toBe('supported');
  });

  it('reads a sentence that opens on "Its" as going on about the deal of the page', () => {
    expect(
      only('Its stake of about 27 percent was worth some $135 billion at the recapitalisation.').status,
    ).toBe('supported');
  });

  it('leaves capital spending alone', () => {
    expect(
      claimsOf('Microsoft raised its capital spending plans again, citing demand for AI infrastructure.'),
    ).toEqual([]);
  });
});

describe('sixth round of fresh wordings', () => {
  it('does not read "for the first time" as the start of the partnership', () => {
    const claim = only(
      'A regulatory filing in October 2024 put a number on the funding commitment for the first time: $13 billion.',
    );
    expect(claim.status).toBe('supported');
    expect(claim.factId).toBe('inv-total-13b');
  });

  it('reads the sum a cash injection was worth as the money put in', () => {
    expect(only('Another cash infusion came in 2021, said to be worth $2 billion.').status).toBe(
      'unverified',
    );
  });

  it('reads an outlay as money put in, with a figure a short parenthesis away', () => {
    const claim = only("Redmond's first outlay, back in 2019, came to $3 billion.");
    expect(claim.status).toBe('contradicted');
    expect(claim.factId).toBe('inv-2019-1b');
  });

  it('contradicts the reported 2021 figure put in another year', () => {
    expect(only('Microsoft handed OpenAI $2 billion in 2019.').status).toBe('contradicted');
  });

  it('reads "the software company" as Microsoft', () => {
    expect(only("The software company still holds an exclusive licence to OpenAI's models.").status).toBe(
      'outdated',
    );
  });

  it("reads a cloud of the lab's own choosing as any cloud", () => {
    expect(only('These days OpenAI may host its services on the cloud of its choice.').status).toBe(
      'supported',
    );
  });

  it('knows the public benefit corporation of October 2025, and its year', () => {
    const claim = only('In October 2025 OpenAI reorganised its business as a public benefit corporation.');
    expect([claim.status, claim.factId]).toEqual(['supported', 'recap-pbc-2025']);
    expect(only('OpenAI was recapitalised as a public benefit corporation in 2024.').status).toBe(
      'contradicted',
    );
  });

  it('knows the supercomputers the two agreed to build in 2019', () => {
    const claim = only('In 2019 the two firms also set out to build AI supercomputers on Azure.');
    expect([claim.status, claim.factId]).toEqual(['supported', 'supercomputers-2019']);
  });

  it('reads a compound "revenue-sharing" as a revenue share', () => {
    expect(only('The revenue-sharing arrangement with Microsoft ends in 2030.').factId).toBe(
      'rev-capped-2030',
    );
  });

  it('contradicts a seat on the board, and leaves the observer seat and a seat sought alone', () => {
    expect(only("Microsoft sits on OpenAI's board as one of its directors.").status).toBe('contradicted');
    expect(only("Microsoft kept an observer seat on OpenAI's board until July 2024.").status).toBe(
      'supported',
    );
    expect(only("After the crisis Microsoft pushed for a seat on OpenAI's board.").status).toBe('unverified');
  });

  it('reads rights that end at AGI as the old terms, and leaves the panel of the new ones alone', () => {
    expect(only("Microsoft's access to OpenAI's technology terminates once AGI arrives.").status).toBe(
      'outdated',
    );
    expect(
      claimsOf("Microsoft's licence to OpenAI's research ends when the expert panel confirms AGI."),
    ).toEqual([]);
  });

  it('contradicts the Azure commitment told the wrong way round', () => {
    const wrong = only('Microsoft has pledged $250 billion to OpenAI under the new deal.');
    expect([wrong.status, wrong.factId]).toEqual(['contradicted', 'compute-250b-direction-wrong']);
    const right = only('OpenAI has pledged $250 billion to Microsoft for Azure services under the new deal.');
    expect([right.status, right.factId]).toEqual(['supported', 'compute-250b']);
  });

  it("reads Microsoft's freedom to pursue AGI alone only with Microsoft as the subject", () => {
    expect(only('Under the new terms Microsoft may chase AGI independently.').factId).toBe(
      'agi-ms-independent',
    );
    const other = claimsOf("The new terms let OpenAI's board call AGI by itself, Microsoft said.");
    expect(other.some((c) => c.factId === 'agi-ms-independent')).toBe(false);
  });

  it('leaves an investment that is only being weighed unverified', () => {
    expect(
      only('Microsoft is mulling another multibillion-dollar investment in OpenAI, people close to it say.')
        .status,
    ).toBe('unverified');
  });
});

describe('a second statement with a subject of its own', () => {
  const SENTENCE =
    'Back in 2020 Microsoft won exclusive rights to GPT-3, whereas OpenAI went on offering the model to developers over its API.';

  it('neither lends a frame its words nor takes them away', () => {
    // Once read as API exclusivity (words from both statements); then the API word of the second statement
    // ruled out the licence of the first.
    const claim = only(SENTENCE);
    expect(claim.factId).toBe('license-exclusive');
    expect(claim.status).toBe('supported');
  });
});

describe('a wrong figure for a known term', () => {
  it('contradicts a wrong end year of the revenue share', () => {
    const claim = only('Under the new terms the revenue share OpenAI pays Microsoft lasts until 2035.');
    expect([claim.status, claim.factId]).toEqual(['contradicted', 'rev-capped-2030']);
  });

  it('contradicts a wrong sum of the Azure commitment', () => {
    const claim = only('OpenAI is now on the hook to purchase $400 billion of Azure services.');
    expect([claim.status, claim.factId]).toEqual(['contradicted', 'compute-250b']);
  });
});

describe('seventh round of fresh wordings', () => {
  it('does not read "whichever comes first" as the start of the partnership', () => {
    const found = claimsOf(
      'Since the 2025 agreement, the research rights run through 2030 or until experts confirm AGI, whichever comes first.',
    );
    expect(found.map((c) => c.status)).toEqual(['supported']);
    expect(found[0].factId).toBe('license-research-2030');
  });

  it('leaves commentators called observers alone', () => {
    expect(
      claimsOf('Industry observers see the Microsoft–OpenAI tie-up as a bellwether for the sector.'),
    ).toEqual([]);
  });

  it('contradicts a replacement term dated to when the term it replaced held', () => {
    expect(only("In 2020, Azure was not OpenAI's exclusive cloud.").status).toBe('contradicted');
    expect(only("Back in 2021, OpenAI's cloud deal with Microsoft was already non-exclusive.").status).toBe(
      'contradicted',
    );
    // A term that replaced nothing may be true of earlier years too.
    expect(only('In 2016, Microsoft held no stake in OpenAI.').status).toBe('supported');
  });

  it('reads "under the <year> agreement" as that year', () => {
    expect(only("Under the 2019 agreement, Azure served as OpenAI's sole cloud.").status).toBe('supported');
  });

  it('contradicts an uncapped revenue share', () => {
    const claim = only('The revenue share OpenAI owes Microsoft until 2030 is uncapped.');
    expect(claim.status).toBe('contradicted');
    expect(claim.factId).toBe('rev-cap-denied-wrong');
  });

  it('contradicts a definitive agreement dated to the month of the memorandum', () => {
    expect(only('The September 2025 accord between the two was a definitive agreement.').status).toBe(
      'contradicted',
    );
    expect(only('In September 2025 the two signed a non-binding memorandum of understanding.').status).toBe(
      'supported',
    );
  });

  it("leaves the end of the AGI clause, a commentators' reading, unverified", () => {
    expect(only('Commentators say the AGI clause was dropped in the April 2026 rewrite.').status).toBe(
      'unverified',
    );
  });

  it('leaves the amount funded by mid-2026, known from relayed filings only, unverified', () => {
    expect(
      only('By June 2026 Microsoft had funded about $11.9 billion of its commitment to the lab.').status,
    ).toBe('unverified');
  });
});

describe('seventh round: who declares AGI, and the basis of a stake', () => {
  it('contradicts OpenAI declaring AGI by itself under the 2025 terms', () => {
    const claim = only('Since the 2025 deal, the OpenAI board can declare AGI by itself.');
    expect([claim.status, claim.factId]).toEqual(['contradicted', 'agi-openai-alone-wrong']);
    expect(only('OpenAI can no longer declare AGI on its own: outside experts must verify it.').status).toBe(
      'supported',
    );
  });

  it('contradicts the undiluted 32.5% given as the diluted share', () => {
    const claim = only('On a fully diluted basis Microsoft now owns 32.5% of OpenAI.');
    expect([claim.status, claim.factId]).toEqual(['contradicted', 'stake-32-5-diluted-wrong']);
    expect(only("Left undiluted by the recent rounds, Microsoft's stake would be 32.5%.").status).toBe(
      'supported',
    );
  });
});

describe('seventh round: totals and sign-ups', () => {
  it('checks a total against the total, not against one round', () => {
    const wrong = only("Microsoft's filings put its total funding commitment to OpenAI at $10 billion.");
    expect([wrong.status, wrong.factId]).toEqual(['contradicted', 'inv-total-13b']);
    expect(only('All told, Microsoft has committed $13 billion to OpenAI.').status).toBe('supported');
    // Another party's total is not Microsoft's.
    expect(
      claimsOf('OpenAI has raised $57.9 billion in total from its investors.').map((c) => c.status),
    ).not.toContain('contradicted');
  });

  it('reads signing up for cloud capacity as a commitment (and millions for billions as wrong)', () => {
    const claim = only('In October 2025 OpenAI signed up for $250 million more of Azure services.');
    expect([claim.status, claim.factId]).toEqual(['contradicted', 'compute-250b']);
  });
});

describe('seventh round: terms of the 2024–2026 filings and statements', () => {
  it('knows the equity method, the hardware left out of the IP rights, and the AGI process left unchanged', () => {
    expect(only('Redmond books its stake in the lab under the equity method.').factId).toBe(
      'inv-equity-method',
    );
    const hardware = only("OpenAI's consumer devices are carved out of Microsoft's IP rights.");
    expect([hardware.status, hardware.factId]).toEqual(['supported', 'license-no-hardware']);
    const agi = only('Early in 2026 the two said the way AGI is defined and declared was untouched.');
    expect([agi.status, agi.factId]).toEqual(['supported', 'agi-process-unchanged']);
  });

  it('tells API products built with others (Azure until April 2026) from products without an API (any cloud)', () => {
    expect(only('API products OpenAI makes with third parties must stay on Azure.').status).toBe('outdated');
    const open = only("OpenAI's products without an API may run on any cloud.");
    expect([open.status, open.factId]).toEqual(['supported', 'non-api-any-cloud']);
  });
});

describe('seventh round: a span of years', () => {
  it('reads "between 2016 and 2019" and "from 2019 to 2025" as past times', () => {
    expect(
      only('Azure served as OpenAI’s main cloud, though not its only one, between 2016 and 2019.').status,
    ).toBe('supported');
    expect(only('From 2019 to 2025 Azure served as the sole cloud of OpenAI.').status).toBe('supported');
  });
});

describe("seventh round: the press's $10 billion for 2023, however it is worded", () => {
  it.each([
    'The 2023 extension was put at $10 billion by people close to the talks.',
    'That January 2023 commitment was widely said to be a $10 billion one.',
    'The early-2023 extension was valued at $10 billion, people briefed on it said.',
  ])('%s → unverified', (sentence) => {
    const claim = only(sentence);
    expect([claim.status, claim.factId]).toEqual(['unverified', 'inv-2023-10b-reported']);
  });

  it('is not the figure of another year', () => {
    expect(only('Microsoft sank $10 billion into OpenAI in 2019.').status).toBe('contradicted');
  });
});

describe('seventh round: set P (Microsoft–OpenAI in depth)', () => {
  it.each([
    [
      "Microsoft's diluted, as-converted stake after the recapitalisation came to 32.5%.",
      'stake-32-5-diluted-wrong',
    ],
    ['Since October 2025 OpenAI may host API products made with third parties on any cloud.', null],
    [
      'Under the 2025 terms the software giant alone decides whether the lab has reached AGI.',
      'agi-openai-alone-wrong',
    ],
    ['The 2025 agreement barred Microsoft from chasing AGI on its own.', 'agi-ms-barred-wrong'],
    ['The memorandum the two signed in September 2025 was a binding agreement.', 'mou-2025-binding-wrong'],
    ["Microsoft's rights to OpenAI's IP cover the lab's consumer devices too.", 'license-hardware-wrong'],
    [
      "Under the 2025 terms Microsoft's rights to OpenAI's research run through 2032.",
      'license-research-2030',
    ],
    ['Since April 2026 OpenAI no longer pays Microsoft a share of its revenue.', 'rev-openai-stops-wrong'],
    ['In February 2026 the two companies rewrote how AGI is defined.', 'agi-definition-changed-wrong'],
    ['Microsoft obtained its exclusive GPT-3 licence in 2019.', 'license-exclusive'],
  ])('%s → contradicted', (sentence, factId) => {
    const claim = claimsOf(sentence).find((c) => c.status === 'contradicted');
    expect(claim, sentence).toBeDefined();
    if (factId) expect(claim?.factId).toBe(factId);
  });

  it('contradicts a majority or controlling stake', () => {
    expect(only('Redmond holds a controlling stake in the ChatGPT maker.').status).toBe('contradicted');
  });

  it('does not read "rather than an equity stake" as a claim that there is no stake', () => {
    const found = claimsOf(
      'The 49% figure is a reported share of profits rather than an equity stake, analysts say.',
    );
    expect(found.map((c) => c.status)).not.toContain('outdated');
  });

  it('ends a frame at ", though <subject> …"', () => {
    const found = claimsOf(
      'In 2020 Microsoft won an exclusive GPT-3 licence, though OpenAI went on selling the model through its API.',
    );
    expect(found.map((c) => c.status)).not.toContain('contradicted');
  });
});

describe('seventh round: undisclosed sizes', () => {
  it('knows the January 2025 Azure commitment, whose size was never given', () => {
    const plain = only('OpenAI made a large new commitment to Microsoft’s cloud in January 2025.');
    expect([plain.status, plain.factId]).toEqual(['supported', 'compute-jan-2025']);
    expect(only('In January 2025 OpenAI committed $80 billion to Azure.').status).toBe('unverified');
  });

  it('leaves a stated size of the revenue-share cap unverified', () => {
    expect(only("The cap on OpenAI's revenue-share payments to Microsoft is $20 billion.").status).toBe(
      'unverified',
    );
  });
});

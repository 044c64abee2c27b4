// Phrasing families of the twenty-seventh round, in our own words: customers reaching a lab's models through a
// platform ("developers can access the models via it"); a reminder that a term holds ("people keep forgetting
// that A owns …") is no denial; a ceiling told as "a ceiling of"; forum users' handles as speakers; a reply that
// quotes an earlier comment ("user: > quoted words — reply"); a sentence that ends before a lower-case word, as
// casual writing has; a statement after "though" whatever its subject; a company's value after a round's money
// is no value before it; "zero" denies what follows it; of two frames of one fact read equally well, the one
// beside its figures, else the tighter one.
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { compileFactBase } from '../../../core/verdict/compile';
import { worthReading } from '../../../core/verdict/worth-reading';
import { judgePage } from '../../../core/analyze';
import { quoteKey, replyQuote } from '../../../core/claims/reply-quote';
import { speakerTag } from '../../../core/claims/speaker-tag';
import { pageFromPlainText } from '../../../core/page/extract';
import { segmentSentences } from '../../../core/page/sentences';
import { claimsOf } from '../../support/claims-after';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.status, c.factId]);

describe('customers reaching the models through a platform', () => {
  const LEDE = 'Amazon and Anthropic widened their work together this week.';
  it('is the platform offering them, though the sentence has no claim word', () => {
    for (const line of [
      'Developers can now access Claude through Amazon Bedrock.',
      'Teams will access the Claude models via Bedrock from next month.',
      'Builders call Claude through Bedrock like any other model there.',
    ])
      expect(judged(line, LEDE, '2023-10-02')).toEqual([['supported', 'aa-bedrock']]);
  });

  it('is read only when the platform follows the words closely', () => {
    const cfb = compileFactBase(bundledFactBase());
    expect(worthReading('Developers can access Claude through Bedrock.', cfb)).toBe(true);
    expect(
      worthReading('Developers can access the new app; it sits beside Bedrock in the console.', cfb),
    ).toBe(false);
  });
});

describe('a reminder that a term holds', () => {
  const LEDE = 'Microsoft and OpenAI changed their deal again.';
  it('is no denial of it', () => {
    for (const line of [
      'Commenters keep forgetting that Microsoft owns 49% of OpenAI.',
      "Don't forget that Microsoft owns 49% of OpenAI.",
    ])
      expect(judged(line, LEDE, '2026-05-02')).toEqual([['contradicted', 'stake-49-wrong']]);
  });

  it('leaves giving a term up a denial', () => {
    expect(judged('Microsoft agreed to forgo its observer seat on the board.', LEDE, '2024-07-11')).toEqual([
      ['supported', 'board-no-seat'],
    ]);
  });
});

describe('a ceiling told as "a ceiling of"', () => {
  it('is what may come, not what was paid', () => {
    expect(
      judged(
        "Amazon's money in Anthropic now comes to $13 billion invested, with a ceiling of $33 billion if every milestone is met.",
        'Amazon widened its Anthropic deal.',
        '2026-05-02',
      ),
    ).toEqual([
      ['supported', 'aa-inv-13b'],
      // The ceiling, in a clause of its own, is the record's too: a claim apart.
      ['supported', 'aa-inv-up-to-33b'],
    ]);
  });
});

describe("a forum user's handle before a colon", () => {
  it('is who speaks, not the sentence', () => {
    for (const tag of [
      'u/cloud_watcher: ',
      'pat_lee: ',
      'sam42 (Austin): ',
      'Reply from dee_9: ',
      '@gpu_guy: ',
    ])
      expect(speakerTag(`${tag}the deal is not exclusive.`)).toBe(tag.length);
    for (const line of ['Update: the deal is not exclusive.', 'Microsoft: the deal is not exclusive.'])
      expect(speakerTag(line)).toBe(0);
  });
});

describe('a reply that quotes an earlier comment', () => {
  it('reads the quote up to the spaced dash that starts the reply', () => {
    expect(replyQuote('> the cloud deal is exclusive \u2014 not any more.')).toEqual({
      quote: 'the cloud deal is exclusive',
      reply: 32,
    });
    expect(replyQuote('> ok \u2014 sure.')).toBeNull();
    expect(quoteKey('Azure-only, still?')).toBe('azureonlystill');
  });

  const judgedPage = (lines: string[]) =>
    judgePage(pageFromPlainText(lines.join('\n\n')), bundledFactBase(), {
      asOf: '2026-11-21',
      published: '2025-01-22',
    }).map((c) => [c.text, c.status]);

  it('judges only the reply when the quoted words stand earlier on the page', () => {
    expect(
      judgedPage([
        'kay_r: Microsoft is one of the equity funders of Stargate, so it gets a cut.',
        'dev_null: > Microsoft is one of the equity funders of Stargate \u2014 wrong, it never was.',
      ]),
    ).toEqual([['Microsoft is one of the equity funders of Stargate, so it gets a cut.', 'contradicted']]);
  });

  it('judges the quote when nothing earlier on the page says it', () => {
    expect(
      judgedPage([
        'dev_null: > Microsoft is one of the equity funders of Stargate \u2014 that is what I read.',
      ]),
    ).toHaveLength(1);
  });
});

describe('a sentence that ends before a lower-case word', () => {
  const split = (text: string) => segmentSentences(text, []).map((s) => text.slice(s.start, s.end));
  it('ends there, as casual writing has it', () => {
    expect(split('the lock is site-level only. across the company, nobody owns the chips.')).toEqual([
      'the lock is site-level only.',
      'across the company, nobody owns the chips.',
    ]);
    expect(split('I thought that API was Azure-only? iirc it is tied to Azure.')).toEqual([
      'I thought that API was Azure-only?',
      'iirc it is tied to Azure.',
    ]);
  });

  it('does not end after an abbreviation, an initial, a number or an ellipsis', () => {
    for (const text of [
      'It costs approx. ten billion.',
      'They sell chips, boards etc. and more.',
      'It holds 27 p.c. of the lab.',
      'Some say so... and others not.',
      'The U.S. regulators looked.',
    ])
      expect(split(text)).toEqual([text]);
  });
});

describe('a statement after "though"', () => {
  it('is a statement of its own whatever its subject, so a term reaches no word in it', () => {
    expect(
      judged(
        'OpenAI may now run all of its products on any cloud, though stuff still launches first on Azure unless Microsoft cannot host it.',
        'Microsoft and OpenAI signed a new agreement.',
        '2026-04-28',
      ),
    ).not.toContainEqual(['outdated', 'cloud-exclusive']);
  });
});

describe("a company's value told after a round's money", () => {
  const LEDE = 'Nvidia and OpenAI put numbers on their new arrangement.';
  it('is no value before the money', () => {
    const claims = judged(
      "Nvidia's $30 billion went in at a $730 billion pre-money, and the round closed at an $852 billion post-money.",
      LEDE,
      '2026-04-02',
    );
    expect(claims.map((c) => c[1])).not.toContain('no-valuation-852b-pre-wrong');
    expect(claims.map((c) => c[0])).not.toContain('contradicted');
  });

  it('is still wrong when told as the value before it', () => {
    expect(
      judged("Nvidia's $30 billion went in at an $852 billion pre-money valuation.", LEDE, '2026-04-02'),
    ).toContainEqual(['contradicted', 'no-valuation-852b-pre-wrong']);
  });
});

describe('"zero" before a term', () => {
  it('denies it, as "no" does', () => {
    const LEDE = 'Microsoft and OpenAI keep changing their deal.';
    expect(judged('Microsoft holds zero equity in OpenAI.', LEDE, '2026-08-01')).toEqual([
      ['outdated', 'stake-none'],
    ]);
    expect(judged('Microsoft holds no equity in OpenAI.', LEDE, '2026-08-01')).toEqual([
      ['outdated', 'stake-none'],
    ]);
  });
});

describe('of two frames of one fact read equally well', () => {
  it('takes the tighter place, so a term told in a clause of its own is a claim of its own', () => {
    expect(
      claimsOf(
        'Amazon said it would invest up to $4 billion in Anthropic, the lab that makes Claude, and take a minority stake.',
        'Amazon and Anthropic announced a deal.',
        '2023-09-25',
      ).map((c) => [c.text, c.factId]),
    ).toEqual([
      [
        'Amazon said it would invest up to $4 billion in Anthropic, the lab that makes Claude, and take a minority stake.',
        'aa-inv-up-to-4b',
      ],
      ['and take a minority stake.', 'aa-minority'],
    ]);
  });

  it('takes the place beside the figures it needs before a tighter one far from them', () => {
    expect(
      judged(
        "Microsoft's partnership with OpenAI goes back to 2019, beginning with an initial $1 billion investment.",
        'Microsoft and OpenAI have a long history.',
        '2025-01-10',
      )[0],
    ).toEqual(['supported', 'partnership-began-2019']);
  });
});

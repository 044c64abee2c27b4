// Phrasing families of the twenty-sixth round, in our own words: a wrong detail told in a clause of its own
// beside a true term ("…'s Series G, which B led"), a wrong term whose words stand in two clauses, one of them
// about another deal's company ("…'s chips in a deal, while saying B stays its main cloud"), and pages in a
// company's own voice ("our partnership with B", "we hold …"); the year a deal's first investment came;
// companies named only to compare ("X, like Y and Z, is …"); a claim beside a worse one keeps its whole statement;
// a warrant's shares told as already owned; money told as arriving ("the money came in three waves"); a yes-or-no
// question after a heading of questions.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/extract';
import { compileFactBase } from '../../../core/verdict/compile';
import { pageVoice, quotedSpans, voiced } from '../../../core/verdict/page-voice';
import { isYesNoQuestion } from '../../../core/claims/questions';
import { claimsOf, statusOf } from '../../support/claims-after';

const THREE_WAY =
  'Microsoft and Nvidia agreed in November to invest in Anthropic, which committed to buy Azure compute.';
const TPU = 'Google will supply Anthropic with more TPUs under an expanded cloud agreement.';

const judged = (line: string, context: string, published: string | null = null) =>
  claimsOf(line, context, published).map((c) => [c.text, c.status, c.factId]);

describe('a wrong detail told in a clause of its own', () => {
  it('is its own claim, and the true term beside it keeps its clause', () => {
    for (const detail of ['one that was led by Microsoft and Nvidia', 'a round led by Microsoft and Nvidia'])
      expect(
        judged(
          `Some of that money went into Anthropic's $30 billion Series G, ${detail}.`,
          THREE_WAY,
          '2026-03-02',
        ),
      ).toEqual([
        [
          `Some of that money went into Anthropic's $30 billion Series G, ${detail}.`,
          'contradicted',
          'mna-series-g-led-wrong',
        ],
        ["Some of that money went into Anthropic's $30 billion Series G", 'supported', 'mna-series-g-30b'],
      ]);
  });
});

describe('a wrong term whose words stand in two clauses', () => {
  it("is not pinned on the deal when one clause names the other deal's company instead", () => {
    const claims = judged(
      "Anthropic signed for up to a million of Google's TPUs in a deal, while saying Amazon stays its primary cloud.",
      TPU,
      '2025-10-24',
    );
    expect(claims.map((c) => c[2])).not.toContain('ga-cloud-primary-wrong');
    expect(claims[0]).toEqual([
      "Anthropic signed for up to a million of Google's TPUs in a deal, while saying Amazon stays its primary cloud.",
      'supported',
      'ga-tpus-1m',
    ]);
  });

  it("is still contradicted when the clause names the deal's own company", () => {
    expect(
      judged(
        'Anthropic signed for up to a million TPUs in a deal, adding that Google is its primary cloud.',
        TPU,
        '2025-10-24',
      ).map((c) => c[1]),
    ).toContain('contradicted');
  });
});

const fb = bundledFactBase();
const cfb = compileFactBase(fb);

/** The page's voice, for a page of these paragraphs. */
const voiceOf = (...paragraphs: string[]) => {
  const page = pageFromPlainText(paragraphs.join('\n\n'));
  return pageVoice(cfb.partnerships, page.blocks, (b) => page.text.slice(b.start, b.end))?.name ?? null;
};

/** What the engine reports on a page of these paragraphs: text, status now, as published, fact. */
const onPage = (published: string, ...paragraphs: string[]) =>
  judgePage(pageFromPlainText(paragraphs.join('\n\n')), fb, { asOf: '2026-11-21', published }).map((c) => [
    c.text,
    c.status,
    c.asPublished,
    c.factId,
  ]);

describe("a page in a company's own voice", () => {
  const LETTER = 'A letter to our shareholders from Microsoft';
  const BLOG = 'What comes next in our partnership with Microsoft';

  it('is the other side of the deal it tells "with" a company, the one the page names', () => {
    expect(voiceOf(LETTER, 'This year our partnership with OpenAI grew again.')).toBe('Microsoft');
    expect(voiceOf(BLOG, 'Today ChatGPT reaches more people than ever.')).toBe('OpenAI');
    expect(voiceOf('Notes', 'In March we signed an agreement with OpenAI. Oracle builds the sites.')).toBe(
      'Oracle',
    );
  });

  it("is no one when the first person is quoted, a reader's, or the company is never named", () => {
    expect(
      voiceOf('News', "“We are proud of our partnership with OpenAI,” said Microsoft's chief."),
    ).toBeNull();
    expect(
      voiceOf('News', '‘We formed our partnership with OpenAI for research,’ Microsoft said.'),
    ).toBeNull();
    expect(voiceOf('Fund letter', 'Nvidia stayed our largest position; we trimmed it in May.')).toBeNull();
    expect(voiceOf('Notes', 'Our partnership with OpenAI grew again.')).toBeNull();
  });

  it("reads its 'we' and 'our' as the company, and keeps the sentence as written", () => {
    expect(
      onPage(
        '2024-10-31',
        LETTER,
        'This year our partnership with OpenAI grew again, and Azure carried more of its work.',
        "We hold exclusive rights to OpenAI's models under our agreement, and we're its exclusive cloud provider.",
      ),
    ).toEqual([
      [
        "We hold exclusive rights to OpenAI's models under our agreement, and we're its exclusive cloud provider.",
        'outdated',
        'supported',
        'license-exclusive',
      ],
      ["and we're its exclusive cloud provider.", 'outdated', 'supported', 'cloud-exclusive'],
    ]);
    expect(
      onPage(
        '2026-04-28',
        BLOG,
        'Today we are changing our agreement with Microsoft so ChatGPT users can reach our models anywhere.',
        'Nvidia put $30 billion into our most recent funding round.',
        'We can now offer all of our products on any cloud.',
      ).map((c) => [c[0], c[1], c[3]]),
    ).toEqual([
      ['Nvidia put $30 billion into our most recent funding round.', 'supported', 'no-inv-30b'],
      ['We can now offer all of our products on any cloud.', 'supported', 'cloud-any'],
    ]);
  });

  it('leaves first person inside quotation marks as written', () => {
    const voice = { name: 'Microsoft' };
    const sentence = '“We like our odds,” he said, and our stake is large.';
    const said = voiced(sentence, voice, quotedSpans(sentence));
    expect(said?.text).toBe("“We like our odds,” he said, and Microsoft's stake is large.");
    // Offsets in the voiced text map back to the sentence as written.
    const at = said?.text.indexOf("Microsoft's") ?? -1;
    expect(said?.toWritten(at, false)).toBe(sentence.indexOf('our stake'));
    expect(said?.toWritten(at + 2, true)).toBe(sentence.indexOf('our stake') + 3);
    expect(said?.toWritten(said.text.length, true)).toBe(sentence.length);
    expect(voiced('The US deal is done.', voice, [])).toBeNull();
  });

  it("tells 'we' with its verb in the company's name, the verb agreeing", () => {
    const voice = { name: 'Microsoft' };
    expect(voiced('We also hold a licence, we don’t own shares and we’re its cloud.', voice, [])?.text).toBe(
      "Microsoft also holds a licence, Microsoft doesn't own shares and Microsoft is its cloud.",
    );
    expect(voiced('We now reach more people.', voice, [])?.text).toBe('Microsoft now reach more people.');
  });

  it('reads a correction in the voice as the same correction told with the name', () => {
    const told = (line: string) =>
      onPage(
        '2024-10-31',
        'A letter to our shareholders from Microsoft',
        'This year our partnership with OpenAI grew again.',
        line,
      ).map((c) => [c[1], c[2], c[3]]);
    const voicedClaims = told(
      'An earlier version of this letter said we owned 49% of OpenAI; we own no part of it.',
    );
    expect(voicedClaims.map((c) => c[2])).toEqual(['stake-49-wrong', 'stake-none']);
    expect(voicedClaims).toEqual(
      told(
        'An earlier version of this letter said Microsoft owned 49% of OpenAI; Microsoft owns no part of it.',
      ),
    );
  });
});

describe("the year of a deal's first investment", () => {
  const CLOUD = 'Anthropic runs some of its work on Google Cloud.';

  it('agrees with the year the record has, and not with another', () => {
    expect(statusOf('Google first invested in Anthropic in 2023.', CLOUD, '2025-06-01')).toBe('supported');
    expect(statusOf("Google's first investment in the Claude maker came in 2024.", CLOUD, '2025-06-01')).toBe(
      'contradicted',
    );
  });

  it('is wrong told as late in the right year, the date that circulates', () => {
    for (const line of [
      'Google first put money into Anthropic in late 2023.',
      'Their tie-up started in late 2023, when Google made its first investment in the Claude maker.',
    ])
      expect(claimsOf(line, CLOUD, '2025-06-01').map((c) => [c.status, c.factId])).toEqual([
        ['contradicted', 'ga-late-2023-wrong'],
      ]);
  });
});

describe('companies named only to compare', () => {
  const STARGATE = 'OpenAI, SoftBank and Oracle unveiled Stargate, a joint venture for data centres.';

  it('are no parties: the sentence speaks of the side it compares them with', () => {
    for (const line of [
      'Microsoft, like Arm and Nvidia, counts as a technology partner rather than an equity funder.',
      'Microsoft, unlike Oracle, is a technology partner and not an equity funder of Stargate.',
    ])
      expect(claimsOf(line, STARGATE, '2025-01-23').map((c) => [c.status, c.partnership, c.factId])).toEqual([
        ['supported', 'microsoft-openai', 'stargate-tech-partner'],
      ]);
  });
});

describe('a claim beside a worse one in the same sentence', () => {
  it('keeps its whole statement up to the break, not just the words of its term', () => {
    expect(
      onPage(
        '2024-05-01',
        'Microsoft and OpenAI, year by year',
        "2023 – In January, Microsoft commits a multiyear, multibillion-dollar investment to OpenAI; in November it gains a voting seat on OpenAI's board.",
      ).map((c) => [c[0], c[1], c[3]]),
    ).toEqual([
      [
        "2023 – In January, Microsoft commits a multiyear, multibillion-dollar investment to OpenAI; in November it gains a voting seat on OpenAI's board.",
        'contradicted',
        'board-voting-wrong',
      ],
      [
        'In January, Microsoft commits a multiyear, multibillion-dollar investment to OpenAI',
        'supported',
        'inv-2023-multiyear',
      ],
    ]);
  });
});

describe("a warrant's shares told as already owned", () => {
  const CHIPS =
    'AMD agreed to supply OpenAI with six gigawatts of GPUs and gave it a warrant over its shares.';

  it('are wrong; what the warrant could bring stays a press estimate', () => {
    expect(
      statusOf('Through that warrant, OpenAI already holds roughly 10% of AMD.', CHIPS, '2025-11-01'),
    ).toBe('contradicted');
    expect(
      statusOf('Fully vested, the warrant could one day hand OpenAI about 10% of AMD.', CHIPS, '2025-11-01'),
    ).toBe('unverified');
  });
});

describe('money told as arriving', () => {
  it("is the deal's investment, its figures checked", () => {
    const LEDE = 'Microsoft and OpenAI have worked together since 2019.';
    expect(
      claimsOf('The cash arrived in stages: $1 billion in 2019 and more later.', LEDE, '2023-06-01').map(
        (c) => [c.status, c.factId],
      ),
    ).toEqual([['supported', 'inv-2019-1b']]);
    expect(
      statusOf('The money came in two parts: $3 billion in 2019 and more later.', LEDE, '2023-06-01'),
    ).toBe('contradicted');
  });
});

describe('a yes-or-no question after a heading of questions', () => {
  it('asserts nothing, whatever the heading calls its questions', () => {
    for (const q of [
      'Discussion questions: Did Amazon gain too much say when it added billions more?',
      'Questions for class: Is Azure still the only cloud the lab may use?',
      'Q3: Does Google hold voting shares in the Claude maker?',
    ])
      expect(isYesNoQuestion(q)).toBe(true);
    expect(isYesNoQuestion('Questions remain: Azure is still the only cloud the lab may use.')).toBe(false);
    expect(
      claimsOf(
        'Review questions: Does Microsoft still hold an exclusive licence to OpenAI models?',
        'Microsoft and OpenAI.',
      ),
    ).toEqual([]);
  });
});

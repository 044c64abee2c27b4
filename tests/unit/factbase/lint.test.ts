// Each data lint catches what it is for, on a copy of the fact base broken in one place.
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { LINT_RULES, type LintRule, lintFactBase, spellingProblems } from '../../../core/factbase/lint';
import { parseFactBase } from '../../../core/factbase/load';
import type { FactBase } from '../../../core/factbase/schema';

const clean = bundledFactBase();
const fact = (fb: FactBase, id: string) => fb.facts.find((f) => f.id === id)!;
const event = (fb: FactBase, id: string) => fb.events.find((e) => e.id === id)!;

const CASES: Array<[LintRule, (fb: FactBase) => void, string]> = [
  [
    'safe-words',
    (fb) => {
      // Enough gapped entries to pass the cap on the regular expressions a release may carry.
      fb.lexicon!.words.padding = Array.from({ length: 4000 }, (_, i) => `word${i} _ other${i}`);
    },
    'the words compile to regular expressions longer than 250000 characters in all: the extension would refuse this release',
  ],
  ['unique-ids', (fb) => fb.facts.push({ ...fb.facts[0] }), 'fact id inv-2019-1b is used more than once'],
  [
    'event-order',
    (fb) => (event(fb, 'E3').date = '2019-01-01'),
    'event E3 (2019-01-01) comes after E2 (2020-09-22)',
  ],
  [
    'event-order',
    // Order is kept within each partnership: A2 is compared with A1, not with the events appended before it.
    (fb) => (event(fb, 'A2').date = '2023-01-02'),
    'event A2 (2023-01-02) comes after A1 (2023-09-25)',
  ],
  ['real-dates', (fb) => (event(fb, 'E14').date = '2026-02-30'), 'event E14: 2026-02-30 is not a real date'],
  [
    'date-precision',
    (fb) => (event(fb, 'E3').date = '2021-03-01'),
    'event E3: a year-only date is written YYYY-01-01, not 2021-03-01',
  ],
  [
    'published-after-events',
    (fb) => (fb.manifest.published = '2026-05-01'),
    'published 2026-05-01 is before event E14 (2026-06-30)',
  ],
  [
    'primary-source',
    (fb) => (event(fb, 'E2').sources = []),
    'event E2 is confirmed but has no primary source and no sourceNote',
  ],
  [
    'primary-source',
    (fb) => (fact(fb, 'inv-2019-1b').sources = []),
    "fact inv-2019-1b is confirmed but has no primary source (own or its event's)",
  ],
  [
    'source-note',
    (fb) => delete event(fb, 'E7').sourceNote,
    'event E7 has no source and no sourceNote saying why',
  ],
  [
    'https-sources',
    (fb) => (event(fb, 'E2').sources[0].url = 'http://blogs.microsoft.com/x'),
    'event E2: source "http://blogs.microsoft.com/x": not https',
  ],
  [
    'https-sources',
    (fb) => (event(fb, 'E2').sources[0].title = 'MS'),
    'event E2: source "https://blogs.microsoft.com/blog/2020/09/22/microsoft-teams-up-with-openai-to-exclusively-license-gpt-3-language-model/": title "MS" is too short to name the document',
  ],
  [
    'links',
    (fb) => (fact(fb, 'cloud-exclusive').supersededBy = ['cloud-gone']),
    'fact cloud-exclusive: supersededBy cloud-gone is not a fact',
  ],
  ['links', (fb) => (fact(fb, 'inv-2021').until = 'E99'), 'fact inv-2021: until E99 is not an event'],
  [
    'links',
    (fb) => (fact(fb, 'inv-2021').frames[0].writtenFrom = 'E98'),
    'fact inv-2021: writtenFrom E98 is not an event',
  ],
  [
    'unused-event',
    (fb) =>
      fb.events.push({
        ...event(fb, 'E14'),
        id: 'E15',
        date: '2026-07-01',
      }),
    'event E15 is not the start or end of any fact or partnership',
  ],
  [
    'frame-words',
    (fb) => (fact(fb, 'inv-2021').frames[0].relation = 'investt'),
    'fact inv-2021: word class "investt" is in neither the shared vocabulary nor lexicon.words',
  ],
  [
    'fact-period',
    (fb) => (fact(fb, 'cloud-exclusive').until = 'E1'),
    'fact cloud-exclusive: ends (E1, 2019-07-22) before it starts (E1, 2019-07-22)',
  ],
  [
    'fact-period',
    (fb) => (fact(fb, 'ga-cma-review').endedOn = '2024-11-18'),
    "fact ga-cma-review: endedOn 2024-11-18 is not a later day that G5's summary gives",
  ],
  [
    'fact-period',
    (fb) => (fact(fb, 'inv-2021').endedOn = '2024-01-01'),
    'fact inv-2021 has an endedOn day but no until event',
  ],
  [
    'fact-period',
    (fb) => (fact(fb, 'inv-2021').supersededBy = ['inv-2019-1b']),
    'fact inv-2021 is superseded but has no until event',
  ],
  [
    'wrong-facts',
    (fb) => delete fact(fb, 'stake-49-wrong').correctedBy,
    'fact stake-49-wrong is wrong but names no correctedBy fact',
  ],
  [
    'wrong-facts',
    (fb) => (fact(fb, 'stake-49-wrong').since = 'E6'),
    'fact stake-49-wrong is wrong, so it has no since event',
  ],
  [
    'supersession',
    (fb) => (fact(fb, 'cloud-exclusive').supersededBy = ['inv-2019-1b']),
    'fact cloud-exclusive: inv-2019-1b supersedes it but starts at E1, not at E8',
  ],
];

describe('lintFactBase', () => {
  it('finds nothing in the bundled fact base', () => {
    expect(lintFactBase(parseFactBase(clean))).toEqual([]);
  });

  it.each(CASES)('%s: %s', (rule, edit, message) => {
    const broken = structuredClone(clean);
    edit(broken);
    const problems = lintFactBase(broken);
    expect(problems).toContainEqual(expect.objectContaining({ rule, message }));
  });

  it('has a test case for every rule', () => {
    expect(new Set(CASES.map(([rule]) => rule))).toEqual(new Set(LINT_RULES));
  });
});

describe('spellingProblems', () => {
  it('reports fields the schema would drop or fill in, naming the entry', () => {
    const raw = structuredClone(clean) as unknown as Record<string, Array<Record<string, unknown>>>;
    raw.facts[0].supersededby = [];
    delete raw.facts[1].undisclosed;
    const e3 = raw.events.find((e) => e.id === 'E3') as Record<string, unknown>;
    (e3.sources as Array<Record<string, unknown>>)[0].titel = 'x';
    expect(spellingProblems(raw, parseFactBase(raw)).map((p) => [p.file, p.message])).toEqual([
      ['events', 'event E3: sources.0: unknown field "titel"'],
      ['facts', 'fact inv-2019-1b: unknown field "supersededby"'],
      ['facts', 'fact inv-2019-10b-wrong: field "undisclosed" is missing (its default would apply)'],
    ]);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editJson, factsCopy, type Json, NEXT_PUBLISHED, REPO, run } from './cli-fixture';

const ORIGINAL = join(REPO, 'facts');
const original = async (name: string): Promise<Json> =>
  JSON.parse(await readFile(join(ORIGINAL, `${name}.json`), 'utf8'));
const { version: V, published: P } = await original('manifest');
/** The next minor version after the fact base's own. */
const NEXT = V.replace(
  /^(\d+)\.(\d+)\.\d+$/,
  (_: string, major: string, minor: string) => `${major}.${Number(minor) + 1}.0`,
);
const oldFacts: Json[] = await original('facts');
const summaryOf = (id: string) => oldFacts.find((f) => f.id === id).summary;

/** A copy of facts/ edited the way a release changes it. */
async function modifiedCopy(options: { bump?: boolean } = {}) {
  const root = await factsCopy();
  const file = (name: string) => join(root, 'facts', `${name}.json`);
  if (options.bump !== false) {
    await editJson<Json>(file('manifest'), (m) => {
      m.version = NEXT;
      m.published = NEXT_PUBLISHED;
    });
  }
  await editJson<Json>(file('events'), (events) => {
    events.find((e: Json) => e.id === 'E14').confidence = 'confirmed';
    events.push({
      id: 'E15',
      partnership: 'microsoft-openai',
      date: '2026-11-30',
      datePrecision: 'day',
      summary: 'A new filing.',
      confidence: 'confirmed',
      sources: [{ title: 'A new filing', url: 'https://www.sec.gov/new' }],
    });
  });
  await editJson<Json>(file('facts'), (facts) => {
    const total = facts.find((f: Json) => f.id === 'inv-total-13b');
    total.values.amountUsd = 13500000000;
    total.summary = 'Total commitment: $13.5 billion.';
    const stake = facts.find((f: Json) => f.id === 'stake-27');
    stake.until = 'E15';
    stake.supersededBy = ['stake-20'];
    facts.push({
      ...stake,
      id: 'stake-20',
      summary: 'Microsoft holds about 20%.',
      since: 'E15',
      until: null,
      supersededBy: [],
    });
    return facts.filter((f: Json) => f.id !== 'inv-millions-wrong');
  });
  await editJson<Json>(file('lexicon'), (lexicon) => {
    lexicon.words.invest = ['plunk* _ into'];
    lexicon.otherCompanies.push('Acme Robotics');
  });
  return root;
}

describe('facts diff', () => {
  it('prints a changelog: facts added, changed field by field, retired, removed; events; vocabulary', async () => {
    const root = await modifiedCopy();
    const r = await run(['diff', ORIGINAL, 'facts'], root);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        `Fact base ${V} → ${NEXT} (published ${P} → ${NEXT_PUBLISHED}; schema 3)`,
        '',
        'Facts added (1)',
        '  + stake-20 [stake, confirmed] Microsoft holds about 20%.',
        '',
        'Facts changed (1)',
        '  ~ inv-total-13b',
        `      summary: ${JSON.stringify(summaryOf('inv-total-13b'))} → "Total commitment: $13.5 billion."`,
        '      values.amountUsd: 13000000000 → 13500000000',
        '',
        'Facts retired (now outdated) (1)',
        '  > stake-27, ended by E15',
        '      until: null → "E15"',
        '      supersededBy: [] → ["stake-20"]',
        '',
        'Facts removed (1)',
        `  - inv-millions-wrong [investment, wrong] ${summaryOf('inv-millions-wrong')}`,
        '',
        'Events added (1)',
        '  + E15 2026-11-30 (confirmed) A new filing.',
        '',
        'Events changed (1)',
        '  ~ E14',
        '      confidence: "reported" → "confirmed"',
        '',
        'Vocabulary: word classes changed: invest',
        '',
        'Other companies: + Acme Robotics',
        '',
      ].join('\n'),
    );
  });

  it('--json gives the same diff as data', async () => {
    const root = await modifiedCopy();
    const r = await run(['diff', '--json', ORIGINAL, 'facts'], root);
    const diff = JSON.parse(r.stdout);
    expect(diff.from).toEqual({ version: V, published: P, schemaVersion: 3 });
    expect(diff.to.version).toBe(NEXT);
    expect(diff.facts.added.map((f: Json) => f.id)).toEqual(['stake-20']);
    expect(diff.facts.changed).toEqual([
      {
        id: 'inv-total-13b',
        changes: [
          {
            path: 'summary',
            old: summaryOf('inv-total-13b'),
            new: 'Total commitment: $13.5 billion.',
          },
          { path: 'values.amountUsd', old: 13000000000, new: 13500000000 },
        ],
      },
    ]);
    expect(diff.facts.retired.map((f: Json) => [f.id, f.until])).toEqual([['stake-27', 'E15']]);
    expect(diff.facts.removed.map((f: Json) => f.id)).toEqual(['inv-millions-wrong']);
    expect(diff.events.added.map((e: Json) => e.id)).toEqual(['E15']);
    expect(diff.lexicon).toEqual({
      classes: ['invest'],
      otherCompanies: { added: ['Acme Robotics'], removed: [] },
    });
    expect(diff.warnings).toEqual([]);
  });

  it('reads bundles too, and warns when the content changed but the version did not', async () => {
    const root = await modifiedCopy({ bump: false });
    const built = await run(['build', '--dir', ORIGINAL, '--out', 'old'], root);
    expect(built.status).toBe(0);
    const r = await run(['diff', `old/factbase-${V}.json`, 'facts'], root);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `Fact base ${V} (published ${P}; schema 3)`,
      `warning: the content changed but the version did not go up (${V} → ${V})`,
    ]);
  });

  it('says there is no change between a folder and its own bundle', async () => {
    const root = await factsCopy();
    await run(['build', '--out', 'dist'], root);
    const r = await run(['diff', 'facts', `dist/factbase-${V}.json`], root);
    expect(r.stdout).toBe(
      `Fact base ${V} (published ${P}; schema 3)\n\nNo changes to partnerships, events, facts or vocabulary.\n`,
    );
  });

  it('refuses an input that is not a fact base, in one line', async () => {
    const root = await factsCopy();
    expect(await run(['diff', 'facts', 'facts/events.json'], root)).toMatchObject({
      status: 2,
      errors: [expect.stringMatching(/^facts diff: facts\/events\.json: invalid fact base: /)],
    });
    expect(await run(['diff', 'facts'], root)).toMatchObject({
      status: 2,
      errors: ['facts diff: missing the old and the new fact base (see --help)'],
    });
  });
});

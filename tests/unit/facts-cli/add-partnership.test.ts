// The worked example of docs/adding-a-partnership.md: an eighth partnership added as data only, through the
// maintainers' own commands (validate → diff → publish), then judged by the unchanged engine. The partnership is
// fictional: Quillfeather Cloud and the Brambleworks lab exist only here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { parseFactBase } from '../../../core/factbase/load';
import { pageFromPlainText } from '../../../core/page/extract';
import { editJson, factsCopy, type Json, NEXT_PUBLISHED, run } from './cli-fixture';

const PARTNERSHIP = {
  id: 'quillfeather-brambleworks',
  name: 'Quillfeather–Brambleworks partnership',
  beganWith: 'Q1',
  parties: [
    {
      id: 'quillfeather',
      name: 'Quillfeather',
      aliases: ['Quillfeather Cloud'],
      products: ['QuillCompute'],
      hints: [],
    },
    {
      id: 'brambleworks',
      name: 'Brambleworks',
      aliases: ['the Brambleworks lab'],
      products: ['Bramble'],
      hints: [],
    },
  ],
};

const EVENTS = [
  {
    id: 'Q1',
    partnership: PARTNERSHIP.id,
    date: '2026-03-02',
    datePrecision: 'day',
    summary: 'Quillfeather invests $3 billion in Brambleworks and becomes its main cloud, not its only one.',
    confidence: 'confirmed',
    sources: [
      {
        title: 'Quillfeather and Brambleworks announce a partnership',
        url: 'https://quillfeather.example/news/brambleworks',
      },
    ],
  },
  {
    id: 'Q2',
    partnership: PARTNERSHIP.id,
    date: '2026-09-15',
    datePrecision: 'day',
    summary: 'Quillfeather adds $2 billion, for $5 billion in all.',
    confidence: 'confirmed',
    sources: [
      {
        title: 'Quillfeather deepens its Brambleworks investment',
        url: 'https://quillfeather.example/news/more',
      },
    ],
  },
];

const base = { values: {}, until: null, supersededBy: [], undisclosed: [] };
const FACTS = [
  {
    ...base,
    id: 'qb-invest-3b',
    partnership: PARTNERSHIP.id,
    topic: 'investment',
    summary: 'Quillfeather invested $3 billion in Brambleworks in March 2026.',
    values: { amountUsd: 3e9 },
    confidence: 'confirmed',
    since: 'Q1',
    until: 'Q2',
    supersededBy: ['qb-invest-5b'],
    frames: [{ relation: 'invest', needs: ['amountUsd'] }],
  },
  {
    ...base,
    id: 'qb-invest-5b',
    partnership: PARTNERSHIP.id,
    topic: 'investment',
    summary: 'Quillfeather has invested $5 billion in Brambleworks in all.',
    values: { amountUsd: 5e9 },
    confidence: 'confirmed',
    since: 'Q2',
    frames: [{ relation: 'invest', needs: ['amountUsd'] }],
  },
  {
    ...base,
    id: 'qb-cloud-exclusive-wrong',
    partnership: PARTNERSHIP.id,
    topic: 'cloud',
    summary: 'QuillCompute was never the only cloud of Brambleworks: it is its main one.',
    confidence: 'wrong',
    since: null,
    correctedBy: 'qb-cloud-primary',
    frames: [{ relation: 'cloud', with: ['exclusive'], bothParties: true }],
  },
  {
    ...base,
    id: 'qb-cloud-primary',
    partnership: PARTNERSHIP.id,
    topic: 'cloud',
    summary: 'QuillCompute is the main cloud of Brambleworks, not its only one.',
    confidence: 'confirmed',
    since: 'Q1',
    frames: [{ relation: 'cloud', with: ['primary'] }],
  },
];

describe('adding an eighth partnership, as data only', () => {
  it('validates, shows up in the diff as a minor release, publishes, and is judged by the engine', async () => {
    const root = await factsCopy();
    const file = (name: string) => join(root, 'facts', `${name}.json`);
    const before = JSON.parse(await readFile(file('manifest'), 'utf8'));
    await editJson<Json>(file('partnerships'), (list) => [...list, PARTNERSHIP]);
    // Events stay in date order across partnerships.
    await editJson<Json>(file('events'), (list) =>
      [...list, ...EVENTS].sort((a: Json, b: Json) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    );
    await editJson<Json>(file('facts'), (list) => [...list, ...FACTS]);

    // A new partnership without a version bump is caught by the diff.
    const unbumped = await run(['diff', 'facts', join(root, 'facts')]);
    expect(unbumped.stdout).toContain(`warning: a partnership was added: that is at least a minor version`);

    const [major, minor] = before.version.split('.').map(Number);
    const next = `${major}.${minor + 1}.0`;
    await editJson<Json>(file('manifest'), (m) => {
      m.version = next;
      m.published = NEXT_PUBLISHED;
    });
    const valid = await run(['validate'], root);
    expect(valid.errors).toEqual([]);
    expect(valid.status).toBe(0);
    const diff = await run(['diff', 'facts', join(root, 'facts')]);
    expect(diff.stdout).toContain(`Fact base ${before.version} → ${next}`);
    expect(diff.stdout).toContain(`Partnerships added (1)\n  + ${PARTNERSHIP.id}`);
    expect(diff.stdout).not.toContain('warning:');

    const keygen = await run(['keygen', '--out', 'keys'], root);
    expect(keygen.status).toBe(0);
    const published = await run(['publish', 'site', '--key', 'keys/facts-signing.key'], root);
    expect(published.status).toBe(0);
    const verified = await run(['verify', 'site', '--public-key', 'keys/facts-signing.pub'], root);
    expect(verified.stdout).toContain(`fact base ${next}`);

    const bundle = JSON.parse(await readFile(join(root, `site/factbase-${next}.json`), 'utf8'));
    const fb = parseFactBase(bundle.factBase);
    const page = pageFromPlainText(
      [
        'Quillfeather has put $3 billion into Brambleworks, the company said.',
        'QuillCompute is the only cloud Brambleworks may use.',
        'Quillfeather Cloud is also the main cloud of the Brambleworks lab.',
      ].join('\n\n'),
    );
    const claims = judgePage(page, fb, { asOf: '2026-11-21' });
    expect(claims.map((c) => [c.partnership, c.factId, c.status])).toEqual([
      [PARTNERSHIP.id, 'qb-invest-3b', 'outdated'],
      [PARTNERSHIP.id, 'qb-cloud-exclusive-wrong', 'contradicted'],
      [PARTNERSHIP.id, 'qb-cloud-primary', 'supported'],
    ]);
  });
});

// The fact base is data under review: these lints run in CI on every change to facts/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../core/analyze';
import { bundledFactBase } from '../../core/factbase/bundled';
import { LINT_RULES, lintFactBase, spellingProblems } from '../../core/factbase/lint';
import { parseFactBase } from '../../core/factbase/load';
import { pageFromPlainText } from '../../core/page/extract';

const fb = bundledFactBase();
/** The research records beside the project (../shared); CI has them. */
const SHARED = new URL('../../../shared/', import.meta.url).pathname;

describe('the fact base', () => {
  it('passes the schema and round-trips exactly (no field left to a default)', () => {
    expect(parseFactBase(fb)).toEqual(JSON.parse(JSON.stringify(fb)));
    expect(spellingProblems(fb, parseFactBase(fb))).toEqual([]);
  });

  // The data lints `npm run facts -- validate` runs (core/factbase/lint.ts; each rule is tested on broken
  // copies in tests/unit/factbase/lint.test.ts): unique ids, events in date order, real dates, primary
  // sources, source notes, https sources with titles, links that resolve, no unused event, frames that use
  // known word classes, facts that end after they start, wrong facts with corrections.
  const problems = lintFactBase(fb);
  it.each(LINT_RULES)('passes the data lint %s', (rule) => {
    expect(problems.filter((p) => p.rule === rule).map((p) => p.message)).toEqual([]);
  });

  it('covers every event of the researched timeline (E0–E14 and E7a), with its date', () => {
    const timeline = readFileSync(join(SHARED, 'reference/timeline.md'), 'utf8');
    const rows = [...timeline.matchAll(/^\| (E\d+a?) \| (\d{4}(?:-\d\d-\d\d)?) \|/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(16);
    const ours = fb.events.filter((e) => e.partnership === 'microsoft-openai');
    expect(ours.map((e) => e.id)).toEqual(rows.map(([id]) => id));
    for (const [id, date] of rows)
      expect(ours.find((e) => e.id === id)?.date.startsWith(date), id).toBe(true);
  });

  it('recognises the wrong figures that circulate as contradicted', () => {
    const wrong = [
      'Microsoft owns 49% of OpenAI.',
      'Microsoft made a $10 billion investment in OpenAI in 2019.',
      "Microsoft's rights to OpenAI's models last until 2030, even covering post-AGI models, or until AGI, whichever is first.",
      'The July 2026 amendment reshaped the Microsoft and OpenAI deal.',
      'Microsoft is an equity funder of Stargate alongside OpenAI.',
    ];
    for (const sentence of wrong) {
      const [claim] = judgePage(pageFromPlainText(sentence), fb, { asOf: '2026-11-21' });
      expect(claim?.status, sentence).toBe('contradicted');
    }
  });

  it('is designed for more than one partnership: a second one is data, not code', () => {
    const second = structuredClone(fb);
    second.partnerships.push({
      id: 'acme-lab',
      name: 'Acme–Lab partnership',
      beganWith: 'A1',
      parties: [
        { id: 'acme', name: 'Acme', aliases: ['Acme Corp'], products: ['AcmeCloud'], hints: [] },
        { id: 'lab', name: 'Labco', aliases: [], products: [], hints: [] },
      ],
    });
    second.events.push({
      id: 'A1',
      partnership: 'acme-lab',
      date: '2024-03-01',
      datePrecision: 'day',
      summary: 'Acme invests in Labco.',
      confidence: 'confirmed',
      sources: [{ title: 'Acme invests in Labco', url: 'https://acme.example/labco' }],
    });
    second.facts.push({
      id: 'acme-stake',
      partnership: 'acme-lab',
      topic: 'stake',
      summary: 'Acme holds 15% of Labco.',
      values: { percent: 15 },
      confidence: 'confirmed',
      since: 'A1',
      until: null,
      supersededBy: [],
      undisclosed: [],
      frames: [{ relation: 'hold', needs: ['percent'] }],
    });
    const parsed = parseFactBase(second);
    const [claim] = judgePage(pageFromPlainText('Acme Corp holds 15% of Labco.'), parsed, {
      asOf: '2026-11-21',
    });
    expect(claim).toMatchObject({ status: 'supported', factId: 'acme-stake', partnership: 'acme-lab' });
  });
});

describe('parseFactBase', () => {
  it('refuses a bundle with a one-line reason', () => {
    const broken = structuredClone(fb) as unknown as { events: Array<{ date: string }> };
    broken.events[0].date = '2019-02-30';
    expect(() => parseFactBase(broken)).toThrow(/^invalid fact base: events\.0\.date: /);
    const dangling = structuredClone(fb);
    dangling.facts[0].supersededBy = ['no-such-fact'];
    expect(() => parseFactBase(dangling)).toThrow(/supersededBy no-such-fact is not a fact/);
    expect(() => parseFactBase({})).toThrow(/^invalid fact base/);
  });
});

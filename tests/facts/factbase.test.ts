// The fact base is data under review: these lints run in CI on every change to facts/.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../core/analyze';
import { bundledFactBase } from '../../core/factbase/bundled';
import { crossReferenceProblems, parseFactBase } from '../../core/factbase/load';
import { pageFromPlainText } from '../../core/page/extract';

const fb = bundledFactBase();

describe('fact base v1', () => {
  it('passes the schema and round-trips exactly (no field left to a default)', () => {
    expect(parseFactBase(fb)).toEqual(JSON.parse(JSON.stringify(fb)));
  });

  it('has unique ids', () => {
    for (const ids of [
      fb.events.map((e) => e.id),
      fb.facts.map((f) => f.id),
      fb.partnerships.map((p) => p.id),
    ]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('covers every event of the researched timeline, E1–E14, in date order', () => {
    expect(fb.events.map((e) => e.id)).toEqual(Array.from({ length: 14 }, (_, i) => `E${i + 1}`));
    const dates = fb.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('resolves every link (superseded by, corrected by, since, until, pattern → fact)', () => {
    expect(crossReferenceProblems(fb)).toEqual([]);
  });

  it('gives every confirmed fact a primary source, and says why when a source is missing', () => {
    const events = new Map(fb.events.map((e) => [e.id, e]));
    for (const f of fb.facts.filter((x) => x.confidence === 'confirmed')) {
      const sources = f.sources ?? (f.since ? events.get(f.since)?.sources : []) ?? [];
      expect(sources.length, f.id).toBeGreaterThan(0);
    }
    for (const e of fb.events.filter((x) => x.sources.length === 0)) {
      expect(e.confidence, e.id).toBe('reported');
      expect(e.sourceNote, e.id).toBeTruthy();
    }
  });

  it('uses https sources with titles', () => {
    for (const s of fb.events.flatMap((e) => e.sources)) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.title.length).toBeGreaterThan(3);
    }
  });

  it('leaves no event unused', () => {
    const used = new Set(fb.facts.flatMap((f) => [f.since, f.until]).filter(Boolean));
    for (const p of fb.partnerships) used.add(p.beganWith);
    expect(fb.events.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('ends facts after they start, and supersedes only ended facts', () => {
    const date = new Map(fb.events.map((e) => [e.id, e.date]));
    for (const f of fb.facts) {
      if (f.since && f.until) expect(date.get(f.until)! > date.get(f.since)!, f.id).toBe(true);
      if (f.supersededBy.length) expect(f.until, f.id).toBeTruthy();
    }
  });

  it('gives wrong facts a correction and no start', () => {
    for (const f of fb.facts.filter((x) => x.confidence === 'wrong')) {
      expect(f.since, f.id).toBeNull();
      expect(f.correctedBy, f.id).toBeTruthy();
    }
  });

  it('has claim patterns for every fact', () => {
    const withPatterns = new Set(fb.patterns.map((p) => p.fact));
    expect(fb.facts.filter((f) => !withPatterns.has(f.id)).map((f) => f.id)).toEqual([]);
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
    });
    second.patterns.push({
      fact: 'acme-stake',
      cues: [['stake|owns?|holds?']],
      unless: [],
      needs: ['percent'],
      checks: [],
      phrasings: ['holds 15% of Labco'],
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

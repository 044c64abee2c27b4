import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../../core/factbase/bundled';
import type { FactBase } from '../../../core/factbase/schema';
import { buildTimeline, positionOf, topicLabel } from '../../../core/report/timeline';

const FB = bundledFactBase();
const TODAY = '2026-11-28';

/** A made-up partnership between made-up companies, with a topic the bundled fact base does not have. */
const FICTIONAL = {
  partnerships: [{ id: 'quillfeather-brambleworks', name: 'Quillfeather–Brambleworks deal (fictional)' }],
  events: [
    {
      id: 'Q1',
      partnership: 'quillfeather-brambleworks',
      date: '2020-03-01',
      datePrecision: 'month',
      summary: 'Kettle deal signed.',
      confidence: 'confirmed',
      sources: [],
    },
    {
      id: 'Q2',
      partnership: 'quillfeather-brambleworks',
      date: '2022-06-15',
      datePrecision: 'day',
      summary: 'Warrant granted.',
      confidence: 'reported',
      sources: [],
    },
    {
      id: 'Q3',
      partnership: 'quillfeather-brambleworks',
      date: '2024-01-01',
      datePrecision: 'year',
      summary: 'Deal widened.',
      confidence: 'confirmed',
      sources: [],
    },
  ],
  facts: [
    {
      id: 'q-kettles',
      partnership: 'quillfeather-brambleworks',
      topic: 'kettle-supply',
      summary: 'Kettles only.',
      confidence: 'confirmed',
      since: 'Q1',
      until: 'Q3',
    },
    {
      id: 'q-kettles-wide',
      partnership: 'quillfeather-brambleworks',
      topic: 'kettle-supply',
      summary: 'Kettles and teapots.',
      confidence: 'confirmed',
      since: 'Q3',
      until: null,
    },
    {
      id: 'q-warrant',
      partnership: 'quillfeather-brambleworks',
      topic: 'warrant',
      summary: 'A warrant, per the press.',
      confidence: 'reported',
      since: 'Q2',
      until: null,
    },
    {
      id: 'q-wrong',
      partnership: 'quillfeather-brambleworks',
      topic: 'warrant',
      summary: 'Never happened.',
      confidence: 'wrong',
      since: null,
      until: null,
    },
  ],
} as unknown as Pick<FactBase, 'partnerships' | 'events' | 'facts'>;

describe('timeline of terms', () => {
  it('puts every event of the partnership on the axis, from the fact base in use', () => {
    const t = buildTimeline(FB, 'microsoft-openai', TODAY)!;
    const ids = FB.events.filter((e) => e.partnership === 'microsoft-openai').map((e) => e.id);
    expect(t.events.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(t.start).toBe(t.events[0].date);
    expect(t.end > TODAY).toBe(true);
  });

  it('draws each period from the event that began it to the one that ended it', () => {
    const t = buildTimeline(FB, 'microsoft-openai', TODAY)!;
    const cloud = t.lanes.find((l) => l.topic === 'cloud')!;
    expect(cloud.label).toBe('Cloud');
    for (const s of cloud.segments) {
      if (s.to) expect(s.to.date > s.from.date).toBe(true);
      expect(s.facts.length).toBeGreaterThan(0);
    }
    // Consecutive periods meet: one ends where the next begins.
    for (let i = 1; i < cloud.segments.length; i++) {
      expect(cloud.segments[i - 1].to?.id).toBe(cloud.segments[i].from.id);
    }
  });

  it('builds for any partnership and any topic, with dates as precise as the record', () => {
    const t = buildTimeline(FICTIONAL, 'quillfeather-brambleworks', TODAY)!;
    expect(t.partnership.name).toBe('Quillfeather–Brambleworks deal (fictional)');
    expect(t.lanes.map((l) => l.label)).toEqual(['Kettle supply', 'Warrant']);
    const [kettles, warrant] = t.lanes;
    expect(kettles.segments.map((s) => [s.from.when, s.to?.when ?? null, s.facts.map((f) => f.id)])).toEqual([
      ['2020-03', '2024', ['q-kettles']],
      ['2024', null, ['q-kettles-wide']],
    ]);
    // Wrong figures never held: they have no period.
    expect(warrant.segments.flatMap((s) => s.facts.map((f) => f.id))).toEqual(['q-warrant']);
    expect(buildTimeline(FICTIONAL, 'no-such-deal', TODAY)).toBeNull();
  });

  it('places dates along the span', () => {
    const t = { start: '2020-01-01', end: '2022-01-01' };
    expect(positionOf(t, '2020-01-01')).toBe(0);
    expect(positionOf(t, '2022-01-01')).toBe(100);
    expect(positionOf(t, '2021-01-01')).toBeCloseTo(50, 0);
    expect(positionOf(t, '2030-01-01')).toBe(100);
    expect(topicLabel('revenue-share')).toBe('Revenue share');
  });
});

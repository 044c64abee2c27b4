import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../components/TimelineView';
import type { FactBase } from '../../core/factbase/schema';
import { buildTimeline } from '../../core/report/timeline';
import { readTimelineHash, readTimelineTarget, timelineHash } from '../../utils/timeline-link';

/** Two made-up companies and their made-up deal: the timeline is built for any partnership the data names. */
const FICTIONAL = {
  partnerships: [
    { id: 'quillfeather-brambleworks', name: 'Quillfeather–Brambleworks deal (fictional)' },
    { id: 'other-fictional', name: 'Another fictional deal' },
  ],
  events: [
    {
      id: 'Q1',
      partnership: 'quillfeather-brambleworks',
      date: '2020-03-01',
      datePrecision: 'month',
      summary: 'Kettle deal signed.',
      confidence: 'confirmed',
      sources: [{ title: 'Signed', url: 'https://example.org/signed' }],
    },
    {
      id: 'Q2',
      partnership: 'quillfeather-brambleworks',
      date: '2024-01-01',
      datePrecision: 'year',
      summary: 'Deal widened.',
      confidence: 'reported',
      sources: [],
      sourceNote: 'Press only.',
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
      until: 'Q2',
    },
    {
      id: 'q-wide',
      partnership: 'quillfeather-brambleworks',
      topic: 'kettle-supply',
      summary: 'Kettles and teapots.',
      confidence: 'reported',
      since: 'Q2',
      until: null,
    },
  ],
} as unknown as Pick<FactBase, 'partnerships' | 'events' | 'facts'>;

function render(claim: Parameters<typeof TimelineView>[0]['claim']) {
  const timeline = buildTimeline(FICTIONAL, 'quillfeather-brambleworks', '2026-11-28')!;
  const html = renderToStaticMarkup(
    <TimelineView
      timeline={timeline}
      partnerships={FICTIONAL.partnerships}
      onPartnership={() => {}}
      claim={claim}
    />,
  );
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('TimelineView', () => {
  it('draws every event as a button with its words, a lane per topic, today, and a partnership picker', () => {
    const doc = render(null);
    const events = [...doc.querySelectorAll('.tl-event')];
    expect(events.map((b) => b.getAttribute('data-event'))).toEqual(['Q1', 'Q2']);
    expect(events[0].getAttribute('aria-label')).toBe('Q1, 2020-03: Kettle deal signed.');
    expect(events[1].getAttribute('data-confidence')).toBe('reported');
    const segments = [...doc.querySelectorAll('.tl-lane[data-topic="kettle-supply"] .tl-segment')];
    expect(segments.map((s) => [s.getAttribute('data-from'), s.getAttribute('data-to')])).toEqual([
      ['Q1', 'Q2'],
      ['Q2', ''],
    ]);
    expect(segments[1].hasAttribute('data-reported')).toBe(true);
    expect(segments[1].getAttribute('aria-label')).toBe(
      'Kettle supply, since 2024, reported only: Kettles and teapots.',
    );
    expect(doc.querySelector('.tl-today')?.textContent).toBe('Today');
    expect([...doc.querySelectorAll('select option')].map((o) => o.textContent)).toEqual([
      'Quillfeather–Brambleworks deal (fictional)',
      'Another fictional deal',
    ]);
  });

  it('places the claim the reader came from: its period outlined, its publication date marked', () => {
    const doc = render({
      topic: 'kettle-supply',
      factId: 'q-kettles',
      status: 'outdated',
      published: '2021-05-01',
    });
    expect(doc.querySelectorAll('.tl-segment[data-claim]')).toHaveLength(1);
    expect(doc.querySelector('.tl-segment[data-claim]')?.getAttribute('data-from')).toBe('Q1');
    expect(doc.querySelector('.tl-published')?.textContent).toContain('Article published 2021-05-01');
    expect(doc.querySelector('.tl-claim-note')?.textContent).toContain('Outdated claim about kettle supply');
    expect(doc.querySelector('.tl-claim-note q')?.textContent).toBe('Kettles only.');
  });
});

describe('timeline address', () => {
  it('carries ids, a status and a date, and reads back', () => {
    const hash = timelineHash({
      partnership: 'quillfeather-brambleworks',
      topic: 'kettle-supply',
      factId: 'q-kettles',
      status: 'outdated',
      published: '2021-05-01',
    });
    expect(hash.startsWith('#timeline?')).toBe(true);
    expect(readTimelineHash(hash)).toEqual({
      partnership: 'quillfeather-brambleworks',
      claim: { topic: 'kettle-supply', factId: 'q-kettles', status: 'outdated', published: '2021-05-01' },
    });
    expect(readTimelineHash('#other')).toBeNull();
    expect(readTimelineHash('#timeline?partnership=x&topic=t&status=bogus&published=soon')?.claim).toEqual({
      topic: 't',
      factId: null,
      status: null,
      published: null,
    });
  });

  it('takes from a content script only well-formed ids, a known status and a date', () => {
    const good = {
      partnership: 'a-b',
      topic: 'cloud',
      factId: 'f-1',
      status: 'outdated',
      published: '2023-02-14',
    };
    expect(readTimelineTarget(good)).toEqual(good);
    expect(readTimelineTarget({ ...good, factId: null, published: null })).toMatchObject({ factId: null });
    for (const bad of [
      null,
      'x',
      { ...good, partnership: '../evil' },
      { ...good, topic: 'a b' },
      { ...good, status: 'true' },
      { ...good, published: 'tomorrow' },
      { ...good, factId: 3 },
    ]) {
      expect(readTimelineTarget(bad)).toBeNull();
    }
  });
});

// A partnership's terms over time, for the timeline view: every dated event, and per topic a lane of periods
// from one event to the next with the facts that held in each. Read from the fact base in use (bundled or
// downloaded); nothing about any partnership is written here.
import { dateAt } from '../annotate/dates';
import type { Fact, FactBase, FactEvent } from '../factbase/schema';
import type { IsoDate, SourceRef } from '../types';
import { addDays } from '../iso-days';

export interface TimelineEvent {
  id: string;
  date: IsoDate;
  /** The date as precisely as the record knows it ("2021" for a year-only event). */
  when: string;
  summary: string;
  confidence: FactEvent['confidence'];
  sources: SourceRef[];
  sourceNote: string | null;
}

export interface TimelineSegment {
  /** The event the period began with, and the one it ended with (null: still holds). */
  from: TimelineEvent;
  to: TimelineEvent | null;
  facts: { id: string; summary: string; confidence: Fact['confidence'] }[];
}

export interface TimelineLane {
  topic: string;
  label: string;
  segments: TimelineSegment[];
}

export interface Timeline {
  partnership: { id: string; name: string };
  /** The span drawn: the first event to a little after the later of today and the last event. */
  start: IsoDate;
  end: IsoDate;
  today: IsoDate;
  events: TimelineEvent[];
  lanes: TimelineLane[];
}

/** Readers' names for the topics the fact base uses today; a topic added later reads as its own words. */
const TOPIC_LABEL: Record<string, string> = {
  cloud: 'Cloud',
  'api-exclusivity': 'API exclusivity',
  license: 'Licence',
  stake: 'Stake',
  'revenue-share': 'Revenue share',
  agi: 'AGI',
  investment: 'Money in',
  'compute-commitment': 'Compute commitment',
  board: 'Board',
  other: 'Other',
};

export function topicLabel(topic: string): string {
  const known = TOPIC_LABEL[topic];
  if (known) return known;
  const words = topic.replace(/[-_]+/g, ' ').trim();
  return words.length > 0 ? words[0].toUpperCase() + words.slice(1) : topic;
}

function toEvent(e: FactEvent): TimelineEvent {
  return {
    id: e.id,
    date: e.date,
    when: dateAt(e.date, e.datePrecision),
    summary: e.summary,
    confidence: e.confidence,
    sources: e.sources.map((s) => ({ title: s.title, url: s.url })),
    sourceNote: e.sourceNote ?? null,
  };
}

function lane(topic: string, facts: Fact[], events: Map<string, TimelineEvent>): TimelineLane {
  const dated = facts.filter((f) => f.confidence !== 'wrong' && f.since && events.has(f.since));
  const boundaries = new Map<string, TimelineEvent>();
  for (const f of dated) {
    for (const id of [f.since, f.until]) {
      const e = id ? events.get(id) : undefined;
      if (e) boundaries.set(e.id, e);
    }
  }
  const ordered = [...boundaries.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const segments: TimelineSegment[] = [];
  ordered.forEach((from, i) => {
    const to = ordered[i + 1] ?? null;
    const holding = dated.filter((f) => {
      const since = events.get(f.since ?? '');
      const until = f.until ? events.get(f.until) : undefined;
      return (
        since !== undefined && since.date <= from.date && (until === undefined || until.date > from.date)
      );
    });
    if (holding.length === 0) return;
    // What began at this event first: it is what the period is about (older terms may still hold beside it).
    holding.sort((a, b) => Number(b.since === from.id) - Number(a.since === from.id));
    segments.push({
      from,
      to,
      facts: holding.map((f) => ({ id: f.id, summary: f.summary, confidence: f.confidence })),
    });
  });
  return { topic, label: topicLabel(topic), segments };
}

export function buildTimeline(
  fb: Pick<FactBase, 'partnerships' | 'events' | 'facts'>,
  partnershipId: string,
  today: IsoDate,
): Timeline | null {
  const partnership = fb.partnerships.find((p) => p.id === partnershipId);
  if (!partnership) return null;
  const events = fb.events
    .filter((e) => e.partnership === partnershipId)
    .map(toEvent)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (events.length === 0) return null;
  const byId = new Map(events.map((e) => [e.id, e]));
  const topics: string[] = [];
  const factsOf = new Map<string, Fact[]>();
  for (const f of fb.facts) {
    if (f.partnership !== partnershipId) continue;
    if (!factsOf.has(f.topic)) {
      factsOf.set(f.topic, []);
      topics.push(f.topic);
    }
    factsOf.get(f.topic)?.push(f);
  }
  const known = Object.keys(TOPIC_LABEL);
  topics.sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia === -1 ? known.length : ia) - (ib === -1 ? known.length : ib) || a.localeCompare(b);
  });
  const lanes = topics.map((t) => lane(t, factsOf.get(t) ?? [], byId)).filter((l) => l.segments.length > 0);
  const last = events[events.length - 1].date;
  const latest = today > last ? today : last;
  return {
    partnership: { id: partnership.id, name: partnership.name },
    start: events[0].date,
    end: addDays(latest, 120),
    today,
    events,
    lanes,
  };
}

/** Where a date falls on the timeline, 0..100 (percent of its width). */
export function positionOf(t: Pick<Timeline, 'start' | 'end'>, date: IsoDate): number {
  const ms = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
  const span = ms(t.end) - ms(t.start);
  if (span <= 0) return 0;
  return Math.max(0, Math.min(100, ((ms(date) - ms(t.start)) / span) * 100));
}

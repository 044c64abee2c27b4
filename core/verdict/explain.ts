// The words a reader sees: one line per verdict, the amendment context and the primary source.
import type { Fact, FactEvent } from '../factbase/schema';
import type { AmendmentContext, SourceRef, Status } from '../types';
import type { CompiledFactBase } from './compile';
import type { Framing } from '../claims/time-frame';
import { eventDate } from './event-date';
import { factPeriod } from './status';

function sourceOf(event: FactEvent | undefined, fact?: Fact): SourceRef | null {
  const s = fact?.sources?.[0] ?? event?.sources[0];
  return s ? { title: s.title, url: s.url } : null;
}

function context(event: FactEvent | undefined): AmendmentContext | null {
  if (!event) return null;
  return { eventId: event.id, date: event.date, summary: event.summary, source: sourceOf(event) };
}

export interface Explained {
  explanation: string;
  amendment: AmendmentContext | null;
  source: SourceRef | null;
}

/** Explains a verdict that rests on a fact. `asOf` decides whether the fact's end has happened yet. */
export function explainFact(
  cfb: CompiledFactBase,
  fact: Fact,
  status: Status,
  framing: Framing,
  asOf: string,
  clashed: boolean,
  removal = false,
  forecastBy?: string,
): Explained {
  const { from, to } = factPeriod(fact, cfb.events);
  const ended = to !== null && to <= asOf;
  const since = fact.since ? cfb.events.get(fact.since) : undefined;
  const until = ended && fact.until ? cfb.events.get(fact.until) : undefined;
  const corrected = fact.correctedBy ? cfb.facts.get(fact.correctedBy) : undefined;
  const correctedEvent = corrected?.since ? cfb.events.get(corrected.since) : undefined;
  const replacement = currentReplacement(cfb, fact, asOf);
  const replacedBy = replacement?.since ? cfb.events.get(replacement.since) : undefined;

  if (removal && status === 'supported' && until) {
    return {
      explanation: `Correct: this term ended ${eventDate(until)}. ${until.summary}`,
      amendment: context(until),
      source: sourceOf(until),
    };
  }
  switch (status) {
    case 'supported': {
      const text =
        framing === 'past' && ended
          ? `Correct about the past: ${fact.summary} (true from ${eventDate(since)} until ${endDate(cfb, fact)})`
          : `Agrees with the record: ${fact.summary}`;
      return { explanation: text, amendment: context(until ?? since), source: sourceOf(since, fact) };
    }
    case 'outdated': {
      // "Is due to close by March 31, 2026", read after that day (core/verdict/status).
      if (!ended && forecastBy !== undefined && forecastBy < asOf)
        return {
          explanation: `Outdated since ${forecastBy}: told as still to come by then, and that day has passed. The record: ${fact.summary}`,
          amendment: context(since),
          source: sourceOf(since, fact),
        };
      // What holds now may come from a later amendment than the one that ended this fact.
      const now =
        replacement && replacedBy
          ? replacedBy.id === until?.id
            ? ` Now: ${replacement.summary}`
            : ` Now (since ${eventDate(replacedBy)}): ${replacement.summary}`
          : ` ${until?.summary ?? ''}`;
      const latest = latestChangeOfTopic(cfb, fact, asOf) ?? replacedBy ?? until;
      return {
        explanation: `Outdated since ${endDate(cfb, fact)}.${now}`,
        amendment: context(latest),
        source: sourceOf(latest),
      };
    }
    case 'contradicted': {
      const text = clashed ? `Contradicted by the record: ${fact.summary}` : `Contradicted: ${fact.summary}`;
      const event = fact.confidence === 'wrong' ? correctedEvent : since;
      const basis = fact.confidence === 'wrong' ? corrected : fact;
      return { explanation: text, amendment: context(event), source: sourceOf(event, basis) };
    }
    case 'unverified':
      return {
        explanation:
          from && from > asOf
            ? `Unverified at that date: the record has this only from ${eventDate(since)}: ${fact.summary}`
            : `Unverified: ${fact.summary}`,
        amendment: context(since),
        source: sourceOf(since, fact),
      };
  }
}

/**
 * What replaced `fact` and holds at `asOf`: the nearest generation of `supersededBy` that has such a fact,
 * and within it the newest.
 */
export function currentReplacement(cfb: CompiledFactBase, fact: Fact, asOf: string): Fact | null {
  const seen = new Set<string>([fact.id]);
  let generation = fact.supersededBy;
  while (generation.length) {
    let best: { fact: Fact; from: string } | null = null;
    const next: string[] = [];
    for (const id of generation) {
      const f = cfb.facts.get(id);
      if (!f || seen.has(id)) continue;
      seen.add(id);
      next.push(...f.supersededBy);
      const { from, to } = factPeriod(f, cfb.events);
      if (from !== null && from <= asOf && (to === null || to > asOf) && (!best || from > best.from)) {
        best = { fact: f, from };
      }
    }
    if (best) return best.fact;
    generation = next;
  }
  return null;
}

/** The newest event, up to `asOf`, that began or ended a fact of the same partnership and topic. */
export function latestChangeOfTopic(cfb: CompiledFactBase, fact: Fact, asOf: string): FactEvent | undefined {
  let latest: FactEvent | undefined;
  for (const e of changesOfTopic(cfb, fact.partnership, fact.topic)) {
    if (e.date <= asOf && (!latest || e.date > latest.date)) latest = e;
  }
  return latest;
}

/** Events that began or ended a confirmed fact, by partnership and topic: indexed once per fact base. */
const changesByTopic = new WeakMap<CompiledFactBase, Map<string, FactEvent[]>>();

function changesOfTopic(cfb: CompiledFactBase, partnership: string, topic: string): readonly FactEvent[] {
  let index = changesByTopic.get(cfb);
  if (!index) {
    index = new Map();
    for (const f of cfb.facts.values()) {
      if (f.confidence !== 'confirmed') continue;
      const key = `${f.partnership}\u0000${f.topic}`;
      const list = index.get(key) ?? [];
      for (const id of [f.since, f.until]) {
        const e = id ? cfb.events.get(id) : undefined;
        if (e) list.push(e);
      }
      index.set(key, list);
    }
    changesByTopic.set(cfb, index);
  }
  return index.get(`${partnership}\u0000${topic}`) ?? [];
}

/** The day a fact ended: its own end day when the record gives one, else its `until` event's date. */
function endDate(cfb: CompiledFactBase, fact: Fact): string {
  return fact.endedOn ?? eventDate(cfb.events.get(fact.until ?? ''));
}

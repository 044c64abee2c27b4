// The words a reader sees: one line per verdict, the amendment context and the primary source.
import type { Fact, FactEvent } from '../factbase/schema';
import type { AmendmentContext, SourceRef, Status } from '../types';
import type { CompiledFactBase } from './compile';
import type { Framing } from '../claims/time-frame';
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
): Explained {
  const { from, to } = factPeriod(fact, cfb.events);
  const ended = to !== null && to <= asOf;
  const since = fact.since ? cfb.events.get(fact.since) : undefined;
  const until = ended && fact.until ? cfb.events.get(fact.until) : undefined;
  const corrected = fact.correctedBy ? cfb.facts.get(fact.correctedBy) : undefined;
  const correctedEvent = corrected?.since ? cfb.events.get(corrected.since) : undefined;
  const replacement = fact.supersededBy.map((id) => cfb.facts.get(id)).find(Boolean);

  switch (status) {
    case 'supported': {
      const text =
        framing === 'past' && ended
          ? `Correct about the past: ${fact.summary} (${from} → ${to})`
          : `Agrees with the record: ${fact.summary}`;
      return { explanation: text, amendment: context(until ?? since), source: sourceOf(since, fact) };
    }
    case 'outdated':
      return {
        explanation: `Outdated since ${to}: ${replacement ? replacement.summary : until?.summary}`,
        amendment: context(until),
        source: sourceOf(until),
      };
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
            ? `Unverified at that date: the record has this only from ${from}: ${fact.summary}`
            : `Unverified: ${fact.summary}`,
        amendment: context(since),
        source: sourceOf(since, fact),
      };
  }
}

// Which time a statement points at: the past ("was", "once", "until recently", "in July 2019") or
// the present ("is", "remains", "now", "will"). The marker nearest before the assertion, in its own
// clause first, decides; a statement with no marker is read as present.
import type { Span } from '../types';

export type Framing = 'past' | 'present';

interface Marker {
  at: number;
  framing: Framing;
}

// "Once" is past only as an adverb ("once the sole provider"), not as a conjunction ("once OpenAI declares").
const PAST =
  /\b(once(?= (?:the|a|an|its|their|his|her|[a-z]+ly)\b)|previously|formerly|originally|initially|at first|until recently|used to|had been|had|was|were|back then|at the time|at that time|gave|granted|made|took|assumed|began|signed|agreed|became|secured|changed|struck|backed|invested|poured|held|got|received|last (month|year|week)|years? ago|earlier|in the past|in (January|February|March|April|May|June|July|August|September|October|November|December)|in (19|20)\d\d|(January|February|March|April|May|June|July|August|September|October|November|December),? (19|20)\d\d)\b/gi;
const PRESENT =
  /\b(is|are|remains?|still|now|currently|continues?|holds|retains|keeps|has|have|serves|will|stays?|gets|maintains|owns|being|holding|today|prevents|secures|gains|runs|hosts|takes|provides|enjoys|no longer|going forward|anymore)\b/gi;
/** "has granted", "have invested": present perfect, a present statement. */
const PERFECT_BEFORE = /\b(has|have|'s)\s+(\w+\s+)?$/i;

export function timeMarkers(folded: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of folded.matchAll(PAST)) {
    const at = m.index ?? 0;
    const perfect = PERFECT_BEFORE.test(folded.slice(Math.max(0, at - 20), at));
    markers.push({ at, framing: perfect && !/^(had|was|were)/i.test(m[0]) ? 'present' : 'past' });
  }
  for (const m of folded.matchAll(PRESENT)) markers.push({ at: m.index ?? 0, framing: 'present' });
  return markers.sort((a, b) => a.at - b.at);
}

export function framingAt(markers: Marker[], clause: Span, position: number): Framing {
  const inClause = markers.filter((m) => m.at >= clause.start && m.at < clause.end);
  const before = inClause.filter((m) => m.at <= position);
  if (before.length) return before[before.length - 1].framing;
  const after = inClause.find((m) => m.at > position && m.at - position < 80);
  if (after) return after.framing;
  const earlier = markers.filter((m) => m.at < clause.start);
  if (earlier.length) return earlier[earlier.length - 1].framing;
  const later = markers.find((m) => m.at >= clause.end);
  return later ? later.framing : 'present';
}

// A sentence that tells of two deals, one after the other ("X is the lab's primary cloud, while Y sells its
// models"; a roundup's "A pays B; C backs D"): each part is judged as a sentence of its own, so that one deal's
// facts never judge the words about the other, and each deal's claim is found.
import type { Span } from '../types';
import { allMatches } from '../claims/all-matches';
import { sidesNamed } from '../claims/parties';
import type { CompiledPartnership } from './compile';

/** Where a sentence may turn to another deal: a semicolon, a contrast, or "and" before a capitalised name. */
const TURN = /;\s+|,?\s+(?:while|whereas|but)\s+|,\s+(?:and|as)\s+(?=[A-Z])/g;

/**
 * The parts of a sentence that each speak of another deal, or null when it speaks of one. A piece after a turn
 * starts a part of its own when it names both sides of a deal by itself, and what came before names both sides
 * of other deals only ("A has put $8 billion into B, while C …"); otherwise it goes on the part before ("…, while
 * the e-commerce giant doubled its stake").
 */
export function dealParts(folded: string, partnerships: readonly CompiledPartnership[]): Span[] | null {
  const turns = allMatches(TURN, folded);
  if (turns.length === 0) return null;
  const cuts = [0, ...turns.map((m) => m.index ?? 0), folded.length];
  const parts: Span[] = [];
  // The parties the current part names.
  let named = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const ids = partiesNamed(folded.slice(cuts[i], cuts[i + 1]), partnerships);
    const before = wholeDeals(named, partnerships);
    const own = wholeDeals(ids, partnerships);
    if (before.length > 0 && own.length > 0 && own.every((d) => !before.includes(d))) {
      parts.push({ start: cuts[i], end: cuts[i + 1] });
      named = new Set(ids);
      continue;
    }
    for (const id of ids) named.add(id);
    if (parts.length === 0) parts.push({ start: 0, end: cuts[i + 1] });
    else parts[parts.length - 1].end = cuts[i + 1];
  }
  return parts.length > 1 ? parts.map((p) => trimTurn(folded, p)) : null;
}

/** The deals both of whose sides are among the parties named. */
function wholeDeals(named: ReadonlySet<string>, partnerships: readonly CompiledPartnership[]) {
  return partnerships.filter(
    (p) =>
      sidesNamed(
        p.partnership,
        p.partnership.parties.map((q) => named.has(q.id)),
      ) >= 2,
  );
}

/** The ids of the parties a piece of text names, by name, alias or product. */
function partiesNamed(piece: string, partnerships: readonly CompiledPartnership[]): Set<string> {
  const ids = new Set<string>();
  for (const p of partnerships) {
    p.parties.party.forEach((re, i) => {
      const id = p.partnership.parties[i].id;
      if (!ids.has(id) && re.test(piece)) ids.add(id);
    });
  }
  return ids;
}

/** A part without the turn that opens it ("; ", ", while "): it reads as a sentence from its first word. */
function trimTurn(folded: string, part: Span): Span {
  const head = /^(?:;\s+|,?\s+(?:while|whereas|but)\s+|,\s+(?:and|as)\s+)/.exec(
    folded.slice(part.start, part.end),
  );
  return { start: part.start + (head ? head[0].length : 0), end: part.end };
}

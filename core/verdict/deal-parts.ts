// A sentence that tells of two deals, one after the other ("X is the lab's primary cloud, while Y sells its
// models"; a roundup's "A pays B; C backs D"): each part is judged as a sentence of its own, so that one deal's
// facts never judge the words about the other, and each deal's claim is found.
import type { Span } from '../types';
import { allMatches } from '../claims/all-matches';
import { sidesNamed } from '../claims/parties';
import type { CompiledPartnership } from './compile';

/**
 * Where a sentence may turn to another deal: a semicolon, a contrast, "and" before a capitalised name, or a reason
 * told of another company (", since C also …"; not ", since January").
 */
const TURN =
  /;\s+|,?\s+(?:while|whereas|but|though|although)\s+|,?\s+(?:and|as)\s+(?=[A-Z])|,\s+since\s+(?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\b)/g;

/**
 * The parts of a sentence that each speak of another deal, or null when it speaks of one. A piece after a turn
 * starts a part of its own when it names both sides of a deal by itself, and what came before names both sides
 * of other deals only ("A has put $8 billion into B, while C …"); otherwise it goes on the part before ("…, while
 * the e-commerce giant doubled its stake").
 */
export function dealParts(
  folded: string,
  partnerships: readonly CompiledPartnership[],
  /** The deal a sentence opening on a term's noun ("The deal …", "The stake …") speaks of, else null. */
  termDeal: CompiledPartnership | null = null,
): Span[] | null {
  const told = toldThenTurned(folded, partnerships, termDeal);
  if (told) return told;
  const turns = allMatches(TURN, folded);
  if (turns.length === 0) return null;
  const beside = besideAnother(folded, turns, partnerships);
  if (beside) return beside;
  // Most sentences with a turn tell of one deal at most: one look at the whole sentence settles them, before any
  // piece is looked at.
  if (wholeDeals(partiesNamed(folded, partnerships), partnerships).length < 2) return null;
  // Each piece runs from the end of a turn (its first word) to the next turn.
  const starts = [0, ...turns.map((m) => (m.index ?? 0) + m[0].length)];
  const ends = [...turns.map((m) => m.index ?? 0), folded.length];
  const parts: Span[] = [{ start: 0, end: ends[0] }];
  // The parties the current part names, and the deals it names both sides of.
  let named = partiesNamed(folded.slice(0, ends[0]), partnerships);
  let whole = wholeDeals(named, partnerships);
  for (let i = 1; i < starts.length; i++) {
    const ids = partiesNamed(folded.slice(starts[i], ends[i]), partnerships);
    const own = wholeDeals(ids, partnerships);
    if (whole.length > 0 && own.length > 0 && own.some((d) => !whole.includes(d))) {
      parts.push({ start: starts[i], end: ends[i] });
      named = ids;
    } else {
      parts[parts.length - 1].end = ends[i];
      for (const id of ids) named.add(id);
    }
    whole = wholeDeals(named, partnerships);
  }
  return parts.length > 1 ? parts : null;
}

/** A piece that opens on another company doing the same: "SoftBank is also …", "Foxconn, too, will …". */
const ANOTHER_ALSO =
  /^(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}(?:,\s*too,|\s+(?:is|are|was|were|has|have|had|will|would)?\s*(?:also|too)\b)/;

/**
 * "B is putting in $30 billion, and C is also contributing $30 billion": after a piece that names a party, a piece
 * that opens on a company of no deal here doing the same is a part of its own (C's money is not B's, nor any term
 * of B's deal); null when there is none.
 */
function besideAnother(
  folded: string,
  turns: readonly RegExpMatchArray[],
  partnerships: readonly CompiledPartnership[],
): Span[] | null {
  for (const turn of turns) {
    const end = turn.index ?? 0;
    const rest = end + turn[0].length;
    const piece = folded.slice(rest);
    if (!ANOTHER_ALSO.test(piece)) continue;
    if (partiesNamed(piece.slice(0, 40), partnerships).size > 0) continue;
    if (partiesNamed(folded.slice(0, end), partnerships).size === 0) return null;
    return [
      { start: 0, end },
      { start: rest, end: folded.length },
    ];
  }
  return null;
}

/** Where a term told by its noun turns to what else is so: a semicolon, a colon, a contrast. */
const FIRST_TURN = /[;:]\s+|,?\s+(?:while|whereas|but)\s+/;

/**
 * "The deal is not exclusive; C remains B's preferred partner": a sentence led by a term's noun whose first piece
 * names no one speaks there of the deal the page is on, and turns to another deal that the rest names both sides
 * of (not to more of the same deal). So does one whose first piece names one side of a deal only ("The D
 * arrangement is not exclusive: C remains B's preferred partner"), when the deal the rest turns to is not D's.
 * Its two pieces are two parts; null when it is not such a sentence.
 */
function toldThenTurned(
  folded: string,
  partnerships: readonly CompiledPartnership[],
  termDeal: CompiledPartnership | null,
): Span[] | null {
  const turn = FIRST_TURN.exec(folded);
  if (!turn) return null;
  const end = turn.index;
  const rest = end + turn[0].length;
  const first = partiesNamed(folded.slice(0, end), partnerships);
  if (termDeal !== null ? first.size > 0 : first.size === 0 || wholeDeals(first, partnerships).length > 0)
    return null;
  const turnedTo = wholeDeals(partiesNamed(folded.slice(rest), partnerships), partnerships);
  if (turnedTo.length === 0 || (termDeal !== null && turnedTo.includes(termDeal))) return null;
  if (turnedTo.some((d) => d.partnership.parties.some((q) => first.has(q.id)))) return null;
  return [
    { start: 0, end },
    { start: rest, end: folded.length },
  ];
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

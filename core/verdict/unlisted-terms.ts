// Terms a sentence says a deal has that the record may not list: a part the deal is said to include, a board
// seat. Such a sentence is a claim, judged unverified where no fact settles it.
import type { SentenceReading } from '../claims/sentence-reading';

/** The deal's own word right before a word of including: the sentence says what the deal is made of. */
export function dealIncludes(reading: SentenceReading): boolean {
  const includes = reading.spans('includes');
  if (includes.length === 0) return false;
  return reading
    .spans('partnership')
    .some((p) => includes.some((i) => i.start >= p.end && i.start - p.end <= INCLUDES_REACH));
}

/** How far after the deal's word its word of including may start ("the partnership will also include"). */
const INCLUDES_REACH = 20;

/** Board words beside a word of holding or getting: a claim that a party has a seat. */
export function seatClaim(reading: SentenceReading): boolean {
  const board = reading.spans('board');
  if (board.length === 0) return false;
  const having = [...reading.spans('hold'), ...reading.spans('take-in')];
  return board.some((b) => having.some((h) => Math.abs(h.start - b.start) <= SEAT_REACH));
}

/** How far apart the board word and the holding word may stand ("holds a non-voting seat on the board"). */
const SEAT_REACH = 40;

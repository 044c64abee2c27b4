// Which deals a page and a sentence are about, when the sentence does not name both sides itself: a page that
// names one party only, a page about one deal alone, and the clause that names a deal.
import { clausesCovering } from '../claims/clauses';
import type { SentenceReading } from '../claims/sentence-reading';
import type { CompiledPartnership } from './compile';
import type { Span } from '../types';
import type { FactMatch } from './match-facts';

/** How much a page that names one party only is about each of that party's deals: less than any page naming two. */
export const ONE_PARTY_PAGE = 0.1;

/** The one partnership a page names every party of, when it names all the parties of no other. */
export function soleDealOf(about: ReadonlyMap<CompiledPartnership, number>): CompiledPartnership | null {
  let sole: CompiledPartnership | null = null;
  for (const [p, weight] of about) {
    if (weight < 1) continue;
    if (sole) return null;
    sole = p;
  }
  return sole;
}

/**
 * The deal a page is about above all: the one it names every party of, when it names all the parties of no other;
 * else, on a page about several deals, the one its headline (or address) names every party of, and no other.
 * `headline` is what the headline and address alone are about.
 */
export function leadDealOf(
  about: ReadonlyMap<CompiledPartnership, number>,
  headline: ReadonlyMap<CompiledPartnership, number>,
): CompiledPartnership | null {
  const sole = soleDealOf(about);
  if (sole !== null) return sole;
  const lead = soleDealOf(headline);
  return lead !== null && about.has(lead) ? lead : null;
}

/**
 * On a page about several deals, the deal the text just before a sentence names every party of, and no other (a
 * roundup's item, an interviewer's question before its answer): a sentence that names no one, or one side, goes
 * on about it rather than the headline's. `near` is what that text is about (its paragraph up to the sentence and
 * the paragraph before).
 */
export function nearbyDealOf(
  about: ReadonlyMap<CompiledPartnership, number>,
  near: ReadonlyMap<CompiledPartnership, number>,
): CompiledPartnership | null {
  if (about.size < 2) return null;
  const deal = soleDealOf(near);
  return deal !== null && about.has(deal) ? deal : null;
}

/** The text before a sentence that nearbyDealOf reads: its block up to it, and the block before. */
export function textBeforeIn(blocks: readonly Span[], span: Span): Span | null {
  let lo = 0;
  let hi = blocks.length - 1;
  // The last block that starts at or before the sentence.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= span.start) lo = mid;
    else hi = mid - 1;
  }
  if (blocks.length === 0 || blocks[lo].start > span.start) return null;
  const from = lo > 0 ? blocks[lo - 1].start : blocks[lo].start;
  return from < span.start ? { start: from, end: span.start } : null;
}

/** How many opening paragraphs may name the deal a sentence led by a term's noun goes on about. */
export const OPENING_BLOCKS = 3;

/**
 * On a page whose headline names no one deal, the deal the first opening paragraph names every party of, and no
 * other ("A to back B, a month after C's deal" over a lede that names A and B only). Only a sentence led by a
 * term's noun or a pronoun ("The investment is a convertible note") takes it.
 */
export function openingDealOf(
  about: ReadonlyMap<CompiledPartnership, number>,
  openings: ReadonlyArray<ReadonlyMap<CompiledPartnership, number>>,
): CompiledPartnership | null {
  for (const told of openings) {
    const deal = soleDealOf(told);
    if (deal !== null) return about.has(deal) ? deal : null;
  }
  return null;
}

/**
 * A match that says more than a party's name: a figure that agrees or clashes, a qualifier beside the relation,
 * or a party the frame asks for, on a fact the parties stated or one that is wrong. Only such matches lend a
 * one-party page's sentence to a deal.
 */
export function specific(m: FactMatch): boolean {
  const { frame } = m.frame;
  // A press report is too faint a lead on such a page: the claim would only ever be unverified.
  if (m.fact.confidence === 'reported') return false;
  return m.agreedKinds.length > 0 || m.clash !== null || frame.with.length > 0 || frame.names.length > 0;
}

/** How many of the candidate's parties the clauses holding a deal word name. */
export function partiesBesideDealWord(reading: SentenceReading, partnership: CompiledPartnership): number {
  const clauses = reading
    .spans('partnership')
    .map((p) => clausesCovering(reading.clauses, p.start, p.end))
    .map((cl) => reading.folded.slice(cl.start, cl.end));
  return partnership.parties.party.filter((re) => clauses.some((text) => re.test(text))).length;
}

// Which deals a page and a sentence are about, when the sentence does not name both sides itself: a page that
// names one party only, a page about one deal alone, and the clause that names a deal.
import { clausesCovering } from '../claims/clauses';
import { countNamed, type PartyPresence } from '../claims/parties';
import type { SentenceReading } from '../claims/sentence-reading';
import type { CompiledPartnership } from './compile';
import type { FactMatch } from './match-facts';

/** How much a page that names one party only is about each of that party's deals: less than any page naming two. */
export const ONE_PARTY_PAGE = 0.1;

/**
 * How much a page is about each partnership, from the parties it names (gathered in one pass or piece by piece, as
 * the page scan reads a long page in windows): a partnership is about the page when at least two of its parties
 * are named; or, faintly, when one is and the page covers no deal of that party in full (an excerpt or a brief that
 * takes the other side as known).
 */
export function aboutFromPresence(
  presence: ReadonlyMap<CompiledPartnership, PartyPresence>,
): Map<CompiledPartnership, number> {
  const about = new Map<CompiledPartnership, number>();
  for (const [p, seen] of presence) {
    const named = countNamed(seen);
    if (named >= 2) about.set(p, named / p.partnership.parties.length);
  }
  const covered = new Set([...about.keys()].flatMap((p) => p.partnership.parties.map((party) => party.id)));
  for (const [p, seen] of presence) {
    if (about.has(p) || countNamed(seen) !== 1) continue;
    const party = p.partnership.parties[seen.indexOf(true)].id;
    if (!covered.has(party)) about.set(p, ONE_PARTY_PAGE);
  }
  return about;
}

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
  const lead = soleDealOf(headline) ?? onlyDealOf(headline);
  return lead !== null && about.has(lead) ? lead : null;
}

/**
 * The one deal a headline names two or more sides of, though not all (a model "comes to" a cloud: two of a
 * three-way deal's sides), when it names two sides of no other.
 */
function onlyDealOf(told: ReadonlyMap<CompiledPartnership, number>): CompiledPartnership | null {
  const named = [...told].filter(([, weight]) => weight > ONE_PARTY_PAGE);
  return named.length === 1 ? named[0][0] : null;
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

// The deal the text just before a sentence is about, on a page about several deals: a roundup's item goes on
// about the deal its opening names, an interviewer's answer about the deal the question named. The parties each
// block names are read once per block, and only for a sentence that needs them (one that names no side of the
// headline's deal), so a long page does not read its blocks again for every sentence.
import { namesIn } from '../claims/parties';
import { foldTypography } from '../claims/text-fold';
import { lastStartingAt } from '../page/span-search';
import type { Span } from '../types';
import type { CompiledFactBase, CompiledPartnership } from './compile';
import { aboutFromPresence, soleDealOf } from './page-deals';

/** The deal near a sentence, asked for when the sentence needs it. */
export type NearbyDeal = () => CompiledPartnership | null;

type Names = (re: RegExp) => boolean;

/**
 * For each sentence, the deal the text before it names every party of, and no other: its paragraph up to it, else
 * that and the paragraph before. None on a page about one deal, and none where that text names a side of the
 * headline's deal (`lead`) too, which may then be what goes on. `blockText` gives a block's text.
 */
export function nearbyDeals(
  cfb: CompiledFactBase,
  about: ReadonlyMap<CompiledPartnership, number>,
  lead: CompiledPartnership | null,
  blocks: readonly Span[],
  blockText: (block: Span) => string,
): (span: Span) => NearbyDeal | null {
  if (about.size < 2) return () => null;
  const namesOfBlock = new Map<number, Names>();
  const blockNames = (i: number): Names => {
    let names = namesOfBlock.get(i);
    if (names === undefined) {
      names = namesIn(foldTypography(blockText(blocks[i])));
      namesOfBlock.set(i, names);
    }
    return names;
  };
  return (span) => {
    const i = lastStartingAt(blocks, span.start);
    if (i < 0) return null;
    return () => {
      const block = blocks[i];
      const before = i > 0 ? blockNames(i - 1) : null;
      const own = blockNames(i);
      // The sentence's own block up to it, read only for names its whole block holds.
      let upTo: Names | null = null;
      const ownBefore: Names = (re) => {
        if (!own(re) || span.start <= block.start) return false;
        upTo ??= namesIn(foldTypography(blockText(block).slice(0, span.start - block.start)));
        return upTo(re);
      };
      const names: Names = (re) => (before?.(re) ?? false) || ownBefore(re);
      if (lead?.parties.party.some(names)) return null;
      const dealNamedBy = (told: Names) =>
        nearbyDealOf(
          about,
          aboutFromPresence(new Map(cfb.partnerships.map((p) => [p, p.parties.context.map(told)]))),
        );
      // The nearest text first: its own paragraph up to it, where that names one deal whole ("How much has C
      // invested? C has committed $2 billion to B. Its shares …"), else with the paragraph before.
      return (span.start > block.start ? dealNamedBy(ownBefore) : null) ?? dealNamedBy(names);
    };
  };
}

/**
 * The deal `near` (what the text before a sentence is about) names every party of, and no other, when the page is
 * about it (nearbyDeals asks only on a page about several deals).
 */
export function nearbyDealOf(
  about: ReadonlyMap<CompiledPartnership, number>,
  near: ReadonlyMap<CompiledPartnership, number>,
): CompiledPartnership | null {
  const deal = soleDealOf(near);
  return deal !== null && about.has(deal) ? deal : null;
}

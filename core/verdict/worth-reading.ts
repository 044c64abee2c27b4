// The cheap first look, with the fact base's say: a block or sentence is worth reading when it has a claim word,
// or puts work on a product that a claim may rest on alone ("the lab will run its models on <a cloud>", "customers
// reach the models through <a platform>"). The products are data (the lexicon class below), so the engine itself
// names none.
import { anyClaimWord } from '../claims/claim-words';
import { classSpans } from '../claims/lexicon/lexicon';
import type { CompiledFactBase } from './compile';

/** How far after "run … on" the product may be named: a maker's name fits between. */
const ON_REACH = 20;

/** The lexicon class of names that make a sentence worth reading on their own. */
export const READ_NAMES = 'read-names';

/** The lexicon class of joint ventures' names: a sentence about one ("<it> was unveiled on …") is worth reading. */
export const VENTURES = 'venture';

export function worthReading(text: string, cfb: CompiledFactBase | null): boolean {
  if (anyClaimWord().test(text)) return true;
  const ventures = cfb?.lexicon.get(VENTURES);
  if (ventures !== undefined && classSpans(ventures, text).length > 0) return true;
  const names = cfb?.lexicon.get(READ_NAMES);
  const named = names === undefined ? [] : classSpans(names, text);
  if (named.length === 0) return false;
  // The work is put on the product itself ("run its models on <it>", "on its maker's <it>", "tied to <it>", "on
  // future generations of <it>"), not merely beside it.
  return ['runs-on', 'exclusive', 'reached-on', 'next-chips'].some((id) => {
    const words = cfb?.lexicon.get(id);
    return (
      words !== undefined &&
      classSpans(words, text).some((r) => named.some((n) => n.start >= r.end && n.start - r.end <= ON_REACH))
    );
  });
}

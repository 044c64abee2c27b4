// The parts core/verdict/deal-parts cuts a sentence into, as their texts, with the bundled fact base's deals: what
// the engine tests of sentences that tell of two deals share.
import { bundledFactBase } from '../../core/factbase/bundled';
import { compileFactBase } from '../../core/verdict/compile';
import { dealParts } from '../../core/verdict/deal-parts';

const partnerships = compileFactBase(bundledFactBase()).partnerships;

/** The texts of the sentence's parts, or null when it is one; `termDeal` is the id of the deal a term's noun leads. */
export function partsOf(sentence: string, termDeal: string | null = null): string[] | null {
  const deal = termDeal === null ? null : (partnerships.find((p) => p.partnership.id === termDeal) ?? null);
  return dealParts(sentence, partnerships, deal)?.map((p) => sentence.slice(p.start, p.end)) ?? null;
}

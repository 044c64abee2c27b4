// Other companies in a sentence that names only one party. "X's exclusive deal with another lab" or "another
// company's stake in X" are about another deal, and the sentence is left alone; "X can now serve its products
// from a rival's data centres" is a claim about this partnership, with the rival named only as a place to run
// on, and the rival then counts as another provider.
import { nameStarts } from '../claims/parties';
import type { SentenceReading } from '../claims/sentence-reading';
import { mayOccur } from '../claims/word-starts';
import type { Span } from '../types';
import type { CompiledPartnership } from './compile';

/** How far after a company's name a cloud word may start for the company to count as a place to run on. */
const PROVIDER_REACH = 16;

export interface OtherCompanies {
  /** Some other company is named as a party to something: the sentence is about another deal. */
  otherDeal: boolean;
  /** Other companies named as places to run on ("a rival's data centres"). */
  asProviders: Span[];
}

export function otherCompaniesIn(r: SentenceReading, partnership: CompiledPartnership): OtherCompanies {
  const asProviders: Span[] = [];
  if (!partnership.others || !mayOccur(r.starts, nameStarts(partnership.others)))
    return { otherDeal: false, asProviders };
  const others = new RegExp(partnership.others.source, 'g');
  const cloud = r.spans('cloud');
  for (const m of r.folded.matchAll(others)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!cloud.some((s) => s.start >= end && s.start - end <= PROVIDER_REACH))
      return { otherDeal: true, asProviders: [] };
    asProviders.push({ start, end });
  }
  return { otherDeal: false, asProviders };
}

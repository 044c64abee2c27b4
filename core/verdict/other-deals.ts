// Whether a sentence that names only one party is about another company's deal. "X's exclusive deal with
// another lab" or "another company's stake in X" are not claims about this partnership; "X can now serve its
// products from a rival's data centres" is one, because the rival is named only as a place to run on.
import type { SentenceReading } from '../claims/sentence-reading';
import type { CompiledPartnership } from './compile';

/** How far after a company's name a cloud word may start for the company to count as a place to run on. */
const PROVIDER_REACH = 16;

export function otherDealsIn(r: SentenceReading, partnership: CompiledPartnership): boolean {
  if (!partnership.others) return false;
  const others = new RegExp(partnership.others.source, 'g');
  const cloud = r.spans('cloud');
  for (const m of r.folded.matchAll(others)) {
    const end = (m.index ?? 0) + m[0].length;
    const asProvider = cloud.some((s) => s.start >= end && s.start - end <= PROVIDER_REACH);
    if (!asProvider) return true;
  }
  return false;
}

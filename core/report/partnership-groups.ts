// The page's claims by partnership (a page may discuss several deals), each with its name from the fact base.
import type { Status } from '../types';
import { type StatusCounts, countByStatus, needsAttention } from './page-report';

export interface PartnershipGroup<C> {
  /** The partnership's id; null for claims that name none. */
  id: string | null;
  name: string;
  claims: C[];
  counts: StatusCounts;
  attention: number;
}

/** Groups in order of first appearance on the page; claims keep their order. */
export function groupByPartnership<C extends { partnership: string | null; status: Status }>(
  claims: readonly C[],
  factBase: { partnerships: readonly { id: string; name: string }[] },
): PartnershipGroup<C>[] {
  const groups = new Map<string | null, C[]>();
  for (const c of claims) {
    const list = groups.get(c.partnership);
    if (list) list.push(c);
    else groups.set(c.partnership, [c]);
  }
  return [...groups].map(([id, list]) => ({
    id,
    name:
      (id && factBase.partnerships.find((p) => p.id === id)?.name) ??
      (id ? id : 'Claims that name no partnership'),
    claims: list,
    counts: countByStatus(list),
    attention: needsAttention(list),
  }));
}

// Finding the piece of a page (a block, a chunk) that holds an offset, among pieces kept in order of their starts.

/** The index of the last of `items` (in order of their starts) that starts at or before `at`, or -1. */
export function lastStartingAt<T extends { start: number }>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// Groups a stream into batches for the worker pool: one message per batch instead of one per page, so the
// cost of passing work between threads is paid a few times per hundred pages, not for each.

export interface BatchLimits {
  /** Most items in a batch. */
  size: number;
  /** A batch closes once its items weigh this many bytes (a few large pages travel alone). */
  maxBytes: number;
}

export async function* batches<T>(
  items: AsyncIterable<T>,
  weight: (item: T) => number,
  limits: BatchLimits,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let bytes = 0;
  for await (const item of items) {
    batch.push(item);
    bytes += weight(item);
    if (batch.length >= limits.size || bytes >= limits.maxBytes) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

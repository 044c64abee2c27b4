// Long work split into slices so the page stays responsive: no task of ours should come near 50 ms.

/** Yields to the event loop: `scheduler.yield()` where the browser has it, else a fresh macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    // Unlike setTimeout(0), not clamped to 4 ms after a few nested calls.
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** Longest run between two yields, in ms. */
  sliceMs?: number;
  /** Stops between items when aborted. */
  signal?: AbortSignal;
  now?: () => number;
  yield?: () => Promise<void>;
}

/**
 * Calls `fn` on every item, yielding whenever a slice has run `sliceMs`, and `after` at the end of each
 * slice (before yielding). Resolves false when aborted before the end.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  opts: SliceOptions & { afterSlice?: () => void } = {},
): Promise<boolean> {
  const sliceMs = opts.sliceMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.yield ?? yieldToMain;
  let sliceStart = now();
  for (let i = 0; i < items.length; i++) {
    if (opts.signal?.aborted) return false;
    fn(items[i], i);
    if (i + 1 < items.length && now() - sliceStart >= sliceMs) {
      opts.afterSlice?.();
      await pause();
      sliceStart = now();
    }
  }
  opts.afterSlice?.();
  return !opts.signal?.aborted;
}

// Long work split into slices so the page stays responsive: no task of ours should come near 50 ms.
import type { Steps } from '../page/dom';

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

/**
 * One clock for many pieces of stepwise work (core/page/dom `Steps`): whatever runs under it yields to the
 * page once the current slice has run `sliceMs`, so a loop of many small pieces is sliced as well as one
 * huge piece is.
 */
export class Slicer {
  private readonly sliceMs: number;
  private readonly now: () => number;
  private readonly pause: () => Promise<void>;
  private readonly signal?: AbortSignal;
  private sliceStart: number;

  constructor(opts: SliceOptions = {}) {
    this.sliceMs = opts.sliceMs ?? 8;
    this.now = opts.now ?? (() => performance.now());
    this.pause = opts.yield ?? yieldToMain;
    this.signal = opts.signal;
    this.sliceStart = this.now();
  }

  get aborted(): boolean {
    return this.signal?.aborted === true;
  }

  /** Yields when the slice is over. Resolves false when aborted. */
  async tick(): Promise<boolean> {
    return this.now() - this.sliceStart >= this.sliceMs ? this.yield() : !this.aborted;
  }

  /** Yields now, between two pieces of work that should not share a slice. Resolves false when aborted. */
  async yield(): Promise<boolean> {
    await this.pause();
    this.sliceStart = this.now();
    return !this.aborted;
  }

  /** Runs `steps` to the end, yielding between steps when the slice is over. Null when aborted. */
  async run<T>(steps: Steps<T>): Promise<T | null> {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (this.now() - this.sliceStart >= this.sliceMs && !(await this.tick())) {
        steps.return(undefined as T);
        return null;
      }
    }
  }
}

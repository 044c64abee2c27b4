import { describe, expect, it } from 'vitest';
import { forEachSliced, yieldToMain } from '../../../core/annotate/chunked';

describe('forEachSliced', () => {
  it('yields whenever a slice has run its time, and finishes every item', async () => {
    let clock = 0;
    const seen: number[] = [];
    let yields = 0;
    let afterSlices = 0;
    const done = await forEachSliced(
      [1, 2, 3, 4, 5],
      (n) => {
        seen.push(n);
        clock += 3;
      },
      {
        sliceMs: 8,
        now: () => clock,
        yield: async () => void yields++,
        afterSlice: () => void afterSlices++,
      },
    );
    expect(done).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(yields).toBe(1); // after 3 items (9 ms)
    expect(afterSlices).toBe(2);
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    const seen: number[] = [];
    const done = await forEachSliced([1, 2, 3], (n) => void seen.push(n), {
      sliceMs: 0,
      signal: abort.signal,
      yield: async () => abort.abort(),
    });
    expect(done).toBe(false);
    expect(seen).toEqual([1]);
  });

  it('yields to the event loop', async () => {
    let ran = false;
    setTimeout(() => {
      ran = true;
    }, 0);
    for (let i = 0; i < 50 && !ran; i++) await yieldToMain();
    expect(ran).toBe(true);
  });
});

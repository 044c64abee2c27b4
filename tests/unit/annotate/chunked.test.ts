import { describe, expect, it } from 'vitest';
import { Slicer, forEachSliced, yieldToMain } from '../../../core/annotate/chunked';
import type { Steps } from '../../../core/page/dom';

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

/** Stepwise work of `n` steps that each take `ms` on the clock, returning `n`. */
function* work(n: number, clock: { t: number }, ms: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    clock.t += ms;
    yield;
  }
  return n;
}

describe('Slicer', () => {
  it('runs stepwise work to its end, yielding whenever a slice has run its time', async () => {
    const clock = { t: 0 };
    let yields = 0;
    const slicer = new Slicer({ sliceMs: 8, now: () => clock.t, yield: async () => void yields++ });
    expect(await slicer.run(work(20, clock, 2))).toBe(20);
    expect(yields).toBe(5); // 40 ms of work, a yield after each 8 ms (the last one too)
  });

  it('keeps one clock across many small pieces of work', async () => {
    const clock = { t: 0 };
    let yields = 0;
    const slicer = new Slicer({ sliceMs: 8, now: () => clock.t, yield: async () => void yields++ });
    for (let i = 0; i < 10; i++) {
      clock.t += 3; // work between the pieces counts too
      await slicer.run(work(1, clock, 1));
      await slicer.tick();
    }
    expect(yields).toBe(5);
  });

  it('stops the work and resolves null when aborted at a yield', async () => {
    const clock = { t: 0 };
    const abort = new AbortController();
    const slicer = new Slicer({
      sliceMs: 1,
      now: () => clock.t,
      signal: abort.signal,
      yield: async () => abort.abort(),
    });
    const steps = work(10, clock, 1);
    expect(await slicer.run(steps)).toBeNull();
    expect(steps.next().done).toBe(true); // closed, not left half-way
    expect(await slicer.yield()).toBe(false);
  });
});

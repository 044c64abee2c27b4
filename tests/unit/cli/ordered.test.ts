import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../../cli/pool/ordered';

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('runOrdered', () => {
  it('gives results in input order, with never more than the window in flight', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, window) => {
          let inFlight = 0;
          let most = 0;
          const run = async (i: number) => {
            inFlight++;
            most = Math.max(most, inFlight);
            await new Promise((done) => setTimeout(done, delays[i]));
            inFlight--;
            return i * 10;
          };
          const out: number[] = [];
          for await (const r of runOrdered(stream(delays.map((_, i) => i)), run, window)) out.push(r);
          expect(out).toEqual(delays.map((_, i) => i * 10));
          expect(most).toBeLessThanOrEqual(window);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});

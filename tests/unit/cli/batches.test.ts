import { describe, expect, it } from 'vitest';
import { batches } from '../../../cli/pool/batches';

async function* stream(items: number[]): AsyncGenerator<number> {
  for (const item of items) yield item;
}

async function collect(items: number[], size: number, maxBytes: number): Promise<number[][]> {
  const out: number[][] = [];
  for await (const batch of batches(stream(items), (n) => n, { size, maxBytes })) out.push(batch);
  return out;
}

describe('batches', () => {
  it('closes a batch at its size or its weight, keeps the order and drops nothing', async () => {
    expect(await collect([1, 1, 1, 1, 1], 2, 100)).toEqual([[1, 1], [1, 1], [1]]);
    expect(await collect([5, 60, 1, 1, 100, 1], 8, 50)).toEqual([[5, 60], [1, 1, 100], [1]]);
    expect(await collect([], 8, 50)).toEqual([]);
  });
});

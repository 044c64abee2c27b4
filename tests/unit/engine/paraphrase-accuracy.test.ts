// Accuracy on our own paraphrase suite (tests/fixtures/paraphrases, `npm run paraphrases`): sentences no one
// tuned on, labelled from the record. The engine issue's acceptance figures: recall and status accuracy ≥ 0.90,
// at most 5% of the decoys flagged. `npm run eval -- tests/fixtures/paraphrases/labels.json` prints every miss.
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/eval';

const LABELS = new URL('../../fixtures/paraphrases/labels.json', import.meta.url).pathname;

describe('accuracy on the paraphrase suite', () => {
  it('finds ≥ 90% of the claims, judges ≥ 90% of them right, and flags ≤ 5% of the decoys', async () => {
    let out = '';
    const code = await main(['--json', LABELS], { stdout: (s) => (out += s), stderr: () => {} });
    expect(code).toBe(0);
    const m = JSON.parse(out);
    expect(m.decoys).toBeGreaterThan(50);
    expect({
      recall: m.recall,
      statusAccuracy: m.statusAccuracy,
      decoysFlagged: m.decoysFlagged / m.decoys,
    }).toEqual({
      recall: expect.toSatisfy((r: number) => r >= 0.9),
      statusAccuracy: expect.toSatisfy((s: number) => s >= 0.9),
      decoysFlagged: expect.toSatisfy((d: number) => d <= 0.05),
    });
  });
});

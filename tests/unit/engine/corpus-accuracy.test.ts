// Accuracy on the real-article development corpus, when ../shared/corpus is present (CI has it): the engine
// issue's acceptance figures, on the part we tune on and on the part we do not (cli/eval-splits/dev.json),
// each on its own. `npm run eval -- ../shared/corpus/dev/labels.json` prints the tuned part's misses.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/eval';

const LABELS = new URL('../../../../shared/corpus/dev/labels.json', import.meta.url).pathname;

describe.runIf(existsSync(LABELS) || process.env.CI)('accuracy on ../shared/corpus/dev', () => {
  it('meets precision, recall and status accuracy ≥ 0.95 on the tuned and on the held-out part', async () => {
    let out = '';
    const code = await main(['--json', LABELS], { stdout: (s) => (out += s), stderr: () => {} });
    expect(code).toBe(0);
    const metrics = JSON.parse(out);
    for (const part of [metrics, metrics.splits.tuned, metrics.splits.heldOut]) {
      expect(part.labelled).toBeGreaterThan(10);
      expect(part.precision).toBeGreaterThanOrEqual(0.95);
      expect(part.recall).toBeGreaterThanOrEqual(0.95);
      expect(part.statusAccuracy).toBeGreaterThanOrEqual(0.95);
    }
  });
});

// Accuracy on the real-article development corpus, when ../shared/corpus is present (CI has it).
// Thresholds are the engine issue's acceptance figures; `npm run eval` prints every miss.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/eval';

const LABELS = new URL('../../../../shared/corpus/dev/labels.json', import.meta.url).pathname;

describe.runIf(existsSync(LABELS) || process.env.CI)('accuracy on ../shared/corpus/dev', () => {
  it('meets precision ≥ 0.92, recall ≥ 0.90 and status accuracy ≥ 0.92', async () => {
    let out = '';
    const code = await main(['--json', LABELS], { stdout: (s) => (out += s), stderr: () => {} });
    expect(code).toBe(0);
    const metrics = JSON.parse(out);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.92);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.9);
    expect(metrics.statusAccuracy).toBeGreaterThanOrEqual(0.92);
  });
});

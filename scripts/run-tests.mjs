#!/usr/bin/env node
// `npm test`: the unit/extension/data tests, then the end-to-end tests in real Chromium, each through
// vitest with a JSON report; prints one closing line "N passed, N failed" and fails on any failure.
// `--unit` or `--e2e` runs one tier only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.find((a) => a === '--unit' || a === '--e2e');
const tiers = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
  { name: 'e2e-firefox', config: 'vitest.e2e-firefox.config.ts', also: '--e2e' },
].filter((t) => !only || only === `--${t.name}` || only === t.also);

const outDir = join('test-results');
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
for (const tier of tiers) {
  if (!existsSync(tier.config)) {
    console.error(`${tier.name}: ${tier.config} is missing`);
    failed += 1;
    continue;
  }
  const report = join(outDir, `${tier.name}.json`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      tier.config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit', env: process.env },
  );
  let counts = { numPassedTests: 0, numFailedTests: 0, numTotalTests: 0 };
  try {
    counts = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.error(`${tier.name}: no test report (vitest exited with ${run.status})`);
  }
  // A run that crashed before its tests reported, or that ran none, counts as a failure.
  const crashed = run.status !== 0 && counts.numFailedTests === 0;
  const empty = counts.numTotalTests === 0;
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + (crashed || empty ? 1 : 0);
  console.log(
    `${tier.name}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed${empty ? ' (no tests ran)' : ''}`,
  );
}
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ passed, failed }));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

#!/usr/bin/env node
// `npm test`: the unit/extension/data tests, then the end-to-end tests in real Chromium, each through
// vitest with a JSON report; prints one closing line "N passed, N failed, N skipped" and fails on any failure.
// `--unit` or `--e2e` runs one tier only. Each test is printed as it finishes (vitest's verbose reporter), and a
// line every few seconds says a tier is still at work when a slow test (a browser starting) prints nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.find((a) => a === '--unit' || a === '--e2e');
const tiers = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
].filter((t) => !only || only === `--${t.name}`);

const QUIET_MS = 5000;
const outDir = join('test-results');
mkdirSync(outDir, { recursive: true });

/** Runs vitest for one tier, passing its output through and saying so when it has been quiet a while. */
function runTier(tier, report) {
  const args = [
    'vitest',
    'run',
    '--config',
    tier.config,
    '--reporter=verbose',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  return new Promise((resolve) => {
    const started = Date.now();
    let last = Date.now();
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const pass = (to) => (chunk) => {
      last = Date.now();
      to.write(chunk);
    };
    child.stdout.on('data', pass(process.stdout));
    child.stderr.on('data', pass(process.stderr));
    const beat = setInterval(() => {
      if (Date.now() - last < QUIET_MS) return;
      last = Date.now();
      process.stdout.write(`${tier.name}: still running (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }, 1000);
    child.on('close', (code) => {
      clearInterval(beat);
      resolve(code ?? 1);
    });
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const tier of tiers) {
  if (!existsSync(tier.config)) {
    console.error(`${tier.name}: ${tier.config} is missing`);
    failed += 1;
    continue;
  }
  const report = join(outDir, `${tier.name}.json`);
  console.log(`${tier.name}: starting (${tier.config})`);
  const status = await runTier(tier, report);
  let counts = {
    numPassedTests: 0,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    numTotalTests: 0,
  };
  try {
    counts = { ...counts, ...JSON.parse(readFileSync(report, 'utf8')) };
  } catch {
    console.error(`${tier.name}: no test report (vitest exited with ${status})`);
  }
  // A run that crashed before its tests reported, or that ran none, counts as a failure.
  const crashed = status !== 0 && counts.numFailedTests === 0;
  const empty = counts.numTotalTests === 0;
  const tierSkipped = counts.numPendingTests + counts.numTodoTests;
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + (crashed || empty ? 1 : 0);
  skipped += tierSkipped;
  console.log(
    `${tier.name}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${tierSkipped} skipped${empty ? ' (no tests ran)' : ''}`,
  );
}
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ passed, failed, skipped }));
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

// What the built annotator's script holds: its first task on a page (compile and top-level run, which cannot be
// split) grows with it. The judging worker is a file of its own, handed over by the background; the engine
// tables are parsed only when the page is judged on its main thread. The test build, as it ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUDGE_WORKER_FILE } from '../../utils/lens/judge-worker-protocol';
import { EXTENSION_DIR } from './support/extension';

const lens = readFileSync(join(EXTENSION_DIR, 'content-scripts/lens.js'), 'utf8');
const worker = readFileSync(join(EXTENSION_DIR, JUDGE_WORKER_FILE), 'utf8');

describe("the annotator's script", () => {
  it('carries no copy of the judging worker, which is a file of the build', () => {
    expect(worker.length).toBeGreaterThan(100_000);
    // A long run of the worker's own code, as it would appear inside the annotator's script, escaped or not.
    const piece = worker.slice(Math.floor(worker.length / 2), Math.floor(worker.length / 2) + 200);
    expect(lens.includes(piece)).toBe(false);
    expect(lens.includes(JSON.stringify(piece).slice(1, -1))).toBe(false);
  });

  it('parses its engine tables in a function, not when the script runs', () => {
    const at = lens.indexOf('JSON.parse("{\\"names\\"');
    expect(at).toBeGreaterThan(0);
    // Parsed when asked for, and not kept: each thread asks once and keeps what it reads (wxt.config.ts).
    expect(lens.slice(Math.max(0, at - 40), at)).toMatch(/function \w+\(\)\{return $/);
  });
});

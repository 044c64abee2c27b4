// What the built annotator's script holds: its first task on a page (compile and top-level run, which cannot be
// split) grows with it. The engine is in two files of their own: the judging worker, handed over by the
// background, and the engine for judging on the page's thread, which the background runs beside the annotator
// only for a page that needs it; its tables are parsed only when a fact base is first compiled. The test
// build, as it ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import facts from '../../facts/facts.json';
import { JUDGE_HERE_FILE } from '../../utils/lens/judge-here-protocol';
import { JUDGE_WORKER_FILE } from '../../utils/lens/judge-worker-protocol';
import { EXTENSION_DIR } from './support/extension';

const lens = readFileSync(join(EXTENSION_DIR, 'content-scripts/lens.js'), 'utf8');
const worker = readFileSync(join(EXTENSION_DIR, JUDGE_WORKER_FILE), 'utf8');
const here = readFileSync(join(EXTENSION_DIR, JUDGE_HERE_FILE), 'utf8');

/** A long run of `script`'s own code from its middle, as it would appear in another script, escaped or not. */
function appearsIn(script: string, other: string): boolean {
  const piece = script.slice(Math.floor(script.length / 2), Math.floor(script.length / 2) + 200);
  return other.includes(piece) || other.includes(JSON.stringify(piece).slice(1, -1));
}

describe("the annotator's script", () => {
  it('carries neither engine: no copy of the judging worker, of the engine script, or of the fact base', () => {
    expect(worker.length).toBeGreaterThan(100_000);
    expect(here.length).toBeGreaterThan(100_000);
    expect(appearsIn(worker, lens)).toBe(false);
    expect(appearsIn(here, lens)).toBe(false);
    // No fact of the bundled fact base: the cards' part of it comes with the claims.
    const ids = (facts as Array<{ id: string }>).map((f) => f.id).filter((id) => id.length > 12);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => lens.includes(`"${id}"`))).toEqual([]);
    // A sixth of what it was with the engine inside (722 kB): the task that loads it is the lighter.
    expect(lens.length).toBeLessThan(150_000);
  });

  it('has the engine script parse its tables in a function, not when the script runs', () => {
    const at = here.search(/JSON\.parse\(["`]\{\\?"names\\?"/);
    expect(at).toBeGreaterThan(0);
    // Parsed when asked for, and not kept: each thread asks once and keeps what it reads (wxt.config.ts).
    expect(here.slice(Math.max(0, at - 40), at)).toMatch(/function [\w$]+\(\)\{return $/);
  });
});

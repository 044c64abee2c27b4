// Nothing in the project repeats a real article's wording (../shared/corpus/README.md): no run of eight or more
// words from the corpus may appear in facts/, core/ or tests/, in any file that is not source code (docs, notes,
// stray dumps at the root), nor in a comment of any other source file.
// Runs that the reference records also hold are quotes of primary sources, and allowed.
import { existsSync, readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentsOf } from './support/comments';
import { filesUnder, textsOfFile } from './support/corpus-text';
import { copiedRuns, forbiddenShingles } from './support/provenance';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const CORPUS = `${SHARED}corpus`;
const REFERENCE = `${SHARED}reference`;

/** Folders checked whole, every text file; elsewhere source files are checked in their comments only. */
const WHOLE = ['facts', 'core', 'tests'];
const SOURCE = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']);
const STRUCTURED = new Set(['.html', '.htm', '.json', '.jsonl']);

// Installed packages, build output and git's own files are not the project's wording.
const skipDir = (name: string) =>
  name === 'node_modules' || name === 'package-lock.json' || name.startsWith('.');

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0);
}

/** The passages of a project file that must not repeat the corpus. */
function passagesOf(path: string, commentsOnly: boolean): string[] {
  const buffer = readFileSync(path);
  if (isBinary(buffer)) return [];
  const text = buffer.toString('utf8');
  if (commentsOnly) return SOURCE.has(extname(path)) ? commentsOf(path, text).map((c) => c.text) : [];
  if (STRUCTURED.has(extname(path))) {
    try {
      return textsOfFile(path);
    } catch {
      return [text];
    }
  }
  return [text];
}

describe.runIf(existsSync(CORPUS) || process.env.CI)('provenance of the project’s wording', () => {
  it('repeats no run of eight or more words from ../shared/corpus', () => {
    const forbidden = forbiddenShingles(CORPUS, REFERENCE);
    expect(forbidden.size).toBeGreaterThan(10_000); // the corpus was read
    const found: string[] = [];
    for (const file of filesUnder(ROOT, skipDir)) {
      const path = relative(ROOT, file);
      const whole = WHOLE.includes(path.split('/')[0]) || !SOURCE.has(extname(path));
      for (const passage of passagesOf(file, !whole)) {
        for (const run of copiedRuns(passage, forbidden)) found.push(`${path}: "${run}"`);
      }
    }
    expect(found, `${found.length} copied runs:\n${found.join('\n')}`).toEqual([]);
  });
});

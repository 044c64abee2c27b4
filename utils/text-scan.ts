// Does a pattern match the text of a page, without building the page's whole text in one string (a 20 MB
// page's textContent alone is a long task) and without reading it all in one task? The text nodes are read
// in document order, the same text as textContent (or, when asked, without scripts and styles), and tested a
// piece at a time.
import { isRegexWordChar } from '@/core/char-codes';

/** What a scan looks for: a pattern, or a function that tests text as one would. */
export interface TextTest {
  test(text: string): boolean;
}

/** Text nodes read between two looks at the clock. */
const NODES_PER_STEP = 256;
/**
 * Characters tested at a time: an article's text in one test (one test instead of two on the benchmark's quiet
 * page: 1.74 → 1.68 ms, median of 21 loads each); a 20 MB page is still tested a slice at a time.
 */
const CHUNK_CHARS = 131_072;
/**
 * Characters the next piece repeats from the end of the last one, so a match across the cut is still
 * found. Longer than any match of the patterns used here (a name of a few words).
 */
const OVERLAP_CHARS = 64;

export interface TextScanOptions {
  /** Longest run in one task, ms; the rest is read in later tasks. */
  sliceMs?: number;
  /** Characters tested at a time (tests make it small). */
  chunkChars?: number;
  now?: () => number;
  /** Runs `fn` in a later task. */
  later?: (fn: () => void) => void;
  /**
   * Leaves out the text of scripts and styles. Looking at each text node's parent costs a page of 7,000 words
   * a quarter of a millisecond, so callers read everything first and only read a hit again this way.
   */
  seenOnly?: boolean;
}

/**
 * Elements whose text no reader sees: code and style sheets. A page's analytics snippet names its vendor
 * ("google-analytics"), and reading it would load the annotator on pages that name no party in their text.
 */
const UNSEEN_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'script', 'style']);

/** A script or style element, or text directly inside one: nothing a reader sees. */
export function isUnseen(node: Node): boolean {
  return (
    UNSEEN_PARENTS.has(node.nodeName) ||
    (node.parentNode !== null && UNSEEN_PARENTS.has(node.parentNode.nodeName))
  );
}

/** Index of the last non-word character at or before `from` and at or after `min`; -1 when none. */
function lastNonWord(s: string, from: number, min: number): number {
  for (let i = from; i >= min; i--) if (!isRegexWordChar(s.charCodeAt(i))) return i;
  return -1;
}

/**
 * Calls `done(true)` once `pattern` (a regex neither global nor sticky, or a test as stateless) matches the text of
 * `root`, else `done(false)` after the last text node.
 * A small page is scanned at once, `done` called before this returns; a huge one over several tasks.
 * Returns a function that stops the scan (`done` is then never called).
 *
 * The text is cut only at a non-word character, and each piece starts at a non-word character at least
 * OVERLAP_CHARS before the previous cut, so both `\b` and a match shorter than that see the same text
 * around them as in the whole: the answer is `pattern.test(root.textContent)`'s (scripts and styles aside with
 * `seenOnly`).
 */
export function scanText(
  root: Node,
  pattern: TextTest,
  done: (found: boolean) => void,
  opts: TextScanOptions = {},
): () => void {
  const sliceMs = opts.sliceMs ?? 8;
  const chunk = opts.chunkChars ?? CHUNK_CHARS;
  const now = opts.now ?? (() => performance.now());
  const later = opts.later ?? ((fn) => void setTimeout(fn, 0));
  const seenOnly = opts.seenOnly === true;
  const doc = root.ownerDocument ?? (root as Document);
  // 4 = NodeFilter.SHOW_TEXT (NodeFilter is not a global outside browsers).
  const walker = doc.createTreeWalker(root, 4);
  let buffer = '';
  let stopped = false;

  /** Tests the buffer up to its last non-word character and keeps the tail. True on a match. */
  const testPiece = (): boolean => {
    const cut = lastNonWord(buffer, buffer.length - 1, OVERLAP_CHARS);
    if (cut < 0) return false; // no safe cut yet: read on
    if (pattern.test(buffer.slice(0, cut + 1))) return true;
    const from = lastNonWord(buffer, cut - OVERLAP_CHARS, 0);
    if (from >= 0) buffer = buffer.slice(from);
    return false;
  };

  // The next test once the buffer holds this much; after a test, a chunk more than what is kept (a buffer
  // that could not be cut is not tested again for every node).
  let testAt = chunk;
  const step = (): void => {
    if (stopped) return;
    const start = now();
    for (;;) {
      for (let i = 0; i < NODES_PER_STEP; i++) {
        const node = walker.nextNode() as Text | null;
        if (node === null) {
          done(pattern.test(buffer));
          return;
        }
        if (seenOnly && isUnseen(node)) continue;
        buffer += node.data;
        if (buffer.length >= testAt) {
          if (testPiece()) {
            done(true);
            return;
          }
          testAt = buffer.length + chunk;
        }
      }
      if (now() - start >= sliceMs) {
        later(step);
        return;
      }
    }
  };
  step();
  return () => {
    stopped = true;
  };
}

// Small DOM helpers shared by the page reader. They use only the standard Node/Element interface, never a
// global (`Node.TEXT_NODE` does not exist in Node.js) and never layout APIs, so the same code runs on a live
// page in the content script and on a linkedom document in Node.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Lower-case tag name; `localName` is lower case for HTML elements in both Chromium and linkedom. */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export interface WalkVisitor {
  text(node: Text): void;
  /** Called for every element that is not skipped, before its children. */
  enter?(el: Element): void;
  /** Called after the children of an element passed to `enter`. */
  leave?(el: Element): void;
}

/**
 * Work that can stop between steps: a generator that yields now and then (every WALK_STEP_NODES nodes for a
 * DOM walk) and returns its result. Run it to the end in one go (`runSteps`) or a slice at a time, yielding
 * to the page in between (core/annotate/chunked `Slicer`): one implementation, the same result either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Nodes a walk visits between two steps: small enough that a slice can end close to its time budget. */
export const WALK_STEP_NODES = 512;
/** A text node counts as one more node per 2^this characters (64): a step reads at most ~32,000 characters. */
const TEXT_CHARS_PER_NODE_LOG2 = 6;

/** Runs stepwise work to its end, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Visits the text nodes under `root` in document order, leaving out the subtree of every element for which
 * `skip` is true. Iterative (firstChild/nextSibling/parentNode) so deep pages cannot overflow the stack and
 * every node is touched a constant number of times. `root` itself is neither tested nor reported.
 * (linkedom's TreeWalker has no filter and no way to skip a subtree, hence the hand-written walk.)
 */
export function walk(root: Node, skip: (el: Element) => boolean, visitor: WalkVisitor): void {
  runSteps(walkSteps(root, skip, visitor));
}

/**
 * Nodes visited since the last step, shared by walks made one after another (the children of a list, each
 * measured on its own): without it, thousands of walks of a few nodes each would make no step at all.
 */
export interface StepCount {
  nodes: number;
}

/**
 * `walk` in steps of WALK_STEP_NODES nodes (counted in `count`, when walks share one). Between steps the page
 * may change: a node removed meanwhile ends the walk early (its parent chain no longer leads to `root`), it
 * never throws.
 */
export function* walkSteps(
  root: Node,
  skip: (el: Element) => boolean,
  visitor: WalkVisitor,
  count: StepCount = { nodes: 0 },
): Steps<void> {
  let cur: Node | null = root.firstChild;
  while (cur !== null) {
    if (++count.nodes >= WALK_STEP_NODES) {
      count.nodes = 0;
      yield;
    }
    let next: Node | null = null;
    if (cur.nodeType === TEXT_NODE) {
      // A long text node counts as several: a visitor may read every character (the text map does).
      count.nodes += (cur as Text).length >> TEXT_CHARS_PER_NODE_LOG2;
      visitor.text(cur as Text);
    } else if (cur.nodeType === ELEMENT_NODE && !skip(cur as Element)) {
      visitor.enter?.(cur as Element);
      next = cur.firstChild;
      if (next === null) visitor.leave?.(cur as Element);
    }
    if (next === null) {
      let n: Node = cur;
      while (n !== root) {
        const sibling: Node | null = n.nextSibling;
        if (sibling !== null) {
          next = sibling;
          break;
        }
        const parent: Node | null = n.parentNode;
        if (parent === null || parent === root) break;
        n = parent;
        visitor.leave?.(n as Element);
      }
    }
    cur = next;
  }
}

/**
 * The length of `root.textContent` (all its text nodes, in every subtree), without building that string: a
 * 20 MB page's would take tens of ms in one piece. Stops counting once it reaches `limit`. Elements measured
 * one after another share a `count`.
 */
export function* textLengthSteps(
  root: Node,
  limit = Number.POSITIVE_INFINITY,
  count?: StepCount,
): Steps<number> {
  if (root.nodeType === TEXT_NODE) return (root as Text).length;
  let length = 0;
  const steps = walkSteps(
    root,
    () => false,
    {
      // The node's length, not its data: reading `data` makes a string for every node (and on a 20 MB page,
      // a GC pause's worth of them); `length` is a number.
      text: (t) => {
        length += t.length;
      },
    },
    count,
  );
  while (!steps.next().done) {
    if (length >= limit) return length;
    yield;
  }
  return length;
}

/** Collapses runs of whitespace to one space and trims: for short metadata strings (titles, attributes). */
export function squash(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of an element with whitespace folded; for metadata and scoring, not for offsets. */
export function elementText(el: Element): string {
  return squash(el.textContent);
}

/**
 * True when `a` comes before `b` in document order and does not contain it. Hand-written because
 * linkedom's compareDocumentPosition compares depths, not positions.
 */
export function precedes(a: Node, b: Node): boolean {
  const chainA = new Map<Node, Node | null>(); // ancestor → its child on the way down to `a`
  let child: Node | null = null;
  for (let n: Node | null = a; n !== null; child = n, n = n.parentNode) chainA.set(n, child);
  let childB: Node | null = null;
  let common: Node | null = b;
  while (common !== null && !chainA.has(common)) {
    childB = common;
    common = common.parentNode;
  }
  if (common === null || common === a || common === b) return false;
  const childA = chainA.get(common) ?? null;
  for (let s = childA?.nextSibling ?? null; s !== null; s = s.nextSibling) {
    if (s === childB) return true;
  }
  return false;
}

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
 * Visits the text nodes under `root` in document order, leaving out the subtree of every element for which
 * `skip` is true. Iterative (firstChild/nextSibling/parentNode) so deep pages cannot overflow the stack and
 * every node is touched a constant number of times. `root` itself is neither tested nor reported.
 * (linkedom's TreeWalker has no filter and no way to skip a subtree, hence the hand-written walk.)
 */
export function walk(root: Node, skip: (el: Element) => boolean, visitor: WalkVisitor): void {
  let cur: Node | null = root.firstChild;
  while (cur !== null) {
    let next: Node | null = null;
    if (cur.nodeType === TEXT_NODE) {
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

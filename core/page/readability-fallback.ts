// Last resort for pages with no semantic container whose body is mostly boilerplate: let Mozilla Readability
// decide which text is the article. Readability rewrites the document it is given, so it runs on a clone;
// Readability moves text nodes rather than copying them, so each text node it keeps is traced back to its
// twin in the original document, and the caller's offsets stay offsets into the ORIGINAL page.
// Heavy (a full clone and scoring pass), so main-content.ts calls it only when the cheap rules found nothing.
import { Readability } from '@mozilla/readability';
import { ELEMENT_NODE, TEXT_NODE } from './dom';

/** Readability gives up (throws) above this many elements; we then fall back to the whole body. */
const MAX_ELEMENTS = 60_000;
/** Below this much kept text Readability's pick is not trusted. */
const MIN_TEXT = 200;

/** Pairs every text node of `clone` with the original at the same place; null if the trees differ. */
function pairTextNodes(original: Node, clone: Node): Map<Text, Text> | null {
  const pairs = new Map<Text, Text>();
  let a: Node | null = original;
  let b: Node | null = clone;
  while (a !== null && b !== null) {
    if (a.nodeType !== b.nodeType) return null;
    if (a.nodeType === TEXT_NODE) pairs.set(b as Text, a as Text);
    if (a.nodeType === ELEMENT_NODE && (a as Element).localName !== (b as Element).localName) return null;
    if ((a.firstChild === null) !== (b.firstChild === null)) return null;
    if (a.firstChild !== null && b.firstChild !== null) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    // climb in lock-step until a next sibling exists
    while (a !== null && b !== null && a !== original) {
      const na: Node | null = a.nextSibling;
      const nb: Node | null = b.nextSibling;
      if ((na === null) !== (nb === null)) return null;
      if (na !== null && nb !== null) {
        a = na;
        b = nb;
        break;
      }
      a = a.parentNode;
      b = b.parentNode;
    }
    if (a === original) break;
  }
  return pairs;
}

export interface ReadabilityPick {
  /** Original text nodes Readability kept as the article. */
  text: Set<Text>;
  /** Their ancestor elements in the original document (the walk descends only into these). */
  ancestors: Set<Element>;
}

export function pickWithReadability(doc: Document): ReadabilityPick | null {
  const root = doc.documentElement;
  if (root === null) return null;
  const cloneDoc = doc.cloneNode(true) as Document;
  const cloneRoot = cloneDoc.documentElement;
  if (cloneRoot === null) return null;
  const pairs = pairTextNodes(root, cloneRoot);
  if (pairs === null) return null;

  let content: Node | null | undefined;
  try {
    const reader = new Readability<Node>(cloneDoc, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node,
    });
    content = reader.parse()?.content;
  } catch {
    return null; // too large, or a DOM the library cannot handle: the caller uses the body
  }
  if (content === null || content === undefined) return null;

  const text = new Set<Text>();
  const ancestors = new Set<Element>();
  let kept = 0;
  const stack: Node[] = [content];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const original = pairs.get(node as Text);
      if (original === undefined) continue;
      text.add(original);
      kept += original.data.trim().length;
      for (let p = original.parentElement; p !== null && !ancestors.has(p); p = p.parentElement)
        ancestors.add(p);
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return kept >= MIN_TEXT ? { text, ancestors } : null;
}

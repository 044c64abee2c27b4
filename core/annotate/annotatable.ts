// Where a highlight may go. The page is the reader's: never inside form fields, editable regions, code,
// scripts, styles or non-HTML content (SVG, MathML), and never inside a highlight of our own. Which elements
// are ours is known by reference, never by attribute: markup the page wrote (`<mark data-plens-claim>` in an
// article, a `<div data-plens-claim>` around a paragraph) is page content like any other.
import { ELEMENT_NODE } from '../page/dom';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose text is not prose a reader reads, or that a `<mark>` would break. */
const NEVER_INSIDE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'iframe',
  'object',
  'canvas',
  'title',
  'head',
]);

/** Attribute every highlight carries (its id): for readers of the DOM, never trusted by the extension. */
export const CLAIM_ATTR = 'data-plens-claim';

/** True when a `<mark>` may be put around (part of) `node`; `ours` tells the extension's own elements. */
export function isAnnotatable(node: Text, ours: (el: Element) => boolean = () => false): boolean {
  const doc = node.ownerDocument;
  if (doc && (doc as Document & { designMode?: string }).designMode === 'on') return false;
  let editableDecided = false;
  for (let el = node.parentNode; el !== null && el.nodeType === ELEMENT_NODE; el = el.parentNode) {
    const e = el as Element;
    if (e.namespaceURI !== null && e.namespaceURI !== HTML_NS) return false;
    if (NEVER_INSIDE.has(e.localName)) return false;
    if (ours(e)) return false;
    if (!editableDecided) {
      const editable = e.getAttribute('contenteditable');
      const value = editable?.trim().toLowerCase();
      if (value !== undefined && value !== 'inherit') {
        // The nearest element that says decides: "", "true" or "plaintext-only" make it editable.
        if (value !== 'false') return false;
        editableDecided = true;
      }
    }
  }
  return true;
}

// The article's own <h1> headline, which some sites put outside the element holding the article body.
import { isChrome, isHidden, isInExcluded } from './chrome';
import { elementText, precedes, tagOf } from './dom';

function titleHints(doc: Document): string[] {
  const hints: string[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (key === 'og:title' || key === 'twitter:title') hints.push(meta.getAttribute('content') ?? '');
  }
  const title = doc.querySelector('title');
  if (title !== null) hints.push(title.textContent ?? '');
  return hints.map((h) => h.replace(/\s+/g, ' ').trim().toLowerCase()).filter((h) => h.length > 0);
}

/** Inside a page-level header: allowed for the headline only when the page title confirms it. */
function inChromeOtherThanHeader(h1: Element): boolean {
  for (let cur: Element | null = h1; cur !== null; cur = cur.parentElement) {
    if (isHidden(cur)) return true;
    const tag = tagOf(cur);
    if (tag !== 'header' && isChrome(cur)) return true;
  }
  return false;
}

/**
 * The headline that belongs with `root` when `root` has none of its own: the last <h1> before `root` that is
 * not in navigation, asides or footers. One inside a page-level header counts only when the page title
 * (og:title or <title>) contains its text, since site headers often wrap the logo in an <h1>.
 */
export function findDetachedHeadline(doc: Document, root: Element): Element | null {
  const own = Array.from(root.querySelectorAll('h1')).some((h1) => !isInExcluded(h1));
  if (own) return null;
  let hints: string[] | null = null;
  let found: Element | null = null;
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    if (!precedes(h1, root)) break; // h1s come in document order: the rest are inside or after the root
    if (inChromeOtherThanHeader(h1)) continue;
    const text = elementText(h1).toLowerCase();
    if (text.length === 0) continue;
    if (isInExcluded(h1)) {
      hints ??= titleHints(doc);
      if (!hints.some((hint) => hint.includes(text))) continue;
    }
    found = h1;
  }
  return found;
}

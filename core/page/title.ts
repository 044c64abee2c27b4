// The page's title as the publisher states it: og:title, else <title>, else the first visible <h1>.
import { isInExcluded } from './chrome';
import { squash } from './dom';

function metaTitle(doc: Document): string | null {
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (key !== 'og:title') continue;
    const value = squash(meta.getAttribute('content'));
    if (value !== '') return value;
  }
  return null;
}

function titleElement(doc: Document): string | null {
  // <title> inside inline SVG names the drawing, not the page.
  for (const el of Array.from(doc.querySelectorAll('title'))) {
    if (el.closest('svg') !== null) continue;
    const value = squash(el.textContent);
    if (value !== '') return value;
  }
  return null;
}

/** The first <h1> with text, preferring one outside site chrome (a header's <h1> is often the logo). */
function firstHeadline(doc: Document): string | null {
  let fallback: string | null = null;
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const value = squash(h1.textContent);
    if (value === '') continue;
    if (!isInExcluded(h1)) return value;
    fallback ??= value;
  }
  return fallback;
}

export function findTitle(doc: Document): string | null {
  if (doc.documentElement === null) return null;
  return metaTitle(doc) ?? titleElement(doc) ?? firstHeadline(doc);
}

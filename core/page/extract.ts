// A page as the engine reads it: the article text with its DOM map, title, date, canonical URL and language.
// Takes the Document as a parameter: the content script passes the live page, the CLI a linkedom document.
import type { PageText } from '../types';
import { type Steps, runSteps } from './dom';
import { findMainContentSteps } from './main-content';
import { findPublishedDate } from './published-date';
import { buildTextMapSteps, type TextMap } from './text-map';
import { findTitle } from './title';

export { pageFromPlainText } from './plain-text';

export interface ExtractOptions {
  /** Where the page came from; used when it names no canonical URL, and to resolve a relative one. */
  url?: string | null;
}

export interface ExtractedPage {
  page: PageText;
  map: TextMap;
}

function canonicalUrl(doc: Document, base: string | null): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const href = (link.getAttribute('href') ?? '').trim();
    if (href === '') continue;
    try {
      return new URL(href, base ?? undefined).href;
    } catch {
      // relative and no base to resolve it against: keep it as written
      return href;
    }
  }
  return null;
}

function pageLang(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return lang ? lang : null;
}

/** Reads `doc` without changing it. */
export function extractPage(doc: Document, opts: ExtractOptions = {}): ExtractedPage {
  return runSteps(extractPageSteps(doc, opts));
}

/** `extractPage` in steps of a few hundred nodes, for the page scan (core/annotate/page-scan). */
export function* extractPageSteps(doc: Document, opts: ExtractOptions = {}): Steps<ExtractedPage> {
  const base = opts.url ?? null;
  const main = yield* findMainContentSteps(doc);
  const map = yield* buildTextMapSteps(main.roots, main.skip, { keepText: main.keepText });
  const page: PageText = {
    text: map.text,
    title: findTitle(doc),
    published: findPublishedDate(doc, main.roots),
    blocks: map.blocks,
    cells: map.cells,
    url: canonicalUrl(doc, base) ?? base,
    lang: pageLang(doc),
  };
  return { page, map };
}

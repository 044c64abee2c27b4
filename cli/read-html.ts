// Node adapter of the page reader: an HTML string → the same PageText the extension gets from a live page.
import { parseHTML } from 'linkedom';
import { type ExtractedPage, extractPage } from '../core/page/extract';

/**
 * linkedom builds a usable tree only when the markup has <html> and <body> (a fragment, or a page that omits
 * the optional tags, leaves `document.body` empty or throwing). Browsers imply these tags; we add them.
 */
export function ensureDocumentShape(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  const htmlTag = /<html(?=[\s>])[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const head = /<head(?=[\s>])[^>]*>([\s\S]*?)<\/head\s*>/i.exec(html);
  let rest = head === null ? html : html.slice(0, head.index) + html.slice(head.index + head[0].length);
  rest = rest
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<\/?html(?=[\s>])[^>]*>/gi, '')
    .replace(/<\/?body(?=[\s>])[^>]*>/gi, '');
  return `<!doctype html>${htmlTag}<head>${head?.[1] ?? ''}</head><body>${rest}</body></html>`;
}

export interface ReadHtmlOptions {
  /** Where the HTML came from (file path or URL); used when the page names no canonical URL. */
  url?: string;
}

/** Never throws on odd markup: an empty string or a page without an article gives empty text. */
export function readHtmlString(html: string, opts: ReadHtmlOptions = {}): ExtractedPage {
  const { document } = parseHTML(ensureDocumentShape(html.replace(/^\uFEFF/, '')));
  return extractPage(document as unknown as Document, { url: opts.url ?? null });
}

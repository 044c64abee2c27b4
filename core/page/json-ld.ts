// `datePublished` from the page's JSON-LD blocks. Real pages ship broken JSON-LD (HTML comments, CDATA
// wrappers, raw newlines in strings, trailing commas), so parsing is forgiving and never throws.
import type { IsoDate } from '../types';
import { normalizeDate } from './iso-date';

/** Types whose datePublished is the article's own; others (WebPage, WebSite…) are a weaker signal. */
const ARTICLE_TYPE = /(?:article|posting|report|story)$/i;
const MAX_DEPTH = 12;
const MAX_NODES = 10_000;

function repair(raw: string): string {
  return raw
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(
      /\/\*\s*<!\[CDATA\[\s*\*\/|\/\*\s*\]\]>\s*\*\/|\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>|<!\[CDATA\[|\]\]>/g,
      '',
    )
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1');
}

function parseLenient(raw: string): unknown {
  for (const candidate of [raw, repair(raw)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function dateValue(value: unknown): IsoDate | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = dateValue(v);
      if (d !== null) return d;
    }
    return null;
  }
  if (value !== null && typeof value === 'object')
    return dateValue((value as Record<string, unknown>)['@value']);
  return normalizeDate(value);
}

interface Found {
  article: IsoDate | null;
  other: IsoDate | null;
}

/** Depth-first over arrays, @graph and nested objects; first article date and first other date win. */
function collect(root: unknown, found: Found): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let visited = 0;
  const order: Array<[unknown, number]> = [];
  while (stack.length > 0 && visited < MAX_NODES) {
    const [node, depth] = stack.pop()!;
    visited++;
    if (node === null || typeof node !== 'object' || depth > MAX_DEPTH) continue;
    order.length = 0;
    if (Array.isArray(node)) {
      for (const item of node) order.push([item, depth + 1]);
    } else {
      const obj = node as Record<string, unknown>;
      if ('datePublished' in obj) {
        const date = dateValue(obj.datePublished);
        if (date !== null) {
          if (typesOf(obj).some((t) => ARTICLE_TYPE.test(t))) found.article ??= date;
          else found.other ??= date;
        }
      }
      for (const value of Object.values(obj)) order.push([value, depth + 1]);
    }
    for (let i = order.length - 1; i >= 0; i--) stack.push(order[i]);
    if (found.article !== null) return;
  }
}

/** The date the JSON-LD gives for the article; from a regex scan when a block cannot be parsed at all. */
export function jsonLdPublished(doc: Document): IsoDate | null {
  const found: Found = { article: null, other: null };
  let scanned: IsoDate | null = null;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    const data = parseLenient(raw);
    if (data === undefined) {
      for (const m of raw.matchAll(/"datePublished"\s*:\s*"([^"]*)"/g)) {
        scanned ??= normalizeDate(m[1]);
      }
      continue;
    }
    collect(data, found);
    if (found.article !== null) return found.article;
  }
  return found.other ?? scanned;
}

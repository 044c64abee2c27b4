// The text of ../shared/corpus and ../shared/reference as plain strings: page text of HTML files (scripts and
// styles left out, blocks kept apart) and every string value of JSON and JSON Lines files.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every file under a folder, recursively. */
export function filesUnder(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, skip));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of an HTML page, one string per text node, so words of separate blocks never join. */
export function htmlTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !SKIPPED_ELEMENTS.has((child as Element).tagName)) walk(child);
    }
  };
  walk(document);
  // <title> and meta descriptions are page wording too.
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    out.push(meta.getAttribute('content') ?? '');
  }
  return out;
}

/** Every string value inside a JSON value. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The readable text of one file of the shared folders, as separate passages. */
export function textsOfFile(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  switch (extname(path)) {
    case '.html':
    case '.htm':
      return htmlTexts(raw);
    case '.json':
      return jsonStrings(JSON.parse(raw));
    case '.jsonl':
      return raw
        .split('\n')
        .filter((line) => line.trim())
        .flatMap((line) => jsonStrings(JSON.parse(line)));
    default:
      return [raw];
  }
}

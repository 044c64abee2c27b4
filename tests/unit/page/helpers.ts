// Shared by the page-reader tests: fixtures, a linkedom document from HTML, and the checks every extraction
// must pass (exact offset mapping).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { Steps } from '../../../core/page/dom';
import type { TextMap } from '../../../core/page/text-map';
import { offsetOf, rangesFor } from '../../../core/page/text-map';
import type { Span } from '../../../core/types';

/** The page read from a document with no text at all: every field empty. */
export const EMPTY_PAGE = {
  text: '',
  title: null,
  published: null,
  blocks: [],
  cells: [],
  url: null,
  lang: null,
};

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** A linkedom document; the markup must have <html> and <body> (see cli/read-html.ts). */
export function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A document whose body is `bodyHtml`. */
export function page(bodyHtml: string, head = ''): Document {
  return doc(`<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`);
}

/** Whitespace folded and invisible characters dropped, as the extractor does. */
export function fold(s: string): string {
  return s
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The DOM text the map gives for text[start, end). */
export function mappedText(map: TextMap, start: number, end: number): string {
  return rangesFor(map, start, end)
    .map((p) => p.node.data.slice(p.startOffset, p.endOffset))
    .join('');
}

/** Every span's text equals the folded concatenation of its mapped DOM pieces. */
export function expectRoundTrip(map: TextMap, spans: readonly Span[]): void {
  for (const { start, end } of spans) {
    expect(fold(mappedText(map, start, end))).toBe(map.text.slice(start, end));
  }
}

/** Each character of each segment is the DOM character it maps to (a collapsed space maps to whitespace). */
export function expectExactSegments(map: TextMap): void {
  const failures: string[] = [];
  let covered = 0;
  for (const seg of map.segments) {
    for (let k = 0; k < seg.end - seg.start; k++) {
      const ours = map.text[seg.start + k];
      const theirs = seg.node.data[seg.nodeStart + k];
      const same = ours === ' ' ? /\s/.test(theirs) : theirs === ours;
      if (!same) failures.push(`text[${seg.start + k}] ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
      const back = offsetOf(map, seg.node, seg.nodeStart + k);
      if (back !== seg.start + k) failures.push(`offsetOf → ${back}, expected ${seg.start + k}`);
    }
    covered += seg.end - seg.start;
  }
  expect(failures).toEqual([]);
  // everything but the "\n\n" separators is mapped
  const separators = Math.max(0, map.blocks.length - 1) * 2;
  expect(covered).toBe(map.text.length - separators);
}

/** Runs stepwise work to its end, counting its steps. */
export function counted<T>(steps: Steps<T>): { value: T; steps: number } {
  let n = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, steps: n };
    n++;
  }
}

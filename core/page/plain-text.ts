// A .txt input read the same way as a page: blank lines separate blocks, and inside a block line breaks and
// runs of whitespace fold to single spaces (so hard-wrapped text still reads as whole sentences).
import type { PageText, Span } from '../types';

export function pageFromPlainText(text: string): PageText {
  const blocks: Span[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split(/\n[^\S\n]*\n\s*/)) {
    const block = raw
      .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (block === '') continue;
    if (parts.length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    blocks.push({ start: length, end: length + block.length });
    parts.push(block);
    length += block.length;
  }
  return { text: parts.join(''), title: null, published: null, blocks, url: null, lang: null };
}

// The claims the engine finds on a page with a headline and paragraphs, judged as of 2026-11-21: for tests of how
// a headline leads a page that names several deals.
import { judgePage } from '../../core/analyze';
import { bundledFactBase } from '../../core/factbase/bundled';
import type { JudgedClaim, PageText } from '../../core/types';

export function pageClaims(title: string, paragraphs: string[], published = '2025-10-01'): JudgedClaim[] {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const blocks = paragraphs.map((p) => {
    const block = { start: at, end: at + p.length };
    at += p.length + 2;
    return block;
  });
  const page: PageText = { text, title, published, blocks, url: null };
  return judgePage(page, bundledFactBase(), { asOf: '2026-11-21', published: page.published });
}

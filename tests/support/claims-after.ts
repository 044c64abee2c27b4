// The claims the engine finds in one sentence that follows a context paragraph (a lede, or a page's other deals),
// judged with the bundled fact base as of 2026-11-21: what the engine tests of article phrasing share.
import { judgePage } from '../../core/analyze';
import { bundledFactBase } from '../../core/factbase/bundled';
import { pageFromPlainText } from '../../core/page/extract';
import type { JudgedClaim } from '../../core/types';

const fb = bundledFactBase();

export function claimsOf(sentence: string, context: string, published: string | null = null): JudgedClaim[] {
  const page = pageFromPlainText(`${context}\n\n${sentence}`);
  return judgePage(page, fb, { asOf: '2026-11-21', published }).filter((c) => c.start > context.length);
}

/** The status of the sentence's first claim, or null when it has none. */
export const statusOf = (sentence: string, context: string, published: string | null = null) =>
  claimsOf(sentence, context, published)[0]?.status ?? null;

// JSON Lines export of `scan`: one judged document per line, in the contract's key order, written as each
// document is judged. Pure TypeScript.
import type { JudgedClaim } from '../types';
import type { ExportContext, ExportDocument } from './w3c';

/** A document as the contract's JSON gives it (no extracted text). */
export function documentJson(d: ExportDocument) {
  return {
    source: d.source,
    title: d.title,
    published: d.published,
    claims: d.claims.map(claimJson),
    errors: d.errors,
  };
}

/** The contract's keys first and in its order, then the claim's extra fields. */
export function claimJson(claim: JudgedClaim) {
  const { text, start, end, status, asPublished, topic, factId, explanation, source, ...extra } = claim;
  return {
    text,
    start,
    end,
    status,
    asPublished,
    topic,
    factId,
    explanation,
    source: source ? { title: source.title, url: source.url } : null,
    ...extra,
  };
}

/** One line, newline included: the document plus the run's context, so each line stands alone. */
export function toJsonLine(d: ExportDocument, ctx: ExportContext): string {
  return `${JSON.stringify({ ...documentJson(d), asOf: ctx.asOf, factBase: ctx.factBase })}\n`;
}

// The researchers' summary of a scan: per month of publication, partnership, topic, status and fact, how
// many articles and claims. Counted as documents stream past, so memory depends on the number of rows, not
// of documents. Pure TypeScript.
import type { Status } from '../types';
import { csvField } from './csv';

/** What the summary needs of a judged document (a line of `scan --format jsonl` has it too). */
export interface SummarisedDocument {
  published: string | null;
  errors: readonly string[];
  claims: ReadonlyArray<{
    status: Status;
    topic: string;
    factId: string | null;
    factSummary?: string | null;
    partnership?: string | null;
  }>;
}

export interface SummaryRow {
  /** YYYY-MM of publication, or "undated". */
  month: string;
  partnership: string;
  topic: string;
  status: Status;
  /** The fact the claims rest on; "" for claims no fact settles. */
  factId: string;
  factSummary: string;
  articles: number;
  claims: number;
}

export interface SummaryTotals {
  documents: number;
  unreadable: number;
  withClaims: number;
  claims: number;
}

export const UNDATED = 'undated';
/** The terms a researcher looks for first: what the press repeats that is no longer, or never was, true. */
export const STALE_OR_WRONG: readonly Status[] = ['outdated', 'contradicted'];

export class SummaryCounter {
  private readonly rowsByKey = new Map<string, SummaryRow>();
  readonly totals: SummaryTotals = { documents: 0, unreadable: 0, withClaims: 0, claims: 0 };

  add(doc: SummarisedDocument): void {
    this.totals.documents++;
    if (doc.errors.length > 0) this.totals.unreadable++;
    if (doc.claims.length > 0) this.totals.withClaims++;
    this.totals.claims += doc.claims.length;
    const month = /^\d{4}-\d{2}/.exec(doc.published ?? '')?.[0] ?? UNDATED;
    const seen = new Set<SummaryRow>();
    for (const c of doc.claims) {
      const partnership = c.partnership ?? '';
      const factId = c.factId ?? '';
      const key = JSON.stringify([month, partnership, c.topic, c.status, factId]);
      let row = this.rowsByKey.get(key);
      if (!row) {
        row = {
          month,
          partnership,
          topic: c.topic,
          status: c.status,
          factId,
          factSummary: '',
          articles: 0,
          claims: 0,
        };
        this.rowsByKey.set(key, row);
      }
      if (!row.factSummary && c.factSummary) row.factSummary = c.factSummary;
      row.claims++;
      // An article that repeats a term three times counts once among the articles.
      if (!seen.has(row)) {
        seen.add(row);
        row.articles++;
      }
    }
  }

  /** Rows by month, then most articles first. */
  rows(): SummaryRow[] {
    return [...this.rowsByKey.values()].sort(
      (a, b) =>
        cmp(a.month, b.month) ||
        b.articles - a.articles ||
        cmp(a.status, b.status) ||
        cmp(a.partnership, b.partnership) ||
        cmp(a.topic, b.topic) ||
        cmp(a.factId, b.factId),
    );
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const SUMMARY_COLUMNS = [
  'month',
  'partnership',
  'topic',
  'status',
  'factId',
  'factSummary',
  'articles',
  'claims',
] as const;

/** RFC 4180 CSV (CRLF), every status, formula-guarded like the claim export. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [SUMMARY_COLUMNS.map(csvField).join(',')];
  for (const r of rows) lines.push(SUMMARY_COLUMNS.map((k) => csvField(r[k])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The table printed first: outdated and contradicted terms by month, then the claims of each status. */
export function summaryText(rows: readonly SummaryRow[], totals: SummaryTotals): string {
  const out = [
    `${totals.documents} documents (${totals.unreadable} unreadable), ${totals.withClaims} with claims, ${totals.claims} claims`,
    '',
  ];
  const stale = rows.filter((r) => STALE_OR_WRONG.includes(r.status));
  if (stale.length === 0) {
    out.push('No article repeats an outdated or contradicted term.');
  } else {
    out.push('Articles repeating an outdated or contradicted term, by month:');
    out.push(
      ...table([
        ['month', 'articles', 'claims', 'status', 'partnership', 'topic', 'term'],
        ...stale.map((r) => [
          r.month,
          String(r.articles),
          String(r.claims),
          r.status,
          r.partnership,
          r.topic,
          r.factSummary || r.factId,
        ]),
      ]),
    );
  }
  const byStatus = new Map<Status, number>();
  for (const r of rows) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r.claims);
  out.push('', `Claims by status: ${[...byStatus].map(([s, n]) => `${s} ${n}`).join(', ') || 'none'}`);
  return `${out.join('\n')}\n`;
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - [...cell].length)))
      .join('  ')
      .trimEnd(),
  );
}

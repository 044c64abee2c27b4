// RFC 4180 CSV export of judged claims: one row per claim, CRLF line ends. Pure TypeScript.
import type { ExportDocument } from './w3c';

export const CSV_COLUMNS = [
  'source',
  'title',
  'published',
  'text',
  'start',
  'end',
  'status',
  'asPublished',
  'topic',
  'factId',
  'explanation',
  'sourceTitle',
  'sourceUrl',
  /** Last, so the columns before it keep their places for existing readers. */
  'partnership',
] as const;

type Cell = string | number | null;

/** The header row and one row per claim of every document (documents that could not be read have none). */
export function toCsv(documents: ExportDocument[]): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const doc of documents) {
    for (const c of doc.claims) {
      rows.push([
        doc.source,
        doc.title,
        doc.published,
        c.text,
        c.start,
        c.end,
        c.status,
        c.asPublished,
        c.topic,
        c.factId,
        c.explanation,
        c.source?.title ?? null,
        c.source?.url ?? null,
        c.partnership,
      ]);
    }
  }
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Leading characters that make spreadsheets evaluate a cell (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: empty for null; `'`-prefixed when a spreadsheet would read it as a formula; quoted when needed. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

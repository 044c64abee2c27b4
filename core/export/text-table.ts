// The readable `text` format: per document a header and one aligned entry per claim, then a summary line.
// Status is always a word and a symbol; colour (TTY only) is decoration on top. Pure TypeScript.
import { STATUSES, type Status } from '../types';
import { type ExportContext, type ExportDocument, STATUS_LABEL } from './w3c';

export interface TextTableOptions extends ExportContext {
  /** ANSI colour; pass true only when writing to a terminal. */
  color?: boolean;
  /** Line width to wrap at (terminal columns); default 100. */
  width?: number;
}

const ANSI: Record<Status | 'bold' | 'dim', string> = {
  supported: '32',
  outdated: '33',
  contradicted: '31',
  unverified: '36',
  bold: '1',
  dim: '2',
};
const INDENT = '  ';
const GAP = '  ';
const STATUS_WIDTH = Math.max(...STATUSES.map((s) => width(STATUS_LABEL[s])));

export function toTextTable(documents: ExportDocument[], opts: TextTableOptions): string {
  const paint = (code: keyof typeof ANSI, s: string) => (opts.color ? `\x1b[${ANSI[code]}m${s}\x1b[0m` : s);
  const lineWidth = Math.max(60, opts.width ?? 100);
  const out = [
    `Partnership Lens · fact base ${opts.factBase.version} (${opts.factBase.published}) · judged as of ${opts.asOf}`,
  ];
  const hang = INDENT + ' '.repeat(STATUS_WIDTH + GAP.length);
  const wrapAt = lineWidth - hang.length;
  for (const doc of documents) {
    out.push('', paint('bold', doc.source));
    out.push(`${INDENT}${doc.title ?? '(no title)'}`, `${INDENT}published ${doc.published ?? 'unknown'}`);
    for (const error of doc.errors) out.push(`${INDENT}error: ${error}`);
    if (doc.errors.length === 0 && doc.claims.length === 0) out.push(`${INDENT}no partnership claims found`);
    for (const c of doc.claims) {
      out.push('');
      const label = STATUS_LABEL[c.status].padEnd(STATUS_WIDTH);
      const [first, ...rest] = wrap(`"${c.text}"`, wrapAt);
      out.push(`${INDENT}${paint(c.status, label)}${GAP}${first}`);
      const details = rest.map((line) => ({ line, dim: false }));
      const add = (s: string) => {
        for (const line of wrap(s, wrapAt)) details.push({ line, dim: true });
      };
      const asPublished = c.asPublished
        ? ` · as published${doc.published ? ` (${doc.published})` : ''}: ${STATUS_LABEL[c.asPublished]}`
        : '';
      if (c.partnership) add(`partnership ${c.partnership}`);
      add(`${c.topic}${c.factId ? ` · fact ${c.factId}` : ''}${asPublished}`);
      add(c.explanation);
      if (c.amendment) add(`Changed ${c.amendment.date}: ${c.amendment.summary}`);
      if (c.source) add(`Source: ${c.source.title}${c.source.url ? ` <${c.source.url}>` : ''}`);
      for (const d of details) out.push(hang + (d.dim ? paint('dim', d.line) : d.line));
    }
  }
  out.push('', summaryLine(documents));
  return `${out.join('\n')}\n`;
}

/** "5 claims in 2 documents: 2 ✓ supported, 1 ⟳ outdated, … · 1 document could not be read" */
export function summaryLine(documents: ExportDocument[]): string {
  const claims = documents.flatMap((d) => d.claims);
  const counts = STATUSES.map(
    (s) => `${claims.filter((c) => c.status === s).length} ${STATUS_LABEL[s].toLowerCase()}`,
  );
  const failed = documents.filter((d) => d.errors.length > 0).length;
  return (
    `${plural(claims.length, 'claim')} in ${plural(documents.length, 'document')}: ${counts.join(', ')}` +
    (failed > 0 ? ` · ${plural(failed, 'document')} could not be read` : '')
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function width(s: string): number {
  return [...s].length;
}

/** Greedy word wrap at spaces; a word longer than a line (a URL) gets a line of its own, uncut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

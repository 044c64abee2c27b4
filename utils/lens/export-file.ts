// The page's claims as a file the reader takes away: W3C Web Annotation JSON-LD or CSV, in the same shapes
// as `scan --format w3c|csv`. Built in the page, where the text the quotes come from already is.
import { toCsv } from '@/core/export/csv';
import { type ExportDocument, toW3cCollection } from '@/core/export/w3c';
import type { IsoDate, JudgedClaim, PageText } from '@/core/types';
import type { ExportFile, ExportFormat } from '../messaging';

export interface ExportInput {
  source: string;
  page: PageText;
  claims: JudgedClaim[];
  factBase: { version: string; published: IsoDate };
  asOf: IsoDate;
  host: string;
}

export function buildExport(format: ExportFormat, input: ExportInput): ExportFile {
  const doc: ExportDocument = {
    source: input.source,
    title: input.page.title,
    published: input.page.published,
    text: input.page.text,
    claims: input.claims,
    errors: [],
  };
  const base = `partnership-lens-${input.host.replace(/[^a-z0-9.-]/gi, '_')}-${input.asOf}`;
  if (format === 'csv') return { filename: `${base}.csv`, mime: 'text/csv', body: toCsv([doc]) };
  const collection = toW3cCollection([doc], { factBase: input.factBase, asOf: input.asOf });
  return {
    filename: `${base}.jsonld`,
    mime: 'application/ld+json',
    body: `${JSON.stringify(collection, null, 2)}\n`,
  };
}

// Writes pages as a WARC file through warcio: for tests, the benchmark and the cluster recipe's demo input.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  /** The HTTP body: HTML or any other content. */
  body: string | Uint8Array;
  /** HTTP Content-Type; default text/html; charset=utf-8. */
  contentType?: string;
  /** WARC-Date (ISO date-time); default 2025-01-01T00:00:00Z. */
  date?: string;
  /** 'response' (default, with HTTP headers) or 'resource'. */
  type?: 'response' | 'resource';
}

/** Writes the pages to `path`, gzipped per record when `gzip` (the usual .warc.gz layout). */
export async function writeWarc(path: string, pages: Iterable<WarcPage>, gzip: boolean): Promise<void> {
  const out = createWriteStream(path);
  const encoder = new TextEncoder();
  for (const page of pages) {
    const body = typeof page.body === 'string' ? encoder.encode(page.body) : page.body;
    const type = page.type ?? 'response';
    const contentType = page.contentType ?? 'text/html; charset=utf-8';
    const record = WARCRecord.create(
      {
        url: page.url,
        date: page.date ?? '2025-01-01T00:00:00Z',
        type,
        warcVersion: 'WARC/1.1',
        ...(type === 'response'
          ? { httpHeaders: { 'Content-Type': contentType }, statusline: 'HTTP/1.1 200 OK' }
          : { warcHeaders: { 'Content-Type': contentType } }),
      },
      [body],
    );
    const bytes = await WARCSerializer.serialize(record, { gzip });
    if (!out.write(bytes)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

// Reads the pages of a WARC file (.warc or .warc.gz) one record at a time, through warcio: `response` records
// with HTML or plain text, and `resource` records. Memory stays flat: one record's bytes at a time.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { DEFAULT_MAX_BYTES, isHtmlType, parseContentType, type RawInput } from '../load-input';

export function isWarcPath(input: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(input);
}

/** What one WARC record gives: a page to judge, or a record that is not a page and why. */
export type WarcItem =
  | { kind: 'page'; uri: string; warcDate: string | null; raw: RawInput }
  | { kind: 'skipped'; uri: string; reason: string };

/** The failure of the file itself (missing, truncated, corrupt): the records before it were already given. */
export class WarcFileError extends Error {
  override name = 'WarcFileError';
}

export interface WarcOptions {
  /** Largest record payload read; larger ones are skipped without being held in memory. Default 25 MB. */
  maxBytes?: number;
}

/** The pages of a WARC in file order; throws WarcFileError when the file cannot be read to its end. */
export async function* warcPages(path: string, opts: WarcOptions = {}): AsyncGenerator<WarcItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new WarcFileError(info.isDirectory() ? 'is a directory' : 'not a regular file');
  } catch (e) {
    throw e instanceof WarcFileError ? e : new WarcFileError(fileReason(e));
  }
  const parser = new WARCParser(await recordStream(path));
  let count = 0;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (e) {
      throw brokenAfter(count, e);
    }
    if (!record) break;
    count++;
    let item: WarcItem | null;
    try {
      item = await pageOf(record, maxBytes);
    } catch (e) {
      throw brokenAfter(count - 1, e);
    }
    if (item) yield item;
  }
  if (count === 0) throw new WarcFileError('no WARC records (empty or not a WARC file)');
}

/**
 * The file's uncompressed bytes. Gzip (found by its magic bytes, whatever the name) is inflated by Node's zlib,
 * which reads the one-member-per-record layout and, unlike a lenient inflater, fails on a truncated file.
 */
async function recordStream(path: string): Promise<Readable> {
  const file = await open(path);
  const magic = Buffer.alloc(2);
  try {
    await file.read(magic, 0, 2, 0);
  } finally {
    await file.close();
  }
  const stream = createReadStream(path);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) return stream;
  const gunzip = createGunzip();
  stream.on('error', (e) => gunzip.destroy(e));
  return stream.pipe(gunzip);
}

/** Reads the rest of a record's block and fails when the file ends before its Content-Length does. */
async function readBlock(record: WARCRecord): Promise<Uint8Array> {
  const expected = (record.reader as LimitReader).limit;
  const bytes = await record.readFully(false);
  if (bytes.length < expected) throw new Error(`record ends ${expected - bytes.length} bytes early`);
  return bytes;
}

async function skipBlock(record: WARCRecord): Promise<void> {
  const expected = (record.reader as LimitReader).limit;
  const skipped = (await record.skipFully()) ?? expected;
  if (skipped < expected) throw new Error(`record ends ${expected - skipped} bytes early`);
}

/** A response or resource record as a page; null for records that are never pages (request, warcinfo…). */
async function pageOf(record: WARCRecord, maxBytes: number): Promise<WarcItem | null> {
  if (!record.warcHeader('Content-Length')) throw new Error('record without Content-Length');
  const type = record.warcType;
  const uri = record.warcTargetURI ?? '';
  const skipped = async (reason: string): Promise<WarcItem> => {
    await skipBlock(record);
    return { kind: 'skipped', uri, reason };
  };
  if (type !== 'response' && type !== 'resource') {
    await skipBlock(record);
    return null;
  }
  const contentType =
    type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType;
  if (type === 'response' && !record.httpHeaders)
    return await skipped('response record without HTTP headers');
  const status = Number(record.httpHeaders?.statusCode ?? 200);
  if (status < 200 || status >= 300) return await skipped(`HTTP ${status}, not a page`);
  const { type: media, charset } = parseContentType(contentType);
  if (media && !isHtmlType(media) && media !== 'text/plain') {
    return await skipped(`not HTML (content type ${media})`);
  }
  if (record.warcContentLength > maxBytes) {
    return await skipped(
      `record too large (${megabytes(record.warcContentLength)}; limit ${megabytes(maxBytes)})`,
    );
  }
  await readBlock(record);
  // Content (decoded from any Content-Encoding or chunking), not the raw HTTP body.
  const bytes = type === 'response' ? await record.readFully(true) : await record.readFully(false);
  return {
    kind: 'page',
    uri,
    warcDate: record.warcDate ?? null,
    raw: { bytes, charset, html: isHtmlType(media) ? true : null, url: uri || null },
  };
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function fileReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read: ${e instanceof Error ? e.message : String(e)}`;
}

/** "truncated after 3 records (unexpected end of file)": what went wrong, and how far the reading got. */
function brokenAfter(records: number, e: unknown): WarcFileError {
  const message = (e instanceof Error ? e.message : String(e)).replace(/^truncated(?: or corrupt)?: /, '');
  const truncated = /unexpected end|incomplete|early|truncat|Content-Length/i.test(message);
  return new WarcFileError(
    `${truncated ? 'truncated' : 'corrupt'} after ${records} record${records === 1 ? '' : 's'} (${message})`,
  );
}

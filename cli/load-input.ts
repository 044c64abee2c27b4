// Reads one `scan` input (file or http(s) URL) into a PageText, or says in a few words why it cannot.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FactBase } from '../core/factbase/schema';
import { parseFactBase } from '../core/factbase/load';
import { pageFromPlainText } from '../core/page/extract';
import type { PageText } from '../core/types';
import { readHtmlString } from './read-html';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

export interface LoadOptions {
  /** Download timeout; default PLENS_FETCH_TIMEOUT_MS or 15 s. */
  timeoutMs?: number;
  /** Largest file or download read; default 25 MB. */
  maxBytes?: number;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The media type (lower case, '' when absent) and charset of a Content-Type header. */
export function parseContentType(header: string | null | undefined): {
  type: string;
  charset: string | null;
} {
  const [mediaType, ...params] = (header ?? '').split(';').map((s) => s.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.replace(/^charset=["']?|["']$/gi, '') ?? null;
  return { type: mediaType.toLowerCase(), charset };
}

/** True for the types read as HTML; text/plain is read too, as plain text. */
export function isHtmlType(type: string): boolean {
  return HTML_TYPES.has(type);
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export function timeoutFromEnv(env: Record<string, string | undefined>): number {
  const ms = Number(env.PLENS_FETCH_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
}

/** Reads a file or URL and extracts the page: HTML by extension, content type or content; plain text otherwise. */
export async function loadInput(input: string, opts: LoadOptions = {}): Promise<Loaded<PageText>> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const raw = isUrl(input)
    ? await download(input, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes)
    : await readLocal(input, maxBytes);
  if (!raw.ok) return raw;
  return pageFromRaw(raw.value);
}

/**
 * Extracts the page from bytes already read (a file, a download, a WARC record): decoding, HTML or plain
 * text, and the same checks for every source, so a page gives the same verdicts however it arrived.
 */
export function pageFromRaw({ bytes, charset, html, url }: RawInput): Loaded<PageText> {
  const empty = fail(url ? 'empty page' : 'empty file');
  if (bytes.length === 0) return empty;
  const decoded = decode(bytes, charset ?? sniffMetaCharset(bytes));
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  if (text.trim() === '') return empty;
  const page =
    (html ?? looksLikeHtml(text))
      ? readHtmlString(text, url ? { url } : undefined).page
      : pageFromPlainText(text);
  if (page.text.trim() === '') return fail('no article text found');
  return { ok: true, value: page };
}

export interface RawInput {
  bytes: Uint8Array;
  /** Charset declared by the server. */
  charset: string | null;
  /** true/false when the extension or content type decides; null: decide by the content. */
  html: boolean | null;
  url: string | null;
}

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

async function readLocal(path: string, maxBytes: number): Promise<Loaded<RawInput>> {
  try {
    // stat before opening: opening a named pipe would wait for a writer.
    const info = await stat(path);
    if (info.isDirectory()) return fail('is a directory');
    if (!info.isFile()) return fail('not a regular file');
    if (info.size > maxBytes)
      return fail(`file too large (${megabytes(info.size)}; limit ${megabytes(maxBytes)})`);
    const bytes = await readFile(path);
    const html = HTML_EXTENSIONS.has(extname(path).toLowerCase()) ? true : null;
    return { ok: true, value: { bytes, charset: null, html, url: null } };
  } catch (e) {
    return fail(fileError(e));
  }
}

function fileError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'no such file';
    default:
      return `cannot read: ${e instanceof Error ? e.message : String(e)}`;
  }
}

async function download(url: string, timeoutMs: number, maxBytes: number): Promise<Loaded<RawInput>> {
  try {
    new URL(url);
  } catch {
    return fail('invalid URL');
  }
  const seconds = `${timeoutMs / 1000} s`;
  try {
    const res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
    });
    if (!res.ok) {
      await res.body?.cancel();
      return fail(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const { type, charset } = parseContentType(res.headers.get('content-type'));
    if (type && !HTML_TYPES.has(type) && type !== 'text/plain') {
      await res.body?.cancel();
      return fail(`unsupported content type ${type} (expected text/html or text/plain)`);
    }
    const length = Number(res.headers.get('content-length'));
    if (length > maxBytes) {
      await res.body?.cancel();
      return fail(`page too large (${megabytes(length)}; limit ${megabytes(maxBytes)})`);
    }
    const bytes = await readCapped(res, maxBytes);
    if (!bytes) return fail(`page too large (over ${megabytes(maxBytes)})`);
    return {
      ok: true,
      value: { bytes, charset, html: HTML_TYPES.has(type) ? true : null, url: res.url || url },
    };
  } catch (e) {
    return fail(fetchError(e, seconds));
  }
}

/** The body, or null when it exceeds maxBytes (the download is then cancelled). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function fetchError(e: unknown, seconds: string): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${seconds}`;
  const code = err?.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
    return `no answer within ${seconds}`;
  const detail = err?.cause?.message ?? err?.message ?? String(e);
  return `download failed: ${code ? `${code} ` : ''}${detail}`.trim();
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Decodes bytes as text: a BOM wins, then the declared charset, then UTF-8. Content with NUL bytes, or that
 * is mostly invalid UTF-8 or control characters, is reported as binary.
 */
export function decode(bytes: Uint8Array, declared: string | null): Loaded<string> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, value: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, value: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.indexOf(0) !== -1) return fail('binary file (contains NUL bytes), not text or HTML');
  const label = decoderLabel(declared);
  if (label !== 'utf-8') return { ok: true, value: new TextDecoder(label).decode(bytes) };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f)
        bad++;
    }
    // A few stray bytes are tolerated (replaced by U+FFFD); more than 5% is not text.
    if (bad > text.length * 0.05) return fail('binary file (not valid UTF-8 text)');
    return { ok: true, value: text };
  }
}

/** A TextDecoder label for a declared charset; UTF-8 for unknown ones and for UTF-16 declared in a meta tag. */
function decoderLabel(declared: string | null): string {
  if (!declared) return 'utf-8';
  try {
    const encoding = new TextDecoder(declared.trim()).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8';
  }
}

/** The charset of a `<meta charset>` or `<meta http-equiv="Content-Type">` within the first 1024 bytes. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** True when text starts like an HTML document (after whitespace, an XML declaration and comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/i.test(
    head,
  );
}

/** Reads and validates a --facts bundle. */
export async function loadFactBaseFile(path: string): Promise<Loaded<FactBase>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    return fail(e instanceof SyntaxError ? `not valid JSON (${e.message})` : fileError(e));
  }
  try {
    return { ok: true, value: parseFactBase(json) };
  } catch (e) {
    return fail((e instanceof Error ? e.message : String(e)).split('\n')[0]);
  }
}

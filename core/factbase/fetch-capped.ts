// Downloading one file of the update channel: https only, a time limit, a size limit, every redirect hop
// checked before it is followed, and refused where the platform hides the hop (a browser's opaque redirect).
// Nothing is cached or revalidated (`no-store`): no ETag or Last-Modified goes back to the host, so it cannot
// tag an install, and a cached copy can never stand in for the file. `fetch` is a parameter (the service worker's,
// Node's, or a test's fake). Never throws: failures come back as one short sentence.

/** The part of `fetch` this module uses. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Allow http:// for 127.0.0.1, localhost and [::1] (local tests and previews only). */
  allowLoopbackHttp: boolean;
  maxRedirects?: number;
}

export type Fetched =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; url: string }
  | { ok: false; reason: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a URL may not be fetched, or null when it may. */
export function urlProblem(url: string, allowLoopbackHttp: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && allowLoopbackHttp && LOOPBACK.has(parsed.hostname)) return null;
  return 'not an https URL';
}

class TimedOut extends Error {}

/** Fetches `url` into memory within the limits. */
export async function fetchCapped(url: string, fetch: FetchLike, limits: FetchLimits): Promise<Fetched> {
  const initial = urlProblem(url, limits.allowLoopbackHttp);
  if (initial) return { ok: false, reason: initial };
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimedOut());
    }, limits.timeoutMs);
  });
  try {
    return await Promise.race([download(url, fetch, limits, controller.signal), deadline]);
  } catch (e) {
    if (e instanceof TimedOut || controller.signal.aborted) {
      return { ok: false, reason: `timed out after ${seconds(limits.timeoutMs)} s` };
    }
    return { ok: false, reason: networkReason(e) };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function download(
  url: string,
  fetch: FetchLike,
  limits: FetchLimits,
  signal: AbortSignal,
): Promise<Fetched> {
  const init = { signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' } as const;
  let current = url;
  let response: Response | undefined;
  for (let hop = 0; ; hop++) {
    response = await fetch(current, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      // Browsers hide where a manual redirect goes, so its hops cannot be checked: refused. (Following it and
      // checking only where it ended would let an https hop pass through anywhere on the way.)
      return { ok: false, reason: 'redirects are not followed (publish at the final address)' };
    }
    const location =
      response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) break;
    await discard(response);
    if (hop >= (limits.maxRedirects ?? 5)) return { ok: false, reason: 'too many redirects' };
    const next = resolveUrl(location, current);
    if (!next || urlProblem(next, limits.allowLoopbackHttp)) {
      return { ok: false, reason: 'redirected to a non-https URL' };
    }
    current = next;
  }
  // `current` passed the check; a platform that followed a redirect on its own is caught here.
  const finalUrl = response.url || current;
  if (urlProblem(finalUrl, limits.allowLoopbackHttp)) {
    await discard(response);
    return { ok: false, reason: 'redirected to a non-https URL' };
  }
  if (!response.ok) {
    await discard(response);
    return { ok: false, reason: `HTTP ${response.status}` };
  }
  const bytes = await readBody(response, limits.maxBytes);
  if (!bytes) return { ok: false, reason: `file larger than ${formatBytes(limits.maxBytes)}` };
  return { ok: true, bytes, url: finalUrl };
}

/** The body, or null as soon as it is known to exceed `maxBytes` (declared length or bytes received). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await discard(response);
    return null;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Lets go of a body we will not read. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function resolveUrl(location: string, base: string): string | null {
  try {
    return new URL(location, base).href;
  } catch {
    return null;
  }
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  const detail = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return `network error (${detail})`;
}

function seconds(ms: number): string {
  return String(Math.round(ms / 10) / 100);
}

/** "2 MB", "64 KB", "512 bytes" (binary units, as limits are set). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

// How latest.json and the bundle are fetched: https only, time and size limits, redirects checked. Real
// servers on 127.0.0.1 where the behaviour is the network's (never answering, streaming too much, redirecting
// with a Location header); fake fetches where it is the browser's (a followed redirect, an opaque redirect).
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../core/factbase/fetch-capped';
import { checkForUpdate } from '../../../core/factbase/update-check';
import {
  checkOptions,
  factBaseAt,
  fakeHost,
  hostRelease,
  localServer,
  makeRelease,
  newKey,
  nodeFetch,
  type Release,
} from './release-fixture';

const key = await newKey();
const release = await makeRelease(factBaseAt('1.1.0'), key);
const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Handler = Parameters<typeof localServer>[0];
async function serve(handler: Handler) {
  const server = await localServer(handler);
  servers.push(server);
  return server.origin;
}

/** Serves a release under /plens/ with `override` taking some paths first. */
function releaseHandler(r: Release, override: Record<string, Handler> = {}): Handler {
  return (req, res) => {
    if (override[req.url ?? '']) return override[req.url ?? ''](req, res);
    if (req.url === '/plens/latest.json') return res.end(r.latestBytes);
    if (req.url === `/plens/factbase-${r.latest.version}.json`) return res.end(r.bundleBytes);
    res.statusCode = 404;
    res.end('not found');
  };
}

function recording(fetch: FetchLike) {
  const urls: string[] = [];
  const wrapped: FetchLike = (url, init) => {
    urls.push(url);
    return fetch(url, init);
  };
  return { fetch: wrapped, urls };
}

const loopback = (origin: string, fetch: FetchLike = nodeFetch, extra = {}) =>
  checkOptions(key, fetch, { latestUrl: `${origin}/plens/latest.json`, allowLoopbackHttp: true, ...extra });

describe('a local server (loopback http allowed for tests)', () => {
  it('serves an update that is accepted', async () => {
    const origin = await serve(releaseHandler(release));
    expect(await checkForUpdate(loopback(origin))).toMatchObject({ kind: 'updated', version: '1.1.0' });
  });

  it('that never answers: refused after the timeout', async () => {
    const origin = await serve(() => {});
    const started = Date.now();
    const result = await checkForUpdate(loopback(origin, nodeFetch, { timeoutMs: 200 }));
    expect(result).toEqual({ kind: 'refused', reason: 'timed out after 0.2 s (latest.json)' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('that stops in the middle of the bundle: refused after the timeout', async () => {
    const origin = await serve(
      releaseHandler(release, {
        '/plens/factbase-1.1.0.json': (_req, res) => {
          res.writeHead(200, { 'content-length': String(release.bundleBytes.length) });
          res.write(release.bundleBytes.subarray(0, 1000));
        },
      }),
    );
    const result = await checkForUpdate(loopback(origin, nodeFetch, { timeoutMs: 300 }));
    expect(result).toEqual({ kind: 'refused', reason: 'timed out after 0.3 s (bundle)' });
  });

  it('answering 404 or 500', async () => {
    const notFound = await serve((_req, res) => {
      res.statusCode = 404;
      res.end('no');
    });
    expect(await checkForUpdate(loopback(notFound))).toEqual({
      kind: 'refused',
      reason: 'HTTP 404 (latest.json)',
    });
    const broken = await serve(
      releaseHandler(release, {
        '/plens/factbase-1.1.0.json': (_req, res) => {
          res.statusCode = 500;
          res.end('oops');
        },
      }),
    );
    expect(await checkForUpdate(loopback(broken))).toEqual({ kind: 'refused', reason: 'HTTP 500 (bundle)' });
  });

  it('that is not there: connection refused', async () => {
    const origin = await serve(() => {});
    await servers.pop()!.close();
    expect(await checkForUpdate(loopback(origin))).toEqual({
      kind: 'refused',
      reason: 'connection refused (latest.json)',
    });
  });

  it('streaming more than the limit, with no length announced: reading stops at the limit', async () => {
    let sent = 0;
    let closed = false;
    const origin = await serve((_req, res) => {
      res.on('close', () => {
        closed = true;
      });
      const chunk = new Uint8Array(16 * 1024).fill(32);
      const pump = () => {
        if (closed || sent > 50 * 1024 * 1024) return res.end();
        sent += chunk.length;
        if (res.write(chunk)) setImmediate(pump);
        else res.once('drain', pump);
      };
      pump();
    });
    const result = await checkForUpdate(loopback(origin));
    expect(result).toEqual({ kind: 'refused', reason: 'file larger than 64 KB (latest.json)' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toBeLessThan(5 * 1024 * 1024);
  });

  it('redirecting to http: refused without following (manual redirects)', async () => {
    const { fetch, urls } = recording(nodeFetch);
    const origin = await serve((_req, res) => {
      res.writeHead(302, { location: 'http://facts.example.org/plens/latest.json' });
      res.end();
    });
    expect(await checkForUpdate(loopback(origin, fetch))).toEqual({
      kind: 'refused',
      reason: 'redirected to a non-https URL (latest.json)',
    });
    expect(urls).toEqual([`${origin}/plens/latest.json`]);
  });

  it('redirecting within allowed URLs: followed', async () => {
    const { fetch, urls } = recording(nodeFetch);
    const origin = await serve(
      releaseHandler(release, {
        '/old/latest.json': (_req, res) => {
          res.writeHead(301, { location: '/plens/latest.json' });
          res.end();
        },
      }),
    );
    const result = await checkForUpdate(loopback(origin, fetch, { latestUrl: `${origin}/old/latest.json` }));
    expect(result).toMatchObject({ kind: 'updated', version: '1.1.0' });
    expect(urls).toEqual([
      `${origin}/old/latest.json`,
      `${origin}/plens/latest.json`,
      `${origin}/plens/factbase-1.1.0.json`,
    ]);
  });

  it('redirecting in a loop: refused', async () => {
    const origin = await serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
      res.end();
    });
    expect(await checkForUpdate(loopback(origin, nodeFetch, { latestUrl: `${origin}/a` }))).toEqual({
      kind: 'refused',
      reason: 'too many redirects (latest.json)',
    });
  });
});

/** A response as a browser gives it after following redirects to `url`. */
function redirectedTo(url: string, body: BodyInit | Uint8Array): Response {
  const response = new Response(body as BodyInit, { status: 200 });
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetching rules', () => {
  it('a browser that followed a redirect to http: refused', async () => {
    const { fetch } = fakeHost({
      '/plens/latest.json': () =>
        redirectedTo('http://facts.example.org/plens/latest.json', release.latestBytes),
    });
    expect(await checkForUpdate(checkOptions(key, fetch))).toEqual({
      kind: 'refused',
      reason: 'redirected to a non-https URL (latest.json)',
    });
  });

  it('a browser that hides a manual redirect: refused, never followed (its hops cannot be checked)', async () => {
    const inits: string[] = [];
    const fetch: FetchLike = async (_url, init) => {
      inits.push(String(init.redirect));
      if (init.redirect === 'manual') {
        const opaque = new Response(null, { status: 200 });
        Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
        return opaque;
      }
      // An https end: only checking where a chain ended would accept this, whatever the hops were.
      return redirectedTo('https://mirror.example.org/latest.json', release.latestBytes);
    };
    expect(await checkForUpdate(checkOptions(key, fetch))).toEqual({
      kind: 'refused',
      reason: 'redirects are not followed (publish at the final address) (latest.json)',
    });
    expect(inits).toEqual(['manual']);
  });

  it('asks for no cache, no credentials and no referrer (no ETag or cookie can tag an install)', async () => {
    const seen: RequestInit[] = [];
    const host = hostRelease(release);
    const fetch: FetchLike = (url, init) => {
      seen.push(init);
      return host.fetch(url, init);
    };
    expect(await checkForUpdate(checkOptions(key, fetch))).toMatchObject({ kind: 'updated' });
    expect(seen.length).toBe(2);
    for (const init of seen) {
      expect(init).toMatchObject({ cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
    }
  });

  it('http URLs: refused, loopback included unless allowed', async () => {
    const host = hostRelease(release);
    for (const latestUrl of [
      'http://facts.example.org/latest.json',
      'http://127.0.0.1:9/latest.json',
      'file:///etc/passwd',
    ]) {
      expect(await checkForUpdate(checkOptions(key, host.fetch, { latestUrl }))).toEqual({
        kind: 'refused',
        reason: 'not an https URL (latest.json)',
      });
    }
    expect(host.requested).toEqual([]);
  });

  it('a signed latest.json naming an http bundle: refused before fetching it', async () => {
    const r = await makeRelease(factBaseAt('1.1.0'), key, {
      bundleUrl: 'http://facts.example.org/plens/b.json',
    });
    const host = hostRelease(r);
    expect(await checkForUpdate(checkOptions(key, host.fetch))).toEqual({
      kind: 'refused',
      reason: 'not an https URL (bundle)',
    });
    expect(host.requested).toHaveLength(1);
  });

  it('a file announced larger than the limit: not read', async () => {
    let read = false;
    const body = new ReadableStream(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 },
    );
    const { fetch } = fakeHost({
      '/plens/latest.json': () =>
        new Response(body, { headers: { 'content-length': String(3 * 1024 * 1024) } }),
    });
    expect(await checkForUpdate(checkOptions(key, fetch))).toEqual({
      kind: 'refused',
      reason: 'file larger than 64 KB (latest.json)',
    });
    expect(read).toBe(false);
  });

  it('a bundle larger than 2 MB, announced by latest.json: not downloaded', async () => {
    const big = await makeRelease(factBaseAt('1.1.0'), key, { bundleBytes: new Uint8Array(3 * 1024 * 1024) });
    const host = hostRelease(big);
    expect(await checkForUpdate(checkOptions(key, host.fetch))).toEqual({
      kind: 'refused',
      reason: 'file larger than 2 MB (bundle)',
    });
    expect(host.requested).toHaveLength(1);
  });

  it('a bundle larger than the limit on the wire (whatever latest.json said)', async () => {
    const host = hostRelease({ ...release, bundleBytes: new Uint8Array(3 * 1024 * 1024) });
    expect(await checkForUpdate(checkOptions(key, host.fetch))).toEqual({
      kind: 'refused',
      reason: 'file larger than 2 MB (bundle)',
    });
  });
});

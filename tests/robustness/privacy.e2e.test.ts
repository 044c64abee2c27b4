// Privacy: in a whole session — a page annotated, its card opened, the popup and the options page used, an
// export downloaded — the extension makes no network request at all. The test build has no fact-base update
// channel (the only address the extension may ever contact, when a build names one), so every request the
// browser makes must be the test site's own.
//
// Two independent observers: Playwright reports each request with the page (web page or extension page) or
// service worker that made it; and Chromium is pointed at a logging proxy for every request, loopback
// included, so nothing reaches any network without passing it. Chromium's own services (sign-in, component
// updates) use the network too, from the browser process: the proxy tells them apart by the fetch metadata
// (Sec-Fetch-*) that requests from pages, workers and extension contexts carry. A last step proves both
// observers would see a request the extension's service worker made.
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, chromiumPath } from '../e2e/support/extension';
import { MARK, cardText, waitForClaims } from '../e2e/support/pages';
import { type Site, articlePage, startSite } from './support/site';
import { JUDGE_WORKER_FILE } from '../../utils/lens/judge-worker-protocol';

interface Proxied {
  line: string;
  /** Sec-Fetch-Site was sent: a page, a worker or an extension context made the request, not Chromium. */
  fromWebContext: boolean;
}

/** A forward proxy that logs every request (plain HTTP forwarded, CONNECT refused). */
async function startLoggingProxy(): Promise<{ port: number; log: Proxied[]; close: () => Promise<void> }> {
  const log: Proxied[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    log.push({
      line: `${req.method} ${req.url}`,
      fromWebContext: req.headers['sec-fetch-site'] !== undefined,
    });
    const target = new URL(req.url ?? '/');
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    // An https request's headers are inside the tunnel: Playwright's report covers those.
    log.push({ line: `CONNECT ${req.url}`, fromWebContext: false });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

let site: Site;
let proxy: Awaited<ReturnType<typeof startLoggingProxy>>;
let context: BrowserContext;
let profile: string;
const seen: Array<{ url: string; by: string }> = [];

beforeAll(async () => {
  site = await startSite({
    '/article.html': articlePage({
      title: 'Microsoft and OpenAI, privately',
      body: `<p id="a">Azure is OpenAI's exclusive cloud provider.</p>
<p id="b">Microsoft owns 49% of OpenAI, a note said.</p><p>Neither company commented.</p>`,
    }),
  });
  proxy = await startLoggingProxy();
  profile = mkdtempSync(join(tmpdir(), 'plens-privacy-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      // Loopback through the proxy too (Chromium sends it direct by default).
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  context.on('request', (r) => {
    const worker = r.serviceWorker();
    seen.push({
      url: r.url(),
      by: worker ? `service worker ${worker.url()}` : (r.frame()?.url() ?? 'unknown'),
    });
  });
});

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  await proxy?.close();
  await site?.close();
});

describe('network requests', () => {
  it('are only the test site’s own: the extension sends nothing anywhere', { timeout: 60_000 }, async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    // The background registers the pre-check right after install.
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
          return (await api.scripting.getRegisteredContentScripts()).length;
        }),
      )
      .toBe(1);
    const page = await context.newPage();
    await page.goto(`${site.origin}/article.html`);
    const claims = await waitForClaims(page, 2);
    expect(claims.map((c) => c.status)).toEqual(['outdated', 'contradicted']);
    await page.hover(`#b ${MARK}`);
    await expect.poll(() => cardText(page)).toContain('Contradicted');

    // The popup for the tab, an export from it, and the options page.
    const tabId = await worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'W3C annotations (JSON-LD)' }).click(),
    ]);
    expect(await file.failure()).toBeNull();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);

    const site127 = `http://127.0.0.1:${site.port}/`;
    // Every request Playwright saw is the page's own document or an extension file; none came from the
    // service worker or went to another address.
    const offsite = seen.filter(
      (r) => !r.url.startsWith(site127) && !r.url.startsWith(`chrome-extension://${id}/`),
    );
    expect(offsite.filter((r) => !/^(data|blob):/.test(r.url))).toEqual([]);
    // The service worker reads one file of the extension's own (the judging worker's script, handed to the
    // annotator): from the installed package, never the network. Nothing else.
    const own = `chrome-extension://${id}/`;
    expect(
      seen.filter((r) => r.by.startsWith('service worker') && r.url !== `${own}${JUDGE_WORKER_FILE}`),
    ).toEqual([]);
    // The only request to the site is the article itself (the navigation): the content scripts asked for nothing.
    expect(seen.filter((r) => r.url.startsWith(site127)).map((r) => r.url)).toEqual([
      `${site127}article.html`,
    ]);
    // The proxy saw the page load (it sees loopback), and no request from a page, worker or extension
    // context to anywhere but the site.
    expect(proxy.log).toContainEqual({ line: `GET ${site127}article.html`, fromWebContext: true });
    expect(proxy.log.filter((p) => p.fromWebContext && !p.line.startsWith(`GET ${site127}`))).toEqual([]);

    // Both observers catch a request the service worker makes (as an extension leaking data would).
    const beacon = `${site127}beacon?from=worker`;
    await worker.evaluate((u) => fetch(u).then((r) => r.status), beacon);
    await expect.poll(() => seen.find((r) => r.url === beacon)?.by).toBe(`service worker ${worker.url()}`);
    expect(proxy.log).toContainEqual({ line: `GET ${beacon}`, fromWebContext: true });
    await popup.close();
    await options.close();
    await page.close();
  });
});

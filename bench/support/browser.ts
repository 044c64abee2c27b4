// Chromium with one extension loaded (ours, or the do-nothing baseline), pages served on 127.0.0.1, and one
// traced page load at a time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/extension';
import { type ExtensionWork, type TraceEvent, extensionWork, startTrace } from './trace';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The test build: granted access to all sites at install, checks every page as it loads. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');
export const MARK = 'mark[data-plens-claim]';

export { chromiumPath };

export function buildExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], {
    cwd: ROOT,
    encoding: 'utf8',
    // The test build without an update channel, whatever the shell has set (as the end-to-end tests build it).
    env: { ...process.env, PLENS_UPDATE_URL: '', PLENS_FACTS_PUBLIC_KEY: '' },
  });
  if (result.status !== 0)
    throw new Error(`wxt build --mode e2e failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * The baseline: an extension whose one content script sets an attribute on the page, run on every page at
 * document_idle like our pre-check. Written to a temp dir; returns its path.
 */
export function writeNoopExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plens-noop-ext-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Do nothing',
      version: '1.0.0',
      host_permissions: ['http://*/*', 'https://*/*'],
      background: { service_worker: 'background.js' },
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '// nothing\n');
  writeFileSync(
    join(dir, 'content.js'),
    "document.documentElement.setAttribute('data-noop-extension', '1');\n",
  );
  return dir;
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extOrigin: string;
  close: () => Promise<void>;
}

export async function launchWith(extensionDir: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'plens-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs(extensionDir),
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extOrigin: `chrome-extension://${extensionId}/`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until our background has registered the pre-check (it does so right after install). */
export async function waitForPrecheck(b: Browser, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const n = await b.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.scripting.getRegisteredContentScripts()).length;
    });
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the pre-check was never registered');
}

export interface Site {
  origin: string;
  close: () => Promise<void>;
}

/** Serves fixed HTML per path on 127.0.0.1. */
export async function serve(pages: Map<string, string>): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Distinct claim ids highlighted on the page. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(
    (sel) => new Set([...document.querySelectorAll(sel)].map((m) => m.getAttribute('data-plens-claim'))).size,
    MARK,
  );
}

export interface LoadResult extends ExtensionWork {
  highlights: number;
  events: TraceEvent[];
}

/**
 * Loads `url` in a new tab under a trace and measures the extension's main-thread work. Nothing evaluates
 * JavaScript in the page while the trace runs (see trace.ts, 'script-free'): the trace covers the load and
 * `settleMs` after it, then the highlights are counted. `after` runs on the page before it is closed.
 */
export async function tracedLoad(
  b: Browser,
  url: string,
  opts: { settleMs?: number; after?: (page: Page) => Promise<void> } = {},
): Promise<LoadResult> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const stop = await startTrace(cdp, 'script-free');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(opts.settleMs ?? 1000);
  const events = await stop();
  const highlights = await highlightCount(page);
  if (opts.after) await opts.after(page);
  await cdp.detach().catch(() => {});
  await page.close();
  const work = extensionWork(events, { pageOrigin: new URL(url).origin, extOrigin: b.extOrigin });
  return { ...work, highlights, events };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

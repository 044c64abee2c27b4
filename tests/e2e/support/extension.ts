// Builds the test build of the extension and launches Debian's Chromium with it, the way a reader runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import type { browser } from 'wxt/browser';

/** The extension APIs, as seen from an extension page in `page.evaluate`. */
declare const chrome: typeof browser;

export const ROOT = resolve(import.meta.dirname, '../../..');
/** `wxt build --mode e2e`: granted access to all sites at install, checks pages as they load. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's. Throws (never skips) when there is none. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The end-to-end tests drive a real Chromium: install it ` +
        '(Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  return path;
}

/**
 * Chromium's flags for a headless run with one unpacked extension. The networking flags keep Chromium from
 * reaching for Google's hosts, which this machine's closed network refuses.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** The test build with a fact-base update channel (tests/e2e/support/wxt.update.config.ts). */
export const UPDATE_EXTENSION_DIR = join(ROOT, '.output/e2e-update/chrome-mv3-e2e');

export function buildExtension(
  opts: { config?: string; env?: Record<string, string>; outputDir?: string } = {},
): string {
  const dir = opts.outputDir ?? EXTENSION_DIR;
  const args = ['wxt', 'build', '--mode', 'e2e', ...(opts.config ? ['-c', opts.config] : [])];
  const result = spawnSync('npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    // Updates stay off unless the caller names a channel, whatever the shell has set.
    env: { ...process.env, PLENS_UPDATE_URL: '', PLENS_FACTS_PUBLIC_KEY: '', ...opts.env },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}`);
  return dir;
}

/**
 * Throws unless the build carries React's production code (what readers get): no development JSX runtime,
 * and the production build's minified error messages.
 */
export function assertProductionReact(dir: string): void {
  const chunks = readdirSync(join(dir, 'chunks')).map((f) => readFileSync(join(dir, 'chunks', f), 'utf8'));
  const all = chunks.join('\n');
  if (all.includes('jsxDEV') || !all.includes('Minified React error')) {
    throw new Error(`${dir} carries React's development build: the tests would not test what ships`);
  }
}

/** The test build, with automatic updates from `latestUrl` trusting `publicKey`. */
export function buildUpdateExtension(latestUrl: string, publicKey: string): string {
  return buildExtension({
    config: 'tests/e2e/support/wxt.update.config.ts',
    env: { PLENS_UPDATE_URL: latestUrl, PLENS_FACTS_PUBLIC_KEY: publicKey },
    outputDir: UPDATE_EXTENSION_DIR,
  });
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** An extension page kept open to call extension APIs from (tabs, storage, action). */
  control: Page;
  close: () => Promise<void>;
}

export async function launchExtension(
  opts: { headless?: boolean; extensionDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionSession> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'plens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1100, height: 720 },
    args: chromiumArgs(dir),
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/options.html`);
  // The background has run its first task once it answers a message: its listeners are in place, the one that
  // reads each page's headers among them. A page opened before that is judged on its main thread, since no
  // record says a worker is allowed there (tests/e2e/first-load covers that case); the other tests expect the
  // worker, so they wait. The service worker exists before its script has run, and on a slow machine that
  // was a window the first page of a run could fall into.
  await control.evaluate(() => chrome.runtime.sendMessage({ plens: 'factbase:get', data: null }));
  return {
    context,
    extensionId,
    control,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id of the tab showing `page` (its URL must be unique among open tabs). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  // An extension page asks for its own tab: Chromium 150 no longer shows an extension its own pages' URLs in
  // tabs.query without the "tabs" permission, which the extension does not ask for.
  if (url.startsWith('chrome-extension://')) {
    const own = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? null);
    if (own === null) throw new Error(`no tab shows ${url}`);
    return own;
  }
  const id = await session.control.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup for a tab, in a tab of its own (`popup.html?tab=<id>`). */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The toolbar button's tooltip for a tab: what its badge counts. */
export async function badgeTitle(session: ExtensionSession, tabId: number): Promise<string> {
  return session.control.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

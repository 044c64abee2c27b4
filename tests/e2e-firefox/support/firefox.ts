// Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core: nothing is downloaded), with the Firefox
// build of the extension installed as a temporary add-on (which has its host permissions from the start).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../../e2e/support/extension';

/** `wxt build -b firefox --mode e2e`. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3-e2e');
/** The same with an update channel (PLENS_UPDATE_URL, PLENS_FACTS_PUBLIC_KEY). */
export const FIREFOX_UPDATE_DIR = join(ROOT, '.output/e2e-update/firefox-mv3-e2e');
export const GECKO_ID = 'partnership-lens@partnershiplens.org';
/** The add-on's moz-extension:// host, fixed by a preference so tests can open its pages. */
export const ADDON_UUID = '5f1d3b2a-6c4e-4f7a-9b8c-0d1e2f3a4b5c';

/** The Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr. Throws (never skips) when there is none. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. The Firefox tier drives a real Firefox: install it ` +
        '(Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH to its executable.',
    );
  }
  return path;
}

export function buildFirefoxExtension(opts: { env?: Record<string, string>; config?: string } = {}): string {
  const args = [
    'wxt',
    'build',
    '-b',
    'firefox',
    '--mode',
    'e2e',
    ...(opts.config ? ['-c', opts.config] : []),
  ];
  const result = spawnSync('npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PLENS_UPDATE_URL: '', PLENS_FACTS_PUBLIC_KEY: '', ...opts.env },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const dir = opts.config ? FIREFOX_UPDATE_DIR : FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}`);
  return dir;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  close: () => Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets the tests open the add-on's own pages (popup, options): WebDriver BiDi refuses to navigate a tab
    // to moz-extension:// without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      // Keep Firefox off the network: the tests use pages on 127.0.0.1 only.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const id = await browser.installExtension(extensionDir);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  return { browser, origin: `moz-extension://${ADDON_UUID}`, close: () => browser.close() };
}

/** Statuses and texts of the highlighted claims, in document order (the same reading as tests/e2e). */
export function claimsOf(page: Page): Promise<Array<[string, string]>> {
  return page.evaluate(() => {
    const seen = new Map<string, [string, string]>();
    for (const m of document.querySelectorAll('mark[data-plens-claim][data-plens-key]')) {
      const id = m.getAttribute('data-plens-claim') ?? '';
      const entry = seen.get(id) ?? [m.getAttribute('data-plens-status') ?? '', ''];
      entry[1] += m.textContent;
      seen.set(id, entry);
    }
    return [...seen.values()];
  });
}

export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  timeout = 15_000,
): Promise<T> {
  const until = Date.now() + timeout;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/**
 * Opens one of the add-on's pages in a new tab. The tab moves to the extension process on the way, and the
 * navigation's promise never settles over BiDi: the page is read once its document answers instead.
 */
export async function openAddonPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  void page.goto(`${session.origin}${path}`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => location.href).catch(() => ''),
    (href) => href.startsWith(session.origin),
  );
  return page;
}

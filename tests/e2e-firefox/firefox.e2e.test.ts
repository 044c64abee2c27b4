// The Firefox build in a real Firefox (Debian's ESR, over WebDriver BiDi): the sample pages show the same
// highlights and statuses as in Chromium, the card opens, the popup and options pages open without a CSP
// error, and a signed fact-base update is taken.
import type { Page as ChromiumPage } from 'playwright-core';
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../core/factbase/bundled';
import { type ExtensionSession, launchExtension } from '../e2e/support/extension';
import { seenClaims } from '../e2e/support/pages';
import { type SiteServer, startSiteServer } from '../e2e/support/server';
import { newSigningKey, publishedSite, startUpdateServer } from '../e2e/support/update-server';
import {
  type FirefoxSession,
  buildFirefoxExtension,
  claimsOf,
  launchFirefox,
  openAddonPage,
  waitFor,
} from './support/firefox';

const PAGES = ['/article.html', '/strict-csp.html', '/stale.html'];

let site: SiteServer;
let firefox: FirefoxSession;
let chromium: ExtensionSession;
const cspErrors: string[] = [];

function watchConsole(page: Page): void {
  page.on('console', (m: ConsoleMessage) => {
    if (/Content[- ]Security[- ]Policy|CSP/i.test(m.text())) cspErrors.push(`${page.url()}: ${m.text()}`);
  });
}

async function firefoxPage(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  watchConsole(page);
  await page.goto(url);
  return page;
}

/** What Chromium shows on a page once its highlights have settled. */
async function chromiumClaims(url: string): Promise<Array<[string, string]>> {
  const page: ChromiumPage = await chromium.context.newPage();
  await page.goto(url);
  let last = '';
  const until = Date.now() + 15_000;
  let claims: Array<[string, string]> = [];
  while (Date.now() < until) {
    claims = (await seenClaims(page)).map((c) => [c.status, c.text]);
    const now = JSON.stringify(claims);
    if (claims.length > 0 && now === last) break;
    last = now;
    await page.waitForTimeout(400);
  }
  await page.close();
  return claims;
}

beforeAll(async () => {
  site = await startSiteServer();
  [firefox, chromium] = await Promise.all([launchFirefox(), launchExtension()]);
});

afterAll(async () => {
  await firefox?.close();
  await chromium?.close();
  await site?.close();
});

describe('the Firefox build', () => {
  it.each(PAGES)('highlights %s exactly as Chromium does', async (path) => {
    const url = `${site.origin}${path}`;
    const expected = await chromiumClaims(url);
    expect(expected.length).toBeGreaterThan(0);
    const page = await firefoxPage(url);
    const seen = await waitFor(
      () => claimsOf(page),
      (c) => c.length === expected.length,
    );
    expect(seen).toEqual(expected);
    await page.close();
  });

  it('opens the card on a highlight (in a closed shadow root the page cannot read)', async () => {
    const page = await firefoxPage(`${site.origin}/article.html`);
    await waitFor(
      () => claimsOf(page),
      (c) => c.length > 0,
    );
    const selector = 'mark[data-plens-key][data-plens-first]';
    await page.hover(selector);
    // The card's content is out of the page's reach; what lies just below the highlight is the card's host.
    const hit = await waitFor(
      () =>
        page.evaluate((sel) => {
          const mark = document.querySelector(sel) as Element;
          const r = mark.getBoundingClientRect();
          const host = document.body.lastElementChild;
          const at = document.elementFromPoint(r.left + 20, r.bottom + 20);
          return { onCard: at !== null && at === host, open: host?.shadowRoot ?? null };
        }, selector),
      (h) => h.onCard,
    );
    expect(hit).toEqual({ onCard: true, open: null });
    await page.close();
  });

  it('opens the popup on a tab and the options page, with no CSP error', async () => {
    const page = await firefoxPage(`${site.origin}/article.html`);
    const claims = await waitFor(
      () => claimsOf(page),
      (c) => c.length === 4,
    );
    const options = await openAddonPage(firefox, '/options.html');
    watchConsole(options);
    await waitFor(
      () => options.evaluate(() => document.querySelector('.in-use')?.textContent ?? ''),
      (t) => t.includes(bundledFactBase().manifest.version),
    );
    const tabId = await options.evaluate(async (u) => {
      type Tab = { url?: string; id?: number };
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]> } } })
        .browser;
      return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, page.url());
    expect(tabId).not.toBeNull();
    const popup = await openAddonPage(firefox, `/popup.html?tab=${tabId}`);
    watchConsole(popup);
    const statuses = await waitFor(
      () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('button.claim')].map((b) => b.getAttribute('data-status')),
        ),
      (s) => s.length === claims.length,
    );
    // The popup lists what needs attention first, then the supported claims: the same claims as the page.
    expect([...statuses].sort()).toEqual(claims.map(([status]) => status).sort());
    expect(cspErrors).toEqual([]);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});

describe('a Firefox build with an update address', () => {
  it('takes a newer signed release on "Check now"', async () => {
    const key = await newSigningKey();
    const updates = await startUpdateServer();
    const next = structuredClone(bundledFactBase());
    const [major, minor] = next.manifest.version.split('.').map(Number);
    const version = `${major}.${minor + 1}.0`;
    next.manifest.version = version;
    updates.serve(await publishedSite(next, key));
    const dir = buildFirefoxExtension({
      config: 'tests/e2e/support/wxt.update.config.ts',
      env: { PLENS_UPDATE_URL: updates.latestUrl, PLENS_FACTS_PUBLIC_KEY: key.publicKey },
    });
    const session = await launchFirefox(dir);
    try {
      const options = await openAddonPage(session, '/options.html');
      watchConsole(options);
      await waitFor(
        () => options.evaluate(() => document.querySelector('.in-use')?.textContent ?? ''),
        (t) => t.includes(version),
        30_000,
      ).catch(async () => {
        // Checked at install already, or not yet: ask now, as a reader would.
        await options.evaluate(() =>
          [...document.querySelectorAll('button')].find((b) => b.textContent === 'Check now')?.click(),
        );
        await waitFor(
          () => options.evaluate(() => document.querySelector('.in-use')?.textContent ?? ''),
          (t) => t.includes(version),
        );
      });
      expect(
        await options.evaluate(() => document.querySelector('.in-use')?.getAttribute('data-origin')),
      ).toBe('downloaded');
      expect(updates.requested).toContain(`/factbase-${version}.json`);
      expect(cspErrors).toEqual([]);
    } finally {
      await session.close();
      await updates.close();
    }
  });
});

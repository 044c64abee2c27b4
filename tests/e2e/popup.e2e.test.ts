// The popup and the options page in real Chromium: what a page holds, jumping to a claim, exports, checking
// a page on a click, accessibility.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../core/export/csv';
import { bundledFactBase } from '../../core/factbase/bundled';
import { latestAmendment } from '../../core/report/latest-amendment';
import { W3C_CONTEXT } from '../../core/export/w3c';
import {
  type ExtensionSession,
  ROOT,
  badgeText,
  launchExtension,
  openPopup,
  tabIdOf,
} from './support/extension';
import { axeViolations } from './support/axe';
import { MARK, inView, waitForClaims } from './support/pages';
import { type SiteServer, startSiteServer } from './support/server';

const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const FACTS = bundledFactBase();
const STAMP = `Fact base ${FACTS.manifest.version} of ${FACTS.manifest.published}`;

let site: SiteServer;
let session: ExtensionSession;

beforeAll(async () => {
  site = await startSiteServer();
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

async function open(path: string, viewport = { width: 1000, height: 420 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${site.origin}${path}`);
  return page;
}

async function download(popup: Page, button: string): Promise<{ name: string; body: string }> {
  const [file] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path, 'utf8') };
}

describe('the popup on an article', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await open('/article.html');
    await waitForClaims(page, 4);
    tabId = await tabIdOf(session, page);
    popup = await openPopup(session, tabId);
    await popup.locator('button.claim').first().waitFor();
  });

  it('opens on what needs attention: counts that filter, then the supported claims, the latest change and the version', async () => {
    expect(await popup.locator('.summary').textContent()).toBe('4 partnership claims on this page');
    expect(await popup.locator('.attention').textContent()).toBe(
      '3 need attention: outdated, contradicted or unverified.',
    );
    const counts = await popup
      .locator('.counts li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-status'), li.getAttribute('data-count')]));
    expect(counts).toEqual([
      ['contradicted', '1'],
      ['outdated', '1'],
      ['unverified', '1'],
      ['supported', '1'],
    ]);
    const group = popup.locator('.group[data-partnership="microsoft-openai"]');
    expect(await group.locator('.group-name').textContent()).toBe('Microsoft–OpenAI partnership');
    const lists = group.locator('ol.claims');
    expect(await lists.evaluateAll((ols) => ols.map((ol) => ol.getAttribute('aria-label')))).toEqual([
      'Microsoft–OpenAI partnership: needs attention',
      'Microsoft–OpenAI partnership: supported',
    ]);
    const statuses = (i: number) =>
      lists
        .nth(i)
        .locator('button.claim')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-status')));
    expect(await statuses(0)).toEqual(['outdated', 'contradicted', 'unverified']);
    expect(await statuses(1)).toEqual(['supported']);
    expect(await lists.nth(0).locator('button.claim').first().textContent()).toContain(
      "Azure is OpenAI's exclusive cloud provider.",
    );
    const amendment = group.locator('.amendment');
    expect(await amendment.locator('h3').textContent()).toBe('Latest change: Microsoft–OpenAI partnership');
    const latest = latestAmendment(FACTS, FACTS.partnerships[0].id, '9999-12-31')!;
    expect(await amendment.locator('time').getAttribute('datetime')).toBe(latest.date);
    expect(await amendment.locator('a').getAttribute('href')).toBe(latest.source?.url);
    expect(await popup.locator('.stamp').textContent()).toBe(STAMP);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png'), fullPage: true });
  });

  it('filters by status when a count is pressed, and shows all again when it is pressed again', async () => {
    const contradicted = popup.locator('.counts li[data-status="contradicted"] button');
    await contradicted.click();
    expect(await contradicted.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() =>
        popup.locator('button.claim').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-status'))),
      )
      .toEqual(['contradicted']);
    await contradicted.click();
    await expect.poll(() => popup.locator('button.claim').count()).toBe(4);
  });

  it("opens the timeline of a claim's term", async () => {
    const [timeline] = await Promise.all([
      session.context.waitForEvent('page'),
      popup
        .locator('.claims li', { has: popup.locator('button.claim[data-status="outdated"]') })
        .getByRole('button', { name: 'How this term changed' })
        .click(),
    ]);
    await timeline.waitForURL(/options\.html#timeline\?/);
    expect(new URL(timeline.url()).hash).toContain('topic=cloud');
    await timeline.locator('.tl-segment[data-claim]').first().waitFor();
    await timeline.close();
  });

  it('scrolls the page to a claim and makes it flash when the claim is clicked', async () => {
    const target = `${MARK}[data-plens-first][data-plens-status="outdated"]`;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => inView(page, target)).toBe(false);
    await popup.locator('button.claim[data-status="outdated"]').click();
    // Smooth scrolling, in a tab the test keeps behind the popup's (so its frames are throttled).
    await expect.poll(() => inView(page, target), { timeout: 8000 }).toBe(true);
    expect(
      await page.locator(`${MARK}[data-plens-status="outdated"][data-plens-flash]`).count(),
    ).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-plens-status'))).toBe(
      'outdated',
    );
  });

  it("exports the page's claims as W3C Web Annotation JSON-LD", async () => {
    const { name, body } = await download(popup, 'W3C annotations (JSON-LD)');
    expect(name).toMatch(/^partnership-lens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const json = JSON.parse(body);
    expect(json['@context']).toBe(W3C_CONTEXT);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(4);
    const items = json.first.items as Array<{
      motivation: string;
      body: Array<{ purpose: string; value?: string }>;
      target: { source: string; selector: Array<{ type: string; exact?: string }> };
    }>;
    expect(items.map((a) => a.body.find((b) => b.purpose === 'assessing')?.value)).toEqual([
      'outdated',
      'contradicted',
      'supported',
      'unverified',
    ]);
    for (const a of items) {
      expect(a.motivation).toBe('assessing');
      expect(a.target.source).toBe(page.url());
    }
    expect(items[2].target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(
      'Microsoft invested $1 billion in OpenAI in 2019.',
    );
    // Each annotation names its partnership, and the file passes the W3C's own MUST assertions.
    for (const a of items) {
      expect(a.body).toContainEqual({
        type: 'TextualBody',
        purpose: 'tagging',
        value: 'partnership:microsoft-openai',
      });
    }
    const file = join(mkdtempSync(join(tmpdir(), 'plens-w3c-')), name);
    writeFileSync(file, body);
    const suite = join(ROOT, '../shared/w3c-annotation-tests');
    const check = spawnSync('python3', [join(suite, 'check.py'), suite, file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it("exports the page's claims as CSV, one row per claim", async () => {
    const { name, body } = await download(popup, 'CSV');
    expect(name).toMatch(/\.csv$/);
    const lines = body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(CSV_COLUMNS.at(-1)).toBe('partnership');
    for (const line of lines.slice(1)) expect(line.endsWith(',microsoft-openai')).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain("Azure is OpenAI's exclusive cloud provider.");
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',').find((cell) => /^(supported|outdated|contradicted|unverified)$/.test(cell))),
    ).toEqual(['outdated', 'contradicted', 'supported', 'unverified']);
    expect(await popup.locator('.notice').textContent()).toMatch(/^Saved partnership-lens-/);
  });

  it('has no serious or critical accessibility violations (axe-core), in light and dark', async () => {
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('is reachable by keyboard: the counts, every claim and switch take focus, needs-attention first', async () => {
    await popup.reload();
    await popup.locator('button.claim').first().waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      stops.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const status = el?.getAttribute('data-status') ?? el?.closest('li')?.getAttribute('data-status');
          const kind = el?.classList.contains('count-filter')
            ? 'count'
            : el?.classList.contains('claim')
              ? 'claim'
              : '';
          return kind ? `${kind}:${status}` : (el?.getAttribute('name') ?? el?.textContent?.trim() ?? '');
        }),
      );
    }
    expect(stops.slice(0, 4)).toEqual([
      'count:contradicted',
      'count:outdated',
      'count:unverified',
      'count:supported',
    ]);
    expect(stops.filter((s) => s.startsWith('claim:'))).toEqual([
      'claim:outdated',
      'claim:contradicted',
      'claim:unverified',
      'claim:supported',
    ]);
    expect(stops).toContain('How this term changed');
    expect(stops).toContain('everywhere');
    expect(stops).toContain('site');
  });
});

describe('pages without claims, and pages out of reach', () => {
  it('a page that never names a party costs no annotator; a click checks it', async () => {
    const page = await open('/quiet.html');
    const tabId = await tabIdOf(session, page);
    await page.waitForTimeout(800);
    const present = () =>
      session.control.evaluate(
        (id) =>
          chrome.tabs.sendMessage(id, { plens: 'lens:sync', data: null }).then(
            () => true,
            () => false,
          ),
        tabId,
      );
    expect(await present()).toBe(false);
    const popup = await openPopup(session, tabId);
    await expect
      .poll(() => popup.locator('.summary').textContent())
      .toBe('No partnership claims found on this page.');
    expect(await present()).toBe(true);
    expect(await badgeText(session, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('a page that names the companies but makes no partnership claim says so', async () => {
    const page = await open('/no-claims.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await expect
      .poll(() => popup.locator('.summary').textContent())
      .toBe('No partnership claims found on this page.');
    expect(await page.locator(MARK).count()).toBe(0);
    expect(await popup.locator('.amendment').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('an extension page is "not available"', async () => {
    const popup = await openPopup(session, await tabIdOf(session, session.control));
    await expect.poll(() => popup.locator('.summary').textContent()).toMatch(/^Not available on this page\./);
    expect(await popup.locator('input[name="site"]').count()).toBe(0);
    await popup.close();
  });
});

describe('checking pages on a click only', () => {
  it('with automatic checking off, a page is annotated when the popup opens on it', async () => {
    const control = await openPopup(session, await tabIdOf(session, session.control));
    const auto = control.locator('input[name="auto"]');
    await expect.poll(() => auto.isChecked()).toBe(true); // the test build starts with it on
    await auto.click();
    await expect.poll(() => auto.isChecked()).toBe(false);

    const page = await open('/stale.html');
    await page.waitForTimeout(1200);
    expect(await page.locator(MARK).count()).toBe(0);
    const popup = await openPopup(session, await tabIdOf(session, page));
    const claims = await waitForClaims(page, 4);
    expect(claims.map((c) => c.status)).toEqual(['outdated', 'supported', 'supported', 'contradicted']);
    await expect.poll(() => popup.locator('button.claim').count()).toBe(4);
    await popup.close();

    await auto.click(); // on again: the access is already granted in the test build
    await expect.poll(() => auto.isChecked()).toBe(true);
    await control.close();
    await page.close();
  });
});

describe('the options page', () => {
  let options: Page;

  beforeAll(async () => {
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Partnership Lens options' }).waitFor();
  });

  it('adds and removes sites where annotations are off, and refuses what is not a site', async () => {
    const page = await open('/article.html');
    await waitForClaims(page, 4);
    const field = options.getByLabel('Site (name or address)');
    await field.fill('not a site');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => options.locator('.error').textContent())
      .toContain('is not a site name or web address');
    await field.fill(`http://127.0.0.1:${site.port}/article.html`);
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.locator('.sites li span').allTextContents()).toEqual(['127.0.0.1']);
    await expect.poll(() => page.locator(MARK).count()).toBe(0);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => options.locator('.sites li').count()).toBe(0);
    await waitForClaims(page, 4);
    await page.close();
  });

  it('changes the highlight style on open pages', async () => {
    const page = await open('/article.html');
    await waitForClaims(page, 4);
    await options.getByLabel(/^Tinted background/).check();
    await expect
      .poll(() =>
        page
          .locator(MARK)
          .evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-plens-style')))]),
      )
      .toEqual(['tint']);
    await options.getByLabel(/^Underline/).check();
    await page.close();
  });

  it('tells what the fact base is', async () => {
    const about = options.locator('.about');
    expect(await about.textContent()).toContain(STAMP);
    // The test build is made without an update address: no made-up one, and nothing to check.
    expect(await options.locator('.updates-off').textContent()).toMatch(
      /^Automatic updates are off in this build: no update address was set when it was built\./,
    );
    expect(await options.getByRole('button', { name: 'Check now' }).count()).toBe(0);
    expect(await about.textContent()).toMatch(/\d+ dated events and \d+ facts/);
    expect(await about.locator('a').first().getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('has no serious or critical accessibility violations (axe-core), in light and dark', async () => {
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
  });
});

/** The extension APIs, as seen from an extension page in `evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

// Fact-base updates in real Chromium: the test build made with an update channel pointing at a local host
// (plain http to 127.0.0.1 is allowed in the test build only) and a key pair made here. A release signed with
// another key is refused and shown as such; a newer signed release in which one fact was re-rated is accepted
// on "Check now", the open page is judged again with it, the popup and the options page name the new version,
// and the extension asks nothing of the network but the update address.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../core/factbase/bundled';
import type { FactBase } from '../../core/factbase/schema';
import { compareVersions } from '../../core/factbase/semver';
import {
  type ExtensionSession,
  badgeText,
  badgeTitle,
  buildUpdateExtension,
  launchExtension,
  openPopup,
  tabIdOf,
} from './support/extension';
import { axeViolations } from './support/axe';
import { MARK, waitForClaims } from './support/pages';
import { type SiteServer, startSiteServer } from './support/server';
import {
  type Site,
  type UpdateServer,
  newSigningKey,
  publishedSite,
  startUpdateServer,
} from './support/update-server';
import { JUDGE_WORKER_FILE } from '../../utils/lens/judge-worker-protocol';

const BUNDLED = bundledFactBase();
/** The next minor release after the bundled one, published the same day. */
const NEXT_VERSION = BUNDLED.manifest.version.replace(
  /^(\d+)\.(\d+)\.\d+$/,
  (_, major, minor) => `${major}.${Number(minor) + 1}.0`,
);
const NEXT_PUBLISHED = BUNDLED.manifest.published;
/** The claim whose fact the release re-rates: contradicted with the bundled data, unverified after. */
const CLAIM = 'Microsoft owns 49% of OpenAI, one analyst wrote in a note to clients this week.';

/** The next release: one fact changed (the 49% stake figure, "wrong" → "reported"). */
function nextFactBase(): FactBase {
  const fb = structuredClone(BUNDLED);
  fb.manifest.version = NEXT_VERSION;
  fb.manifest.published = NEXT_PUBLISHED;
  fb.facts.find((f) => f.id === 'stake-49-wrong')!.confidence = 'reported';
  return fb;
}

let site: SiteServer;
let updates: UpdateServer;
let session: ExtensionSession;
let options: Page;
/** The next release, signed with the key the build trusts. */
let goodSite: Site;
/** Every request the browser made from the moment it was launched: pages and service worker. */
const seen: Array<{ url: string; fromWorker: boolean }> = [];

beforeAll(async () => {
  // Compared as numbers: "3.9.0" comes before "3.10.0".
  expect(compareVersions(BUNDLED.manifest.version, NEXT_VERSION)).toBeLessThan(0);
  const key = await newSigningKey();
  const stranger = await newSigningKey();
  site = await startSiteServer();
  updates = await startUpdateServer();
  // Until the test says otherwise, the host serves a newer release signed with a key the build does not trust.
  updates.serve(await publishedSite(nextFactBase(), stranger));
  const dir = buildUpdateExtension(updates.latestUrl, key.publicKey);
  session = await launchExtension({ extensionDir: dir });
  session.context.on('request', (r: Request) =>
    seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null }),
  );
  goodSite = await publishedSite(nextFactBase(), key);
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await updates?.close();
  await site?.close();
});

const checkResult = () => options.locator('.check-result').textContent();
const inUse = () => options.locator('.in-use').textContent();

/** The highlighted claim's status on the page. */
function statusOf(page: Page, text: string): Promise<string | null> {
  return page.evaluate(
    ({ selector, text }) => {
      const byId = new Map<string, { status: string | null; text: string }>();
      for (const m of document.querySelectorAll(selector)) {
        const id = m.getAttribute('data-plens-claim') ?? '';
        const entry = byId.get(id) ?? { status: m.getAttribute('data-plens-status'), text: '' };
        entry.text += m.textContent;
        byId.set(id, entry);
      }
      return [...byId.values()].find((c) => c.text === text)?.status ?? null;
    },
    { selector: MARK, text },
  );
}

describe('a build with an update address', () => {
  it('checked at install, refused a release signed with another key, and says why', async () => {
    await expect.poll(checkResult, { timeout: 15_000 }).toBe('Update refused: signature does not verify');
    expect(updates.requested).toEqual(['/latest.json']); // the bundle of a refused release is never fetched
    expect(await inUse()).toBe(
      `In use: fact base ${BUNDLED.manifest.version} of ${BUNDLED.manifest.published}, shipped with the extension.`,
    );
    expect(await options.locator('.update-url code').textContent()).toBe(updates.latestUrl);
    expect(await options.locator('.updates-off').count()).toBe(0);
  });

  it('refuses an update address that is not https', async () => {
    await options
      .getByLabel('Use another update address (https)')
      .fill('http://facts.example.org/latest.json');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => options.locator('#update-url-error').textContent())
      .toMatch(/must start with https:\/\//);
    expect(await options.locator('.update-url code').textContent()).toBe(updates.latestUrl);
  });

  it('takes a newer signed release on "Check now" and judges the open page again with it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.origin}/article.html`);
    const before = await waitForClaims(page, 4);
    expect(before.map((c) => c.status)).toEqual(['outdated', 'contradicted', 'supported', 'unverified']);
    expect(await statusOf(page, CLAIM)).toBe('contradicted');
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badgeText(session, tabId)).toBe('3');
    expect(await badgeTitle(session, tabId)).toContain('(1 outdated, 1 contradicted, 1 unverified)');

    updates.serve(goodSite);
    const checkedAt = updates.requested.length;
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(checkResult).toBe(`Updated to fact base ${NEXT_VERSION}.`);
    expect(updates.requested.slice(checkedAt)).toEqual(['/latest.json', `/factbase-${NEXT_VERSION}.json`]);
    expect(await inUse()).toBe(
      `In use: fact base ${NEXT_VERSION} of ${NEXT_PUBLISHED}, downloaded as an update.`,
    );
    await expect
      .poll(() => options.locator('.about .stamp').textContent())
      .toBe(`Fact base ${NEXT_VERSION} of ${NEXT_PUBLISHED}`);

    // The page was told: the re-rated claim changes status in place, the others stay as they were.
    await expect.poll(() => statusOf(page, CLAIM)).toBe('unverified');
    const after = await waitForClaims(page, 4);
    expect(after.map((c) => c.status)).toEqual(['outdated', 'unverified', 'supported', 'unverified']);
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    // Still three need attention, but the tooltip tells the re-rated claim's new status.
    await expect.poll(() => badgeTitle(session, tabId)).toContain('(1 outdated, 2 unverified)');
    expect(await badgeText(session, tabId)).toBe('3');

    const popup = await openPopup(session, tabId);
    await expect
      .poll(() => popup.locator('.stamp').textContent())
      .toBe(`Fact base ${NEXT_VERSION} of ${NEXT_PUBLISHED}`);
    await expect
      .poll(() =>
        popup.locator('button.claim').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-status'))),
      )
      .toEqual(['outdated', 'unverified', 'unverified', 'supported']); // needs attention first

    // From the popup: "Check for updates" asks again (past any cache) and finds nothing newer.
    const popupCheckAt = updates.requested.length;
    await popup.getByRole('button', { name: 'Check for updates' }).click();
    await expect
      .poll(() => popup.locator('.update-notice').textContent())
      .toBe('Up to date: no newer fact base is published.');
    expect(updates.requested.slice(popupCheckAt)).toEqual(['/latest.json']);
    await popup.close();

    // A page loaded from now on is judged with the download from the start.
    await page.reload();
    await expect.poll(() => statusOf(page, CLAIM), { timeout: 10_000 }).toBe('unverified');
    await page.close();
  });

  it('has an options page with no serious or critical accessibility violations (axe-core), light and dark', async () => {
    await options.locator('.check-result').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('asked nothing of the network but the update address (and the pages the test opened)', () => {
    // Less the one file of its own package it reads (the judging worker's script, handed to annotators).
    const fromWorker = seen
      .filter(
        (r) => r.fromWorker && r.url !== `chrome-extension://${session.extensionId}/${JUDGE_WORKER_FILE}`,
      )
      .map((r) => r.url);
    // Seen at all: the service worker's requests are in the log.
    expect(fromWorker).toContain(updates.latestUrl);
    expect(new Set(fromWorker)).toEqual(
      new Set([updates.latestUrl, `${updates.origin}/factbase-${NEXT_VERSION}.json`]),
    );
    // A blob: URL is read from memory, not the network: the script of the annotator's judging worker.
    const elsewhere = seen
      .map((r) => r.url)
      .filter(
        (url) =>
          !url.startsWith(`blob:${site.origin}/`) &&
          !url.startsWith(`${site.origin}/`) &&
          !url.startsWith(`chrome-extension://${session.extensionId}/`) &&
          !url.startsWith(`${updates.origin}/`),
      );
    expect(elsewhere).toEqual([]);
    const fromPages = seen.filter((r) => !r.fromWorker && r.url.startsWith(`${updates.origin}/`));
    expect(fromPages).toEqual([]);
  });
});

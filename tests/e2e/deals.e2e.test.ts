// A page about several deals, in real Chromium: each claim is judged against the partnership its sentence names
// (not the one the page mentions first), the card names that partnership, the popup groups the claims by it, and
// a sentence about a deal the fact base does not track stays unmarked.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../core/factbase/bundled';
import { type ExtensionSession, launchExtension, openPopup, tabIdOf } from './support/extension';
import { cardText, hoverInPlace, MARK, waitForClaims } from './support/pages';
import { type SiteServer, startSiteServer } from './support/server';

const NAMES = new Map(bundledFactBase().partnerships.map((p) => [p.id, p.name]));

/** Paragraph id → the partnership its claim is about, and the verdict as of today. */
const EXPECTED: Record<string, { partnership: string; status: string }> = {
  amazon: { partnership: 'amazon-anthropic', status: 'outdated' },
  google: { partnership: 'google-anthropic', status: 'contradicted' },
  nvidia: { partnership: 'nvidia-openai', status: 'contradicted' },
  microsoft: { partnership: 'microsoft-openai', status: 'supported' },
};

let site: SiteServer;
let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  site = await startSiteServer();
  session = await launchExtension();
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${site.origin}/deals.html`);
  await waitForClaims(page, Object.keys(EXPECTED).length);
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a page about several deals', () => {
  it('marks the four claims, each with its verdict, and leaves the untracked deal and the market colour alone', async () => {
    const marked = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((m) => [
          m.closest('p')?.id ?? '',
          m.getAttribute('data-plens-status') ?? '',
        ]),
      MARK,
    );
    const byParagraph = Object.fromEntries(marked);
    expect(byParagraph).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([id, e]) => [id, e.status])),
    );
  });

  it.each(Object.entries(EXPECTED))(
    'the card of the %s claim names its partnership',
    async (id, expected) => {
      await hoverInPlace(page, `#${id} ${MARK}`);
      expect(await cardText(page)).toContain(NAMES.get(expected.partnership));
    },
  );

  it('groups the claims by partnership in the popup, with counts', async () => {
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.locator('button.claim').first().waitFor();
    const groups = await popup
      .locator('.group')
      .evaluateAll((sections) =>
        sections.map((s) => [s.getAttribute('data-partnership'), s.querySelectorAll('button.claim').length]),
      );
    expect(Object.fromEntries(groups)).toEqual(
      Object.fromEntries(Object.values(EXPECTED).map((e) => [e.partnership, 1])),
    );
    for (const e of Object.values(EXPECTED)) {
      const name = await popup
        .locator(`.group[data-partnership="${e.partnership}"] .group-name`)
        .textContent();
      expect(name).toContain(NAMES.get(e.partnership));
    }
    await popup.close();
  });
});

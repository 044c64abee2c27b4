// A page opened while the extension's service worker is still starting (the first moments after the browser
// starts) is annotated, without a reload. Each round is a fresh browser with a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, chromiumArgs, chromiumPath } from './support/extension';
import { waitForClaims } from './support/pages';
import { type SiteServer, startSiteServer } from './support/server';

let site: SiteServer;

beforeAll(async () => {
  site = await startSiteServer();
});

afterAll(async () => {
  await site?.close();
});

const ROUNDS = 4;

describe('the first page after the browser starts', () => {
  it(`is annotated without a reload (${ROUNDS} fresh starts)`, { timeout: ROUNDS * 30_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const profile = mkdtempSync(join(tmpdir(), 'plens-first-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        viewport: { width: 1100, height: 700 },
        args: chromiumArgs(EXTENSION_DIR),
      });
      try {
        // No waiting for the service worker: the page loads while the extension is still starting.
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${site.origin}/article.html`);
        const claims = await waitForClaims(page, 4, 15_000);
        expect(
          claims.map((c) => c.status),
          `round ${round + 1}`,
        ).toEqual(['outdated', 'contradicted', 'supported', 'unverified']);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  });

  it('is annotated without a reload when the browser starts again with its profile (3 restarts)', {
    timeout: 120_000,
  }, async () => {
    const profile = mkdtempSync(join(tmpdir(), 'plens-restart-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        viewport: { width: 1100, height: 700 },
        args: chromiumArgs(EXTENSION_DIR),
      });
    try {
      // First start: installed, and the pre-check registered.
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      await page.goto(`${site.origin}/article.html`);
      await waitForClaims(page, 4, 15_000);
      await first.close();
      for (let round = 0; round < 3; round++) {
        const context = await launch();
        try {
          const again = context.pages()[0] ?? (await context.newPage());
          await again.goto(`${site.origin}/stale.html`);
          expect((await waitForClaims(again, 4, 15_000)).length, `restart ${round + 1}`).toBe(4);
        } finally {
          await context.close();
        }
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

// `npm run demo`: builds the extension, serves the sample articles (tests/fixtures/site) on 127.0.0.1 and opens
// Chromium with the extension loaded on them. With --headless, or without a display, it writes screenshots of an
// annotated article and of the popup instead, and says where.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildExtension, launchExtension, openPopup, tabIdOf } from '../tests/e2e/support/extension';
import { MARK, cardText, waitForClaims } from '../tests/e2e/support/pages';
import { startSiteServer } from '../tests/e2e/support/server';

const OUT = join(ROOT, '.output/demo');
const PORT = 8790;

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;

console.log('Building the extension (wxt build --mode e2e)…');
const extensionDir = buildExtension();
const site = await startSiteServer({ port: PORT }).catch(() => startSiteServer());
console.log(`Sample articles: ${site.origin}/`);
const session = await launchExtension({ headless, extensionDir });

if (headless) {
  if (noDisplay && !process.argv.includes('--headless')) console.log('No display found: running headless.');
  mkdirSync(OUT, { recursive: true });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${site.origin}/article.html`);
  await waitForClaims(page, 4);
  await page.hover(`${MARK}[data-plens-status="outdated"]`);
  // The card is in a closed shadow root: wait until it shows (read through DevTools, tests/e2e/support/card).
  for (let i = 0; i < 50 && (await cardText(page)) === null; i++) await page.waitForTimeout(100);
  const annotations = join(OUT, 'annotations.png');
  await page.screenshot({ path: annotations, caret: 'initial' });
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.locator('button.claim').first().waitFor();
  const popupShot = join(OUT, 'popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });
  console.log(`Wrote ${annotations}`);
  console.log(`Wrote ${popupShot}`);
  await session.close();
  await site.close();
} else {
  const page = await session.context.newPage();
  await page.goto(`${site.origin}/article.html`);
  await session.control.goto(`${site.origin}/`);
  console.log('Chromium is open with Partnership Lens loaded. Hover or Tab to a highlight for its card;');
  console.log('pin the extension and click its toolbar button for the popup. Close the browser to stop.');
  session.context.on('close', () => void site.close());
  process.on('SIGINT', () => void session.close().then(() => process.exit(0)));
}

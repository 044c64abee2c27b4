// A table of deal terms, in real Chromium: a cell that holds no claim by itself is read after its row's head and
// its column's header, so each figure or term is judged against the deal its row names, and the highlight sits in
// that cell alone: heads and empty cells are left unmarked, and the table keeps its text and its place.
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../core/factbase/bundled';
import { chromiumPath, type ExtensionSession, launchExtension } from './support/extension';
import { cardText, hoverInPlace, MARK, waitForClaims } from './support/pages';
import { type SiteServer, startSiteServer } from './support/server';

const SCREENSHOTS = join(resolve(import.meta.dirname, '../..'), 'docs/screenshots');
const NAMES = new Map(bundledFactBase().partnerships.map((p) => [p.id, p.name]));

/** Cell id → the partnership its row names, and the verdict as of today. */
const EXPECTED: Record<string, { partnership: string; status: string }> = {
  'microsoft-money': { partnership: 'microsoft-openai', status: 'supported' },
  'microsoft-cloud': { partnership: 'microsoft-openai', status: 'outdated' },
  'amazon-money': { partnership: 'amazon-anthropic', status: 'outdated' },
  'amazon-cloud': { partnership: 'amazon-anthropic', status: 'supported' },
  'nvidia-money': { partnership: 'nvidia-openai', status: 'contradicted' },
};

let site: SiteServer;
let session: ExtensionSession;
let page: Page;
let cellsBefore: { text: string; width: number }[];

/** Every cell's text and width, heads included: what a reader sees of the table's shape. */
function cells(p: Page): Promise<{ text: string; width: number }[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll('#terms th, #terms td')].map((c) => ({
      text: c.textContent ?? '',
      width: Math.round(c.getBoundingClientRect().width),
    })),
  );
}

beforeAll(async () => {
  site = await startSiteServer();
  // The table's shape as the page draws it in the same browser with no extension at all.
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  const bare = await plain.newPage({ viewport: { width: 1100, height: 700 } });
  await bare.goto(`${site.origin}/terms-table.html`, { waitUntil: 'load' });
  cellsBefore = await cells(bare);
  await plain.close();
  session = await launchExtension();
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${site.origin}/terms-table.html`);
  await waitForClaims(page, Object.keys(EXPECTED).length);
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a table of deal terms', () => {
  it('marks each claim in its own cell with the verdict for the deal its row names', async () => {
    const seen = await waitForClaims(page, Object.keys(EXPECTED).length);
    expect(Object.fromEntries(seen.map((c) => [c.inside.join(' '), c.status]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([id, e]) => [id, e.status])),
    );
  });

  it('leaves the heads, the empty cell and the paragraphs around the table unmarked', async () => {
    const elsewhere = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(`#terms th ${selector}, #row-nvidia td:first-child ${selector}`)]
          .concat([...document.querySelectorAll(`#nvidia-cloud ${selector}, p ${selector}`)])
          .map((m) => m.textContent),
      MARK,
    );
    expect(elsewhere).toEqual([]);
  });

  it('keeps every cell’s text, and draws each highlight inside its cell with the table inside its column', async () => {
    expect((await cells(page)).map((c) => c.text)).toEqual(cellsBefore.map((c) => c.text));
    const fit = await page.evaluate((selector) => {
      const inside = (a: DOMRect, b: DOMRect) =>
        a.left >= b.left - 0.5 &&
        a.right <= b.right + 0.5 &&
        a.top >= b.top - 0.5 &&
        a.bottom <= b.bottom + 0.5;
      const table = document.querySelector('#terms') as HTMLElement;
      const column = table.parentElement as HTMLElement;
      return {
        marks: [...document.querySelectorAll(selector)].map((m) =>
          inside(m.getBoundingClientRect(), (m.closest('td') as HTMLElement).getBoundingClientRect()),
        ),
        tableInColumn: inside(table.getBoundingClientRect(), column.getBoundingClientRect()),
        pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
      };
    }, MARK);
    expect(fit).toEqual({
      marks: Object.keys(EXPECTED).map(() => true),
      tableInColumn: true,
      pageScrollsSideways: false,
    });
    // The status symbol before a claim takes its own width (it is how a verdict reads without colour), so a
    // column may widen by that much and no more.
    const widths = (await cells(page)).map((c, i) => c.width - (cellsBefore[i]?.width ?? 0));
    expect(Math.max(...widths)).toBeLessThanOrEqual(24);
  });

  it.each(Object.entries(EXPECTED))('the card of the %s cell names its row’s deal', async (id, expected) => {
    await hoverInPlace(page, `#${id} ${MARK}`);
    expect(await cardText(page)).toContain(NAMES.get(expected.partnership));
    if (id === 'amazon-money') await page.screenshot({ path: join(SCREENSHOTS, 'table.png') });
  });
});

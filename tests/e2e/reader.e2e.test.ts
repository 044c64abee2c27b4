// What a new reader sees (issue 11): a card that fits the window wherever the highlight is, problems first,
// colours picked for the page's own background (measured), and the card's accessibility in light and dark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rgba, contrastRatio, over, parseColor } from '../../core/annotate/contrast';
import { type ExtensionSession, ROOT, launchExtension } from './support/extension';
import { axeViolations } from './support/axe';
import { copyCard, inCard, removeCardCopy } from './support/card';
import {
  MARK,
  cardGeometry,
  hoverInPlace,
  markColours,
  scrollElementTo,
  waitForClaims,
} from './support/pages';
import { type SiteServer, startSiteServer } from './support/server';

const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const VIEW = { width: 1100, height: 700 };

/** axe-core's serious and critical findings on the card shown (a copy of it: axe cannot enter its root). */
async function axeOnCard(page: Page): Promise<string[]> {
  const context = await copyCard(page);
  try {
    return await axeViolations(page, context);
  } finally {
    await removeCardCopy(page);
  }
}

let site: SiteServer;

beforeAll(async () => {
  site = await startSiteServer();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

async function openIn(session: ExtensionSession, path: string, claims: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(VIEW);
  await page.goto(`${site.origin}${path}`);
  await waitForClaims(page, claims);
  return page;
}

/** The ratio of a computed colour over the backgrounds behind it (nearest first, over white). */
function ratioOver(colour: string, backgrounds: string[]): number {
  let base: Rgba = [255, 255, 255, 1];
  for (const bg of [...backgrounds].reverse()) {
    const c = parseColor(bg);
    if (c && c[3] > 0) base = over(c, base);
  }
  return contrastRatio(colour, base);
}

const STATUS_MARKS = {
  outdated: `${MARK}[data-plens-first][data-plens-status="outdated"]`,
  contradicted: `${MARK}[data-plens-first][data-plens-status="contradicted"]`,
  unverified: `${MARK}[data-plens-first][data-plens-status="unverified"]`,
  supported: `${MARK}[data-plens-first][data-plens-status="supported"]`,
};

/** Contrast figures measured in this run, written next to the screenshots for the record. */
const measured: Record<string, Record<string, number>> = {};

describe('the card, in a 1100×700 window', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension();
    page = await openIn(session, '/long.html', 3);
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const [where, id, y] of [
    ['top', 'top-claim', 30],
    ['middle', 'middle-claim', 330],
    ['bottom', 'bottom-claim', 640],
  ] as const) {
    it(`is wholly inside the window, source link visible, for a highlight near the ${where}`, async () => {
      await scrollElementTo(page, `#${id}`, y);
      const scrolled = await page.evaluate(() => window.scrollY);
      await hoverInPlace(page, `#${id} ${MARK}`);
      const g = (await cardGeometry(page))!;
      expect(g.scrollY).toBe(scrolled); // the page did not move
      expect(g.card.top).toBeGreaterThanOrEqual(0);
      expect(g.card.left).toBeGreaterThanOrEqual(0);
      expect(g.card.bottom).toBeLessThanOrEqual(VIEW.height);
      expect(g.card.right).toBeLessThanOrEqual(VIEW.width);
      expect(g.link).not.toBeNull();
      expect(g.link!.top).toBeGreaterThanOrEqual(g.card.top);
      expect(g.link!.bottom).toBeLessThanOrEqual(g.card.bottom);
      // It does not cover the words it explains.
      const mark = (await page.locator(`#${id} ${MARK}`).first().boundingBox())!;
      expect(g.card.bottom <= mark.y || g.card.top >= mark.y + mark.height).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `card-${where}.png`) });
    });
  }

  it('says each thing once, verdict first, with the partnership named and the dates of one event', async () => {
    await scrollElementTo(page, '#top-claim', 60);
    await hoverInPlace(page, `#top-claim ${MARK}`);
    const parts = await inCard(page, (root) => {
      const card = root?.querySelector('.card');
      const v = card?.querySelector('.verdict');
      return {
        order: [...(v?.children ?? [])].map((e) => e.className || e.tagName.toLowerCase()),
        headline: v?.querySelector('.status')?.textContent,
        partnership: v?.querySelector('.partnership')?.textContent,
        details: [...(v?.querySelectorAll('dt') ?? [])].map((d) => d.textContent),
        sentences: (card?.textContent ?? '').split(/(?<=\.)\s*/).filter((s) => s.length > 30),
      };
    });
    expect(parts.order.slice(0, 5)).toEqual(['status', 'partnership', 'now', 'published', 'source']);
    expect(parts.headline).toBe('⟳Outdated since 2025-01-21');
    expect(parts.partnership).toBe('Microsoft–OpenAI partnership');
    expect(parts.details).toContain('What changed on 2025-01-21');
    expect(new Set(parts.sentences).size).toBe(parts.sentences.length);
  });

  it('opens the timeline of the term from "How this term changed"', async () => {
    await hoverInPlace(page, `#top-claim ${MARK}`);
    const [timeline] = await Promise.all([
      session.context.waitForEvent('page'),
      inCard(page, (root) => (root?.querySelector('button.timeline') as HTMLElement | null)?.click()),
    ]);
    await timeline.waitForURL(/options\.html#timeline\?/);
    const url = new URL(timeline.url());
    const q = new URLSearchParams(url.hash.slice('#timeline?'.length));
    expect(Object.fromEntries(q)).toMatchObject({
      partnership: 'microsoft-openai',
      topic: 'cloud',
      status: 'outdated',
      published: '2023-02-14',
    });
    await timeline.locator('.tl-segment[data-claim]').first().waitFor();
    await timeline.close();
  });

  it('keeps supported claims quiet: a thin line, no symbol', async () => {
    const other = await openIn(session, '/article.html', 4);
    const look = await other.evaluate((s) => {
      const m = document.querySelector(s)!;
      return {
        thickness: getComputedStyle(m).textDecorationThickness,
        symbol: getComputedStyle(m, '::before').content,
      };
    }, STATUS_MARKS.supported);
    expect(look).toEqual({ thickness: '1px', symbol: 'none' });
    const loud = await other.evaluate(
      (s) => getComputedStyle(document.querySelector(s)!).textDecorationThickness,
      STATUS_MARKS.outdated,
    );
    expect(loud).toBe('2px');
    await other.close();
  });

  it('keeps each status symbol on the line of the words it marks, at any window width', async () => {
    const other = await openIn(session, '/article.html', 4);
    const apart: string[] = [];
    for (let width = 320; width <= 1000; width += 11) {
      await other.setViewportSize({ width, height: 700 });
      const split = await other.evaluate((selector) => {
        const out: string[] = [];
        for (const mark of document.querySelectorAll(selector)) {
          if (getComputedStyle(mark, '::before').content === 'none') continue;
          const text = [...mark.childNodes].find((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
          if (!text) continue;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 1);
          const first = mark.getClientRects()[0];
          if (Math.abs(first.bottom - range.getBoundingClientRect().bottom) > 4)
            out.push(mark.getAttribute('data-plens-status') ?? '');
        }
        return out;
      }, `${MARK}[data-plens-first]`);
      for (const status of split) apart.push(`${status} at ${width}px`);
    }
    expect(apart).toEqual([]);
    await other.close();
  });

  it('has no serious or critical accessibility issues (axe-core)', async () => {
    await hoverInPlace(page, `#top-claim ${MARK}`);
    expect(await axeOnCard(page)).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`a ${scheme} system theme`, () => {
    let session: ExtensionSession;

    beforeAll(async () => {
      session = await launchExtension({ colorScheme: scheme });
    });

    afterAll(async () => {
      await session?.close();
    });

    // article.html follows the system theme (its site has a dark design); white.html stays white, dark.html dark.
    for (const [path, pageTheme] of [
      ['/white.html', 'light'],
      ['/article.html', scheme],
      ['/dark.html', 'dark'],
    ] as const) {
      it(`colours ${path} (a ${pageTheme} page) for its own background: marks ≥ 3:1, symbols and card text ≥ 4.5:1`, async () => {
        const page = await openIn(session, path, 4);
        const figures: Record<string, number> = {};
        for (const [status, selector] of Object.entries(STATUS_MARKS)) {
          const c = await markColours(page, selector);
          expect(c.theme, status).toBe(pageTheme);
          const line = ratioOver(c.line, c.backgrounds);
          figures[`${status} line`] = Math.round(line * 100) / 100;
          expect(line, `${status} line`).toBeGreaterThanOrEqual(3);
          if (status !== 'supported') {
            const symbol = ratioOver(c.symbol, c.backgrounds);
            figures[`${status} symbol`] = Math.round(symbol * 100) / 100;
            expect(symbol, `${status} symbol`).toBeGreaterThanOrEqual(4.5);
          }
        }
        await hoverInPlace(page, STATUS_MARKS.outdated);
        const card = await inCard(page, (root) => {
          const c = root?.querySelector('.card') as HTMLElement;
          const colour = (sel: string) => getComputedStyle(c.querySelector(sel) as Element).color;
          return {
            theme: c.getAttribute('data-theme'),
            bg: getComputedStyle(c).backgroundColor,
            text: colour('.now'),
            status: colour('.status'),
            link: colour('.source a'),
            muted: colour('.partnership'),
          };
        });
        expect(card.theme).toBe(pageTheme);
        for (const key of ['text', 'status', 'link', 'muted'] as const) {
          const r = contrastRatio(card[key], card.bg);
          figures[`card ${key}`] = Math.round(r * 100) / 100;
          expect(r, `card ${key}`).toBeGreaterThanOrEqual(4.5);
        }
        expect(await axeOnCard(page)).toEqual([]);
        measured[`${scheme} system, ${path}`] = figures;
        if (scheme === 'dark' && path === '/white.html') {
          await page.screenshot({ path: join(SCREENSHOTS, 'dark-system-white-page.png') });
        }
        await page.close();
      });
    }
  });
}

afterAll(() => {
  writeFileSync(join(SCREENSHOTS, 'contrast.json'), `${JSON.stringify(measured, null, 2)}\n`);
});

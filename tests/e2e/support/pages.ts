// What a reader sees on an article page, read through Playwright: highlights, their claims, the card.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { cardText, inCard } from './card';

export const MARK = 'mark[data-plens-claim]';

export interface SeenClaim {
  id: string;
  status: string;
  /** The claim's text: its highlight elements' text joined. */
  text: string;
  /** Ids of page elements the claim's highlights sit in. */
  inside: string[];
}

/** The highlighted claims in document order. */
export function seenClaims(page: Page): Promise<SeenClaim[]> {
  return page.evaluate((selector) => {
    const byId = new Map<string, { id: string; status: string; text: string; inside: string[] }>();
    for (const mark of document.querySelectorAll(selector)) {
      const id = mark.getAttribute('data-plens-claim') ?? '';
      const entry = byId.get(id) ?? {
        id,
        status: mark.getAttribute('data-plens-status') ?? '',
        text: '',
        inside: [],
      };
      entry.text += mark.textContent;
      const holder = mark.parentElement?.closest('[id]')?.id;
      if (holder && !entry.inside.includes(holder)) entry.inside.push(holder);
      byId.set(id, entry);
    }
    return [...byId.values()];
  }, MARK);
}

/** Waits until the page shows `count` highlighted claims (and keeps showing them for a moment). */
export async function waitForClaims(page: Page, count: number, timeout = 10_000): Promise<SeenClaim[]> {
  const until = Date.now() + timeout;
  let last: SeenClaim[] = [];
  while (Date.now() < until) {
    last = await seenClaims(page);
    if (last.length === count) {
      await page.waitForTimeout(150);
      const again = await seenClaims(page);
      if (again.length === count) return again;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(
    `expected ${count} highlighted claims, saw ${last.length}: ${JSON.stringify(last, null, 1)}`,
  );
}

/** The text of the card (in its closed shadow root), or null when no card is shown. */
export { cardText } from './card';

/** Records the page's DOM as it was before any extension touched it (at DOMContentLoaded). */
export async function recordOriginalDom(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { originalDom: string }).originalDom = document.documentElement.outerHTML;
    });
  });
}

export function currentAndOriginalDom(page: Page): Promise<{ now: string; original: string }> {
  return page.evaluate(() => ({
    now: document.documentElement.outerHTML,
    original: (window as unknown as { originalDom: string }).originalDom,
  }));
}

/** Whether an element lies within the viewport. */
export function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }, selector);
}

/** The card's box, its source link's box and the viewport, as the reader sees them (null: no card shown). */
export interface CardGeometry {
  card: { top: number; bottom: number; left: number; right: number };
  link: { top: number; bottom: number; left: number; right: number } | null;
  viewport: { width: number; height: number };
  scrollY: number;
}

export function cardGeometry(page: Page): Promise<CardGeometry | null> {
  return inCard(page, (root) => {
    const card = root?.querySelector('.card');
    if (!card) return null;
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const link = card.querySelector('.source a');
    return {
      card: box(card.getBoundingClientRect()),
      link: link ? box(link.getBoundingClientRect()) : null,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scrollY: window.scrollY,
    };
  });
}

/** Scrolls the page so that an element's top sits `y` px from the top of the viewport. */
export async function scrollElementTo(page: Page, selector: string, y: number): Promise<void> {
  await page.evaluate(
    ([s, at]) => {
      const el = document.querySelector(s as string);
      if (!el) throw new Error(`no ${s}`);
      window.scrollBy({ top: el.getBoundingClientRect().top - (at as number), behavior: 'instant' });
    },
    [selector, y],
  );
}

/** The colours a highlight is drawn with, and the backgrounds behind it (nearest first), as computed. */
export function markColours(
  page: Page,
  selector: string,
): Promise<{ line: string; symbol: string; backgrounds: string[]; theme: string | null }> {
  return page.evaluate((s) => {
    const mark = document.querySelector(s);
    if (!mark) throw new Error(`no ${s}`);
    const backgrounds: string[] = [];
    for (let el: Element | null = mark.parentElement; el; el = el.parentElement)
      backgrounds.push(getComputedStyle(el).backgroundColor);
    return {
      line: getComputedStyle(mark).textDecorationColor,
      symbol: getComputedStyle(mark, '::before').color,
      backgrounds,
      theme: mark.getAttribute('data-plens-theme'),
    };
  }, selector);
}

/** Rests the pointer on a highlight where it is now (no scrolling) and waits for its card. */
export async function hoverInPlace(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(5, 5);
  await expect.poll(() => cardText(page)).toBeNull();
  await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  await expect.poll(() => cardText(page)).not.toBeNull();
}

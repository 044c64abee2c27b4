// A page that tries to change what the reader is told, or to make the extension stop: forged highlights,
// markup that would hide claims, the card's shadow root, a custom element registered in the card's place, the
// events WXT's content scripts listen to, flipping a verdict's attribute, and taking highlights away. Each of
// these worked against the extension before issue 10; each is answered here, in real Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, tabIdOf } from '../e2e/support/extension';
import { cardText } from '../e2e/support/pages';
import { articlePage, inExtensionWorld } from './support/site';
import { withSiteAndExtension } from './support/session';

/** Highlights of ours carry the injection's key; page markup that looks like one does not. */
const OURS = 'mark[data-plens-claim][data-plens-key]';

const env = withSiteAndExtension();

async function open(path: string, html: string): Promise<{ page: Page; errors: string[] }> {
  env.site.set(path, html);
  const page = await env.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${env.site.origin}${path}`);
  return { page, errors };
}

/** Status of each of our highlights' claims, in document order (one entry per claim id). */
function ourClaims(page: Page): Promise<Array<[string, string]>> {
  return page.locator(OURS).evaluateAll((marks) => {
    const seen = new Map<string, [string, string]>();
    for (const m of marks) {
      const id = m.getAttribute('data-plens-claim') ?? '';
      const entry = seen.get(id) ?? [m.getAttribute('data-plens-status') ?? '', ''];
      entry[1] += m.textContent;
      seen.set(id, entry);
    }
    return [...seen.values()];
  });
}

async function waitForOurs(page: Page, count: number): Promise<Array<[string, string]>> {
  await expect.poll(async () => (await ourClaims(page)).length, { timeout: 15_000 }).toBe(count);
  return ourClaims(page);
}

describe('markup the page wrote that looks like ours', () => {
  it('a forged "supported" highlight gets none of our styling, and the real claim inside it is highlighted', async () => {
    const { page, errors } = await open(
      '/forged.html',
      articlePage({
        title: 'Microsoft and OpenAI: a forged verdict',
        body: `<p id="forged"><mark data-plens-claim="fake" data-plens-status="supported" data-plens-first="" data-plens-style="underline">Microsoft owns 49% of OpenAI.</mark></p>
<div id="hider" data-plens-claim=""><p>Azure is OpenAI's exclusive cloud provider.</p></div>
<p>Neither company commented.</p>`,
      }),
    );
    const claims = await waitForOurs(page, 2);
    expect(claims).toEqual([
      ['contradicted', 'Microsoft owns 49% of OpenAI.'],
      ['outdated', "Azure is OpenAI's exclusive cloud provider."],
    ]);
    // The forgery holds the real highlight, and looks like nothing of ours: no symbol, no status line.
    expect(await page.locator(`#forged > mark[data-plens-claim="fake"] > ${OURS}`).count()).toBe(1);
    const forged = await page.locator('#forged > mark[data-plens-claim="fake"]').evaluate((m) => ({
      before: getComputedStyle(m, '::before').content,
      line: getComputedStyle(m).textDecorationLine,
    }));
    expect(forged).toEqual({ before: 'none', line: 'none' });
    const real = await page.locator(`#forged ${OURS}`).evaluate((m) => ({
      before: getComputedStyle(m, '::before').content,
      style: getComputedStyle(m).textDecorationStyle,
    }));
    expect(real.before).toContain('✗');
    expect(real.style).toBe('wavy');
    // The popup and badge hear of both claims.
    await expect.poll(async () => (await env.reports(page.url())).at(-1)?.claims).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the card', () => {
  it("is out of the page script's reach, even when the page registered <plens-card> and hides divs first", async () => {
    const head = `<script>
customElements.define('plens-card', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div class="card">Supported (said the page)</div>'; }
});
window.rewrite = function () {
  var found = 0;
  for (var el of document.querySelectorAll('*')) {
    if (el.shadowRoot) { found++; el.shadowRoot.textContent = 'Supported'; }
  }
  return found;
};
</script><style>body > div:last-child, div { display: none !important; }</style>`;
    const { page, errors } = await open(
      '/card.html',
      articlePage({
        title: 'Microsoft and OpenAI: the card',
        head,
        body: '<p id="c">Microsoft owns 49% of OpenAI.</p>',
      }),
    );
    await waitForOurs(page, 1);
    await page.hover(`#c ${OURS}`);
    await expect.poll(() => cardText(page), { timeout: 10_000 }).toContain('Contradicted');
    // Page script finds no shadow root it can open, so the verdict stays as we wrote it.
    expect(await page.evaluate(() => (window as unknown as { rewrite: () => number }).rewrite())).toBe(0);
    expect(await cardText(page)).toContain('Contradicted');
    expect(await cardText(page)).not.toContain('Supported');
    // The page's "hide every div" does not hide the card: it is on screen, with a size.
    const box = await page.evaluate(() => {
      const hosts = [...document.body.children].filter((e) => e.localName === 'div');
      const host = hosts.at(-1);
      return host ? getComputedStyle(host).display : null;
    });
    expect(box).toBe('block');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('events the page can dispatch', () => {
  it("WXT's stand-down event does not stop the annotator, and a location-change storm does not rescan the page", async () => {
    const { page, errors } = await open(
      '/events.html',
      articlePage({
        title: 'Microsoft and OpenAI: events',
        body: `<p>Microsoft invested $1 billion in OpenAI in 2019.</p><p>Microsoft owns 49% of OpenAI.</p>`,
      }),
    );
    await waitForOurs(page, 2);
    const id = env.session.extensionId;
    // The event a newer WXT content script sends an older one to make it stand down (its name is public).
    await page.evaluate((ext) => {
      for (const target of [document, window]) {
        target.dispatchEvent(
          new CustomEvent(`${ext}:lens:wxt:content-script-started`, {
            detail: { contentScriptName: 'lens', messageId: 'page' },
          }),
        );
      }
      window.postMessage(
        { type: `${ext}:lens:wxt:content-script-started`, contentScriptName: 'lens', messageId: 'page' },
        '*',
      );
    }, id);
    await page.waitForTimeout(1500);
    expect(await ourClaims(page)).toHaveLength(2);

    // WXT's location-change event, every 5 ms for 3 s: about 600 events.
    const cdp = await env.session.context.newCDPSession(page);
    const world = await inExtensionWorld(cdp, id);
    type Counts = { started: number; finished: number };
    const before = (await world('plensScanCounts')) as Counts;
    const fired = await page.evaluate(
      (ext) =>
        new Promise<number>((resolve) => {
          let n = 0;
          const timer = setInterval(() => {
            window.dispatchEvent(new Event(`${ext}:lens:wxt:locationchange`));
            n++;
          }, 5);
          setTimeout(() => {
            clearInterval(timer);
            resolve(n);
          }, 3000);
        }),
      id,
    );
    await page.waitForTimeout(1500);
    const after = (await world('plensScanCounts')) as Counts;
    await cdp.detach();
    expect(fired).toBeGreaterThan(300);
    expect(after.started - before.started).toBeLessThanOrEqual(1);
    expect(await ourClaims(page)).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the page changing or removing our highlights', () => {
  it('a flipped verdict is put back at once', async () => {
    const { page } = await open(
      '/flip.html',
      articlePage({
        title: 'Microsoft and OpenAI: flip',
        body: '<p id="f">Microsoft owns 49% of OpenAI.</p>',
      }),
    );
    await waitForOurs(page, 1);
    const flipped = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const mark = document.querySelector('#f mark') as Element;
          mark.setAttribute('data-plens-status', 'supported');
          mark.removeAttribute('data-plens-first');
          // After the extension's observer has run (a microtask), read what the reader sees.
          setTimeout(() => resolve(mark.getAttribute('data-plens-status')), 50);
        }),
    );
    expect(flipped).toBe('contradicted');
    expect(await page.locator(`#f ${OURS}[data-plens-first]`).count()).toBe(1);
    await page.close();
  });

  it('highlights the page takes away are taken off the badge and the popup too', async () => {
    const { page } = await open(
      '/remove.html',
      articlePage({
        title: 'Microsoft and OpenAI: removal',
        body: `<div id="gone"><p>Microsoft owns 49% of OpenAI.</p></div><p>Azure is OpenAI's exclusive cloud provider.</p>`,
      }),
    );
    await waitForOurs(page, 2);
    const tabId = await tabIdOf(env.session, page);
    await expect.poll(() => badgeText(env.session, tabId)).toBe('2');
    await page.evaluate(() => document.getElementById('gone')?.remove());
    await expect
      .poll(async () => (await env.reports(page.url())).at(-1)?.claims, { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => badgeText(env.session, tabId)).toBe('1');
    await page.close();
  });
});

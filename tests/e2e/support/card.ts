// The card lives in the card host's shadow root. Tests reach it only through `inCard`, so that how the root is
// reached (an open root here; DevTools' DOM domain once the root is closed) is decided in this one file.
import type { Page } from 'playwright-core';

/**
 * Runs `fn` with the card's shadow root (null when there is no card host) and returns its JSON result.
 * `fn` is sent as source: it may use only its arguments and the page's globals. Evaluated as an expression
 * by DevTools, so a page's Content-Security-Policy does not stand in the way.
 */
export async function inCard<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T,
  arg?: A,
): Promise<T> {
  const expression = `(${fn.toString()})(document.querySelector('plens-card')?.shadowRoot ?? null, ${JSON.stringify(arg ?? null)})`;
  return (await page.evaluate(expression)) as T;
}

/** The text of the card, or null when no card is shown. */
export function cardText(page: Page): Promise<string | null> {
  return inCard(page, (root) => {
    const card = root?.querySelector('.card');
    return card ? (card.textContent ?? '') : null;
  });
}

/**
 * A copy of the card in an open shadow root of the page, for tools that cannot enter the card's own root
 * (axe-core). Returns the axe context that selects it; `removeCardCopy` takes it away.
 */
export async function copyCard(page: Page): Promise<string[][]> {
  const made = await inCard(page, (root) => {
    if (!root?.querySelector('.card')) return false;
    const host = document.createElement('div');
    host.id = 'plens-card-copy';
    const open = host.attachShadow({ mode: 'open' });
    for (const node of root.childNodes) open.append(node.cloneNode(true));
    document.body.append(host);
    return true;
  });
  if (!made) throw new Error('no card is shown');
  return [['#plens-card-copy', '.card']];
}

export function removeCardCopy(page: Page): Promise<void> {
  return page.evaluate(() => document.getElementById('plens-card-copy')?.remove());
}

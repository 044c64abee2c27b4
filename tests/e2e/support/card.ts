// The card lives in a closed shadow root (utils/lens/card-host): the page, and Playwright's locators, cannot
// see into it. The tests reach it as DevTools does: the DOM domain pierces closed roots, and a function runs
// with the shadow root as `this`. Chromium only (CDP).
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

/** The closed shadow roots of the page (the card's is the only one on our test pages), in document order. */
function closedRoots(node: DomNode, out: DomNode[] = []): DomNode[] {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed') out.push(root);
    closedRoots(root, out);
  }
  for (const child of node.children ?? []) closedRoots(child, out);
  return out;
}

/**
 * Runs `fn` with the card's shadow root (null when there is no card host) and returns its JSON result.
 * `fn` is sent as source: it may use only its arguments and the page's globals.
 */
export async function inCard<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T,
  arg?: A,
): Promise<T> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const shadow = closedRoots(root).at(-1);
  let objectId: string | undefined;
  if (shadow !== undefined) {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    objectId = object.objectId;
  }
  const declaration = `function (arg) { return (${fn.toString()})(this === undefined || this === globalThis ? null : this, arg); }`;
  const { result, exceptionDetails } = objectId
    ? await cdp.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: declaration,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      })
    : await cdp.send('Runtime.evaluate', {
        expression: `(${declaration}).call(undefined, ${JSON.stringify(arg ?? null)})`,
        returnByValue: true,
        awaitPromise: true,
      });
  if (exceptionDetails)
    throw new Error(`inCard: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
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

// Loads the annotator (engine, fact base, card) into a tab's top frame, once per page.
import { browser } from 'wxt/browser';
import { highlightCss } from '@/core/annotate/styles';
import { KEY_GLOBAL, newHighlightKey } from '../lens/highlight-key';
import { sendMessage } from '../messaging';

/** The annotator's bundle (entrypoints/lens.content), registered at runtime only. */
export const LENS_SCRIPT = '/content-scripts/lens.js';

const inFlight = new Map<number, Promise<boolean>>();

/** True when the annotator runs in the tab (already, or now). False when the browser refuses. */
export function ensureLens(tabId: number): Promise<boolean> {
  let pending = inFlight.get(tabId);
  if (pending === undefined) {
    pending = inject(tabId).finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, pending);
  }
  return pending;
}

async function inject(tabId: number): Promise<boolean> {
  try {
    await sendMessage('lens:sync', null, { tabId });
    return true;
  } catch {
    // Not there yet.
  }
  try {
    // The browser adds the stylesheet outside the page's DOM, and it is not subject to the page's CSP. It is
    // keyed on a secret of this injection, handed to the annotator in its isolated world: highlight markup
    // the page wrote itself is never styled as a verdict.
    const key = newHighlightKey();
    await browser.scripting.insertCSS({ target: { tabId }, css: highlightCss(key) });
    await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, value: string) => {
        (globalThis as Record<string, unknown>)[name] = value;
      },
      args: [KEY_GLOBAL, key],
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [LENS_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

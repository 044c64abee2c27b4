// Loads the annotator (reader, highlights, card) into a tab's top frame, once per page, and the engine beside it
// when the annotator asks.
import { browser } from 'wxt/browser';
import { highlightCss } from '@/core/annotate/styles';
import { JUDGE_HERE_FILE } from '../lens/judge-here-protocol';
import { type Sender, sendMessage } from '../messaging';

/** The annotator's bundle (entrypoints/lens.content), registered at runtime only. */
export const LENS_SCRIPT = '/content-scripts/lens.js';

/** The engine's script: written into the build by wxt.config.ts, so not among the paths WXT types. */
const JUDGE_HERE_SCRIPT = `/${JUDGE_HERE_FILE}` as unknown as typeof LENS_SCRIPT;

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
    // The annotator asks for its stylesheet once it runs (lens:style, below).
    await browser.scripting.executeScript({ target: { tabId }, files: [LENS_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

/**
 * The annotator of a tab's top frame asks for the highlight stylesheet, keyed on the secret it made for
 * itself (utils/lens/highlight-key): highlight markup the page wrote is never styled as a verdict. The browser
 * adds the stylesheet outside the page's DOM, and it is not subject to the page's CSP. Only extension code
 * can send this message; the key's shape is checked by its schema (message-schemas.ts).
 */
export async function onLensStyle(data: { key: string }, sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [0] }, css: highlightCss(data.key) });
  return true;
}

/**
 * The annotator of a tab's top frame asks for the engine when it must judge on the page's main thread (no
 * worker, or a page too long for one): its script (utils/lens/judge-here-script) runs in the same isolated
 * world as the annotator, which the page cannot reach, and leaves the engine on that world's global.
 */
export async function onLensEngine(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [JUDGE_HERE_SCRIPT] });
  return true;
}

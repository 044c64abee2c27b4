// Pages that loaded before the pre-check was registered (the first moments after install or browser start,
// while the service worker is still starting) never got it: run it once in each of them. Pages that commit
// after the registration get it from the browser, so only documents already there are reached here.
import { browser } from 'wxt/browser';
import { ALL_SITES } from '../sites';

/** The pre-check's bundle (entrypoints/precheck.content.ts), as the scripting API names it. */
const PRECHECK_FILE = '/content-scripts/precheck.js';

export async function precheckOpenTabs(): Promise<number> {
  let tabs: { id?: number }[] = [];
  try {
    tabs = await browser.tabs.query({ url: ALL_SITES });
  } catch {
    return 0;
  }
  const runs = tabs.map(async (tab) => {
    if (tab.id === undefined) return false;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [PRECHECK_FILE] });
      return true;
    } catch {
      return false; // a page the browser keeps extensions out of, or a tab that closed meanwhile
    }
  });
  return (await Promise.all(runs)).filter(Boolean).length;
}

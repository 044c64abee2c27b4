// Automatic annotation: the pre-check script is registered for every site (but those switched off) only while
// the reader wants it and has granted access to all sites. Without it, pages are checked on a click only.
import { browser } from 'wxt/browser';
import { hasSiteAccess } from '../site-access';
import { ALL_SITES, matchPatternFor } from '../sites';
import { getDisabledSites, getSettings } from '../storage';
import { precheckOpenTabs } from './precheck-open-tabs';

export const PRECHECK_ID = 'plens-precheck';
/** The pre-check's bundle (entrypoints/precheck.content.ts), registered at runtime only. */
export const PRECHECK_SCRIPT = 'content-scripts/precheck.js';

let queue: Promise<unknown> = Promise.resolve();

/** Brings the registration in line with settings and permissions. Calls run one after another. */
export function syncPrecheck(): Promise<boolean> {
  const run = queue.then(sync, sync);
  queue = run;
  return run;
}

async function sync(): Promise<boolean> {
  const [settings, disabled, access] = await Promise.all([
    getSettings(),
    getDisabledSites(),
    hasSiteAccess(),
  ]);
  const want = settings.enabled && settings.auto && access;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [PRECHECK_ID] });
  if (!want) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [PRECHECK_ID] });
    return false;
  }
  const script = {
    id: PRECHECK_ID,
    js: [PRECHECK_SCRIPT],
    matches: ALL_SITES,
    ...(disabled.length > 0 ? { excludeMatches: disabled.map(matchPatternFor) } : {}),
    runAt: 'document_idle' as const,
    allFrames: false,
  };
  // The background starts often (every message can wake it): leave a registration that is already right.
  if (existing.length === 1 && sameRegistration(existing[0], script)) return true;
  // Re-registering (rather than updating) leaves no field of an older registration behind.
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [PRECHECK_ID] });
  await browser.scripting.registerContentScripts([script]);
  // Pages opened before this moment missed the registration (issue: first load while the worker starts).
  await precheckOpenTabs();
  return true;
}

interface Registration {
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
  allFrames?: boolean;
}

function sameRegistration(a: Registration, b: Registration): boolean {
  const list = (x?: string[]) => JSON.stringify([...(x ?? [])].sort());
  return (
    list(a.js?.map((f) => f.replace(/^\//, ''))) === list(b.js) &&
    list(a.matches) === list(b.matches) &&
    list(a.excludeMatches) === list(b.excludeMatches) &&
    (a.runAt ?? 'document_idle') === b.runAt &&
    (a.allFrames ?? false) === b.allFrames
  );
}

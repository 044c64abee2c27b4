// React hooks that connect the popup and options page to storage and permissions.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { hasSiteAccess } from '../site-access';
import { type Settings, disabledSitesItem, settingsFrom, settingsItem } from '../storage';

/** An item's value, kept current; undefined until first read. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

/** Whether the reader granted access to all sites (needed to check pages as they load). */
export function useSiteAccess(): boolean {
  const [access, setAccess] = useState(false);
  useEffect(() => {
    const update = () => void hasSiteAccess().then(setAccess);
    update();
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);
  return access;
}

/**
 * Settings as the reader just set them: a change shows at once (a controlled switch must not flick back while
 * storage catches up), and storage has the last word when its value arrives.
 */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const stored = useStorageItem(settingsItem);
  const [pending, setPending] = useState<Partial<Settings>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new stored value supersedes what was pending
  useEffect(() => setPending({}), [stored]);
  return [{ ...settingsFrom(stored), ...pending }, (change) => setPending((p) => ({ ...p, ...change }))];
}

/** Sites where annotations are off, with the same at-once display of changes. */
export function useDisabledSites(): [string[], (host: string, on: boolean) => void] {
  const stored = useStorageItem(disabledSitesItem);
  const [pending, setPending] = useState<Record<string, boolean>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new stored value supersedes what was pending
  useEffect(() => setPending({}), [stored]);
  const sites = new Set(Array.isArray(stored) ? stored : []);
  for (const [host, on] of Object.entries(pending)) {
    if (on) sites.delete(host);
    else sites.add(host);
  }
  return [[...sites].sort(), (host, on) => setPending((p) => ({ ...p, [host]: on }))];
}

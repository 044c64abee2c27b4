// React hooks that connect the popup and options page to storage and permissions.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type WxtStorageItem, storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '@/core/factbase/update-keys';
import { type FactBaseWithOrigin, factBaseWithOrigin } from '../fact-base-in-use';
import { type UpdateState, sendMessage } from '../messaging';
import { hasSiteAccess } from '../site-access';
import { type Settings, disabledSitesItem, settingsFrom, settingsItem, updateUrlItem } from '../storage';

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

/** Calls `fn` whenever an update check ends (the background records every check). Returns a function that stops. */
function onUpdateChecked(fn: () => void): () => void {
  return storage.watch(`local:${STORAGE_KEYS.status}`, fn);
}

/**
 * The fact base in use (shipped or downloaded), as the background hands it out, and asked again after every
 * update check; null until the background answers.
 */
export function useFactBaseInUse(): FactBaseWithOrigin | null {
  const [value, setValue] = useState<FactBaseWithOrigin | null>(null);
  useEffect(() => {
    let live = true;
    // Never fails: without an answer from the background, the bundled copy.
    const ask = () => void factBaseWithOrigin().then((v) => live && setValue(v));
    ask();
    const unwatch = onUpdateChecked(ask);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/**
 * The update channel, the last check and the fact base in use, kept current (a check that ends, an address
 * the reader changes); null until the background answers. `check` asks for a check now.
 */
export function useUpdateState(): {
  state: UpdateState | null;
  checking: boolean;
  check: () => Promise<UpdateState | null>;
} {
  const [state, setState] = useState<UpdateState | null>(null);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    let live = true;
    const ask = () => {
      void sendMessage('factbase:state', null).then(
        (s) => live && setState(s),
        () => undefined,
      );
    };
    ask();
    const unwatch = [onUpdateChecked(ask), updateUrlItem.watch(ask)];
    return () => {
      live = false;
      for (const stop of unwatch) stop();
    };
  }, []);
  const check = useCallback(async () => {
    setChecking(true);
    try {
      const next = await sendMessage('factbase:check', null);
      setState(next);
      return next;
    } catch {
      return null;
    } finally {
      setChecking(false);
    }
  }, []);
  return { state, checking, check };
}

/** The page's theme as the system sets it (the popup and options page follow it), kept current. */
export function useSystemTheme(): 'light' | 'dark' {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const update = () => setDark(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return dark ? 'dark' : 'light';
}

/** The address's hash, kept current. */
export function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}

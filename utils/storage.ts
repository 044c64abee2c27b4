// Everything the extension stores. Settings live in `local` with a version each (see the migration tests);
// what a tab shows lives in `session` (gone when the browser closes, so never migrated).
import { storage } from 'wxt/utils/storage';
import type { TabView } from './messaging';
import {
  DEFAULT_SETTINGS,
  DISABLED_SITES_KEY,
  SETTINGS_KEY,
  type Settings,
  settingsFrom,
  sitesFrom,
} from './settings';

export { type Annotations, DEFAULT_SETTINGS, type Settings, annotationsFor, settingsFrom } from './settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Host names where the reader switched annotations off. */
export const disabledSitesItem = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, {
  fallback: [],
  version: 1,
  migrations: {},
});

/**
 * The fact-base update address the reader set in options (https, checked before it is saved and again before
 * it is used). null: the address this build was made with.
 */
export const updateUrlItem = storage.defineItem<string | null>('local:updateUrl', {
  fallback: null,
  version: 1,
  migrations: {},
});

export async function getSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

export async function getDisabledSites(): Promise<string[]> {
  return sitesFrom(await disabledSitesItem.getValue());
}

/** Switches annotations on or off for one host; the list stays sorted and free of duplicates. */
export async function setSiteEnabled(host: string, on: boolean): Promise<string[]> {
  const sites = new Set(await getDisabledSites());
  if (on) sites.delete(host);
  else sites.add(host);
  const next = [...sites].sort();
  await disabledSitesItem.setValue(next);
  return next;
}

/** What the popup shows for a tab, kept by the background. */
export function tabViewItem(tabId: number) {
  return storage.defineItem<TabView | null>(`session:tab-${tabId}`, { fallback: null });
}

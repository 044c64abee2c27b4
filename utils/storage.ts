// Everything the extension stores. Settings live in `local` with a version each (see the migration tests);
// what a tab shows lives in `session` (gone when the browser closes, so never migrated).
import { storage } from 'wxt/utils/storage';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  SUPPORTED_DISPLAYS,
  type SupportedDisplay,
} from '@/core/annotate/styles';
import type { TabView } from './messaging';

export interface Settings {
  /** Annotations anywhere at all ("annotations everywhere"). Off: nothing is highlighted in any tab. */
  enabled: boolean;
  /** Check pages as they load, without a click (needs access to all sites, asked for when switched on). */
  auto: boolean;
  style: HighlightStyle;
  /** How supported claims show on pages (added later: older stored settings read as the default). */
  supported: SupportedDisplay;
}

/** The test and demo build (`wxt build --mode e2e`) is granted site access at install, so it checks pages at once. */
const AUTO_BY_DEFAULT = import.meta.env.MODE === 'e2e';

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  auto: AUTO_BY_DEFAULT,
  style: 'underline',
  supported: 'quiet',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Host names where the reader switched annotations off. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
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

/** Stored settings with anything missing or unreadable replaced by its default. */
export function settingsFrom(stored: Partial<Settings> | null | undefined): Settings {
  const s = stored ?? {};
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    auto: typeof s.auto === 'boolean' ? s.auto : DEFAULT_SETTINGS.auto,
    style: HIGHLIGHT_STYLES.includes(s.style as HighlightStyle)
      ? (s.style as HighlightStyle)
      : DEFAULT_SETTINGS.style,
    supported: SUPPORTED_DISPLAYS.includes(s.supported as SupportedDisplay)
      ? (s.supported as SupportedDisplay)
      : DEFAULT_SETTINGS.supported,
  };
}

export async function getSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

export async function getDisabledSites(): Promise<string[]> {
  const sites = await disabledSitesItem.getValue();
  return Array.isArray(sites) ? sites.filter((s) => typeof s === 'string') : [];
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

export type Annotations = { on: true } | { on: false; scope: 'everywhere' | 'site' };

/** Whether a host gets annotations, and if not, which switch says no. */
export function annotationsFor(
  settings: Settings,
  disabledSites: readonly string[],
  host: string,
): Annotations {
  if (!settings.enabled) return { on: false, scope: 'everywhere' };
  if (disabledSites.includes(host)) return { on: false, scope: 'site' };
  return { on: true };
}

/** What the popup shows for a tab, kept by the background. */
export function tabViewItem(tabId: number) {
  return storage.defineItem<TabView | null>(`session:tab-${tabId}`, { fallback: null });
}

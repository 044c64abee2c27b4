// The reader's switches as plain values: what they mean, their defaults, and where they are stored. No storage
// code here: the annotator, on every page that mentions a party, reads them without the storage library
// (utils/lens/reader-switches.ts); the rest of the extension through utils/storage.ts's items.
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  SUPPORTED_DISPLAYS,
  type SupportedDisplay,
} from '@/core/annotate/styles';

/** Where the switches are kept in `browser.storage.local` (utils/storage.ts's items use these keys). */
export const SETTINGS_KEY = 'settings';
export const DISABLED_SITES_KEY = 'disabledSites';

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

/** A stored list of host names, with anything that is not one left out. */
export function sitesFrom(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
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

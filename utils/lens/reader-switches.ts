// The reader's switches as the annotator reads them: straight from `browser.storage.local`, under the keys
// utils/storage.ts's items use. The storage library's code (its items, versions and migrations, ~7 kB) is
// then not compiled on every page that mentions a party: the annotator only reads. Both sides parse what is
// stored the same way (utils/settings.ts), and tests/extension/reader-switches.test.ts holds them together.
import { browser } from 'wxt/browser';
import { DISABLED_SITES_KEY, SETTINGS_KEY, type Settings, settingsFrom, sitesFrom } from '../settings';

export interface Switches {
  settings: Settings;
  /** Hosts where the reader switched annotations off. */
  disabled: string[];
}

export async function readSwitches(): Promise<Switches> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, DISABLED_SITES_KEY]);
  return {
    settings: settingsFrom(stored[SETTINGS_KEY] as Partial<Settings> | undefined),
    disabled: sitesFrom(stored[DISABLED_SITES_KEY]),
  };
}

/** Calls `onChange` with what changed whenever the reader flips a switch. Returns a function that stops. */
export function watchSwitches(onChange: (changed: Partial<Switches>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: Partial<Switches> = {};
    if (Object.hasOwn(changes, SETTINGS_KEY))
      changed.settings = settingsFrom(changes[SETTINGS_KEY].newValue as Partial<Settings> | undefined);
    if (Object.hasOwn(changes, DISABLED_SITES_KEY))
      changed.disabled = sitesFrom(changes[DISABLED_SITES_KEY].newValue);
    if (changed.settings !== undefined || changed.disabled !== undefined) onChange(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// Access to all sites, which automatic annotation needs: an opt-in. Switching it on asks for the access,
// switching it off gives it back.
import { browser } from 'wxt/browser';
import { ALL_SITES } from './sites';
import { updateSettings } from './storage';

export async function hasSiteAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: ALL_SITES });
  } catch {
    return false;
  }
}

/** Call straight from the reader's click: browsers grant permissions only during a user gesture. */
export async function setAutoAnnotation(on: boolean): Promise<boolean> {
  if (on) {
    const granted = await browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
    await updateSettings({ auto: granted });
    return granted;
  }
  await updateSettings({ auto: false });
  // Builds that were granted the access at install (the test build) cannot give it back; that is fine.
  await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
  return false;
}

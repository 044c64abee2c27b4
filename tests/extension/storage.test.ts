import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  annotationsFor,
  disabledSitesItem,
  getDisabledSites,
  getSettings,
  setSiteEnabled,
  settingsFrom,
  settingsItem,
  tabViewItem,
  updateSettings,
} from '../../utils/storage';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults: annotations on, checked on a click, underlined, supported claims quiet', async () => {
    expect(await getSettings()).toEqual({
      enabled: true,
      auto: false,
      style: 'underline',
      supported: 'quiet',
    });
    expect(DEFAULT_SETTINGS.auto).toBe(false); // only the e2e build checks pages as they load from the start
  });

  it('persist changes, stamped with the version of their shape', async () => {
    await updateSettings({ style: 'tint' });
    await updateSettings({ enabled: false });
    expect(await getSettings()).toEqual({ enabled: false, auto: false, style: 'tint', supported: 'quiet' });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ enabled: false, auto: false, style: 'tint', supported: 'quiet' });
    expect(stored.settings$).toEqual({ v: 1 });
  });

  it('repair stored values that are missing fields or malformed', () => {
    expect(settingsFrom(null)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom({ enabled: false })).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(settingsFrom({ style: 'neon' as never, auto: 'yes' as never })).toEqual(DEFAULT_SETTINGS);
    // Settings stored before the supported-claims choice existed read as the default.
    expect(settingsFrom({ enabled: true, auto: false, style: 'tint' } as never).supported).toBe('quiet');
    expect(settingsFrom({ supported: 'loud' as never }).supported).toBe('quiet');
  });

  it('tell watchers about every change', async () => {
    const seen: boolean[] = [];
    const unwatch = settingsItem.watch((v) => seen.push(v.enabled));
    await updateSettings({ enabled: false });
    await updateSettings({ enabled: true });
    unwatch();
    expect(seen).toEqual([false, true]);
  });
});

describe('sites where annotations are off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept sorted and without duplicates, with a version stamp', async () => {
    await setSiteEnabled('b.example', false);
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('b.example', false);
    expect(await getDisabledSites()).toEqual(['a.example', 'b.example']);
    await setSiteEnabled('a.example', true);
    expect(await disabledSitesItem.getValue()).toEqual(['b.example']);
    expect((await fakeBrowser.storage.local.get('disabledSites$')).disabledSites$).toEqual({ v: 1 });
  });

  it('ignore anything but host names in storage', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['a.example', 3, null] });
    expect(await getDisabledSites()).toEqual(['a.example']);
  });
});

describe('annotationsFor', () => {
  const on = { ...DEFAULT_SETTINGS, enabled: true };
  it('says which switch keeps annotations off', () => {
    expect(annotationsFor(on, [], 'a.example')).toEqual({ on: true });
    expect(annotationsFor(on, ['a.example'], 'a.example')).toEqual({ on: false, scope: 'site' });
    expect(annotationsFor({ ...on, enabled: false }, [], 'a.example')).toEqual({
      on: false,
      scope: 'everywhere',
    });
    expect(annotationsFor(on, ['a.example'], 'b.example')).toEqual({ on: true });
  });
});

describe('tab views', () => {
  beforeEach(() => fakeBrowser.reset());

  it('live in session storage, one per tab', async () => {
    await tabViewItem(7).setValue({ kind: 'scanning', host: 'a.example' });
    expect(await tabViewItem(7).getValue()).toEqual({ kind: 'scanning', host: 'a.example' });
    expect(await tabViewItem(8).getValue()).toBeNull();
    expect(await fakeBrowser.storage.session.get('tab-7')).toEqual({
      'tab-7': { kind: 'scanning', host: 'a.example' },
    });
  });
});

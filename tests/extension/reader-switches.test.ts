// The annotator reads the reader's switches without the storage library: what it reads must be what the
// popup and options page wrote through utils/storage.ts's items, and it must hear every flip of a switch.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSwitches, watchSwitches, type Switches } from '../../utils/lens/reader-switches';
import {
  DEFAULT_SETTINGS,
  disabledSitesItem,
  setSiteEnabled,
  settingsItem,
  updateSettings,
} from '../../utils/storage';

describe("the annotator's view of the switches", () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults before anything was stored', async () => {
    expect(await readSwitches()).toEqual({ settings: DEFAULT_SETTINGS, disabled: [] });
  });

  it('reads what the storage items wrote', async () => {
    await updateSettings({ style: 'tint', supported: 'hidden' });
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('blog.example', false);
    expect(await readSwitches()).toEqual({
      settings: await settingsItem.getValue(),
      disabled: await disabledSitesItem.getValue(),
    });
    expect((await readSwitches()).disabled).toEqual(['blog.example', 'news.example']);
  });

  it('repairs what it reads as the items do', async () => {
    await fakeBrowser.storage.local.set({
      settings: { style: 'neon', enabled: 'no' },
      disabledSites: ['a.example', 3],
    });
    expect(await readSwitches()).toEqual({ settings: DEFAULT_SETTINGS, disabled: ['a.example'] });
  });

  it('hears every flip of a switch, and nothing after it stops', async () => {
    const seen: Array<Partial<Switches>> = [];
    const stop = watchSwitches((changed) => seen.push(changed));
    await updateSettings({ enabled: false });
    await setSiteEnabled('news.example', false);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.session.set({ settings: { enabled: true } });
    stop();
    await updateSettings({ enabled: true });
    expect(seen).toEqual([
      { settings: { ...DEFAULT_SETTINGS, enabled: false } },
      { disabled: ['news.example'] },
    ]);
  });

  it('reads a removed switch as its default', async () => {
    await updateSettings({ enabled: false });
    const seen: Array<Partial<Switches>> = [];
    const stop = watchSwitches((changed) => seen.push(changed));
    await settingsItem.removeValue();
    stop();
    expect(seen).toEqual([{ settings: DEFAULT_SETTINGS }]);
  });
});

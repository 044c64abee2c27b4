// The background's fact-base updates with WXT's fake browser: when it checks (install, browser start, the
// daily alarm, "check now"), what it keeps (browser.storage.local), whom it tells (tabs with the annotator),
// and the fact base it hands out, including after stored data was damaged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BuildUpdateChannel } from '../../core/factbase/update-config';
import { STORAGE_KEYS } from '../../core/factbase/update-store';
import {
  CHECK_EVERY_MINUTES,
  FactBaseUpdates,
  UPDATE_ALARM,
  type UpdateDeps,
  localKeyValueStorage,
} from '../../utils/background/fact-base-updates';
import { tabsWithLens } from '../../utils/background/tab-views';
import { type ServedFactBase, onMessages, sendMessage } from '../../utils/messaging';
import { tabViewItem, updateUrlItem } from '../../utils/storage';
import {
  LATEST_URL,
  factBaseAt,
  fakeHost,
  hostRelease,
  makeRelease,
  newKey,
} from '../unit/factbase-update/release-fixture';

const key = await newKey();
const stranger = await newKey();
/** The copy "shipped with the extension" in these tests: the project's data, pinned at 1.0.0. */
const BUNDLED = factBaseAt('1.0.0');
const NOW = new Date('2026-11-22T08:00:00Z');
const CHANNEL: BuildUpdateChannel = {
  enabled: true,
  latestUrl: LATEST_URL,
  publicKeys: [key.publicKey],
  allowLoopbackHttp: false,
};

/** 1.1.0: one fact re-rated, as a minor release does. */
const v110 = factBaseAt('1.1.0', (fb) => {
  fb.manifest.published = '2026-12-01';
  fb.facts.find((f) => f.id === 'stake-49-wrong')!.confidence = 'reported';
});
const release110 = await makeRelease(v110, key);

type Host = ReturnType<typeof fakeHost>;

function updates(host: Host, deps: Partial<UpdateDeps> = {}) {
  return new FactBaseUpdates({
    channel: CHANNEL,
    storage: localKeyValueStorage,
    bundled: BUNDLED,
    fetch: host.fetch,
    extensionVersion: () => '0.1.0',
    now: () => NOW,
    checkEveryMinutes: CHECK_EVERY_MINUTES,
    ...deps,
  });
}

/** tabs.sendMessage, answered as an annotator would (the fake browser has none). */
function lensTabs() {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(async () => ({ ok: true, value: true }) as never);
}

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('when the background checks', () => {
  it('at install: a daily alarm, and a check at once', async () => {
    const host = hostRelease(release110);
    updates(host).listen();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    const alarm = await fakeBrowser.alarms.get(UPDATE_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(host.requested).toEqual([LATEST_URL, 'https://facts.example.org/plens/factbase-1.1.0.json']);
  });

  it('at browser start: the alarm is put back if the browser dropped it, and a check runs', async () => {
    const host = hostRelease(release110);
    updates(host).listen();
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await fakeBrowser.alarms.get(UPDATE_ALARM))?.periodInMinutes).toBe(CHECK_EVERY_MINUTES);
    expect(host.requested).toHaveLength(2);
    expect(await stored(STORAGE_KEYS.status)).toMatchObject({ result: 'updated', version: '1.1.0' });
  });

  it('at browser start soon after a check: the schedule is kept, no second check', async () => {
    const host = hostRelease(release110);
    await updates(host, { now: () => new Date(NOW.getTime() - 20 * 60_000) }).checkNow();
    expect(host.requested).toHaveLength(2);
    await fakeBrowser.alarms.create(UPDATE_ALARM, {
      delayInMinutes: 600,
      periodInMinutes: CHECK_EVERY_MINUTES,
    });
    const before = await fakeBrowser.alarms.get(UPDATE_ALARM);
    updates(host).listen();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(host.requested).toHaveLength(2);
    expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toEqual(before);
  });

  it('when the daily alarm goes off, and not for other alarms', async () => {
    const host = hostRelease(release110);
    updates(host).listen();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: 0 });
    expect(host.requested).toEqual([]);
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM, scheduledTime: 0 });
    expect(host.requested).toHaveLength(2);
  });

  it('when the popup or the options page asks ("check now"), and answers with the outcome', async () => {
    const host = hostRelease(release110);
    const u = updates(host);
    onMessages(u.handlers);
    expect(await sendMessage('factbase:state', null)).toEqual({
      channel: { enabled: true, url: LATEST_URL, defaultUrl: LATEST_URL, custom: false },
      inUse: { version: '1.0.0', published: BUNDLED.manifest.published, origin: 'bundled' },
      status: null,
      problem: null,
    });
    const state = await sendMessage('factbase:check', null);
    expect(state.inUse).toEqual({ version: '1.1.0', published: '2026-12-01', origin: 'downloaded' });
    expect(state.status).toMatchObject({ result: 'updated', reason: null, lastAttempt: NOW.toISOString() });
  });

  it('once at a time: asks made while a check runs wait for it', async () => {
    const host = hostRelease(release110);
    const u = updates(host);
    const [a, b] = await Promise.all([u.checkNow(), u.checkNow()]);
    expect(a).toEqual(b);
    expect(host.requested).toHaveLength(2);
  });

  it('never, in a build without an update address: no alarm, no listener, no request', async () => {
    const host = hostRelease(release110);
    const u = updates(host, { channel: { enabled: false } });
    u.listen();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM, scheduledTime: 0 });
    const state = await u.checkNow();
    expect(state).toMatchObject({ channel: { enabled: false }, status: null, inUse: { origin: 'bundled' } });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(host.requested).toEqual([]);
  });
});

describe('an accepted update', () => {
  it('is stored as the last good fact base and handed out to every part of the extension', async () => {
    const u = updates(hostRelease(release110));
    onMessages(u.handlers);
    expect(await sendMessage('factbase:get', null)).toEqual({
      inUse: { version: '1.0.0', published: BUNDLED.manifest.published, origin: 'bundled' },
      factBase: null,
    });
    await u.checkNow();
    expect(await stored(STORAGE_KEYS.factBase)).toMatchObject({
      version: '1.1.0',
      sha256: release110.latest.sha256,
    });
    const served = await sendMessage('factbase:get', null);
    expect(served.inUse.origin).toBe('downloaded');
    expect(served.factBase?.facts.find((f) => f.id === 'stake-49-wrong')?.confidence).toBe('reported');
    // A service worker that starts again reads the same from storage.
    const again = await updates(fakeHost({})).served();
    expect(again.inUse).toEqual(served.inUse);
  });

  it('is what the background hands out as soon as the check is recorded', async () => {
    // A page watching the recorded status asks at once, while the check may still be finishing: the answer
    // is the fact base that check stored, not the one loaded before it.
    const u = updates(fakeHost({}));
    expect((await u.served()).inUse.origin).toBe('bundled');
    await updates(hostRelease(release110)).checkNow();
    expect((await u.served()).inUse).toEqual({
      version: '1.1.0',
      published: '2026-12-01',
      origin: 'downloaded',
    });
    expect((await u.state()).inUse.version).toBe('1.1.0');
  });

  it('is sent to every tab with the annotator, which judges its page again', async () => {
    const send = lensTabs();
    await tabViewItem(5).setValue({ kind: 'scanning', host: 'a.example' });
    await tabViewItem(6).setValue({ kind: 'unavailable', host: null });
    await tabViewItem(9).setValue({ kind: 'off', host: 'b.example', scope: 'site' });
    expect(await tabsWithLens()).toEqual([5, 9]);
    await updates(hostRelease(release110)).checkNow();
    expect(send.mock.calls.map(([tabId]) => tabId)).toEqual([5, 9]);
    const [, envelope, options] = send.mock.calls[0] as [
      number,
      { plens: string; data: ServedFactBase },
      unknown,
    ];
    expect(options).toEqual({ frameId: 0 });
    expect(envelope.plens).toBe('lens:factbase');
    expect(envelope.data.inUse).toEqual({ version: '1.1.0', published: '2026-12-01', origin: 'downloaded' });
    expect(envelope.data.factBase?.manifest.version).toBe('1.1.0');
  });

  it('is not sent again when nothing changed ("current"), and a tab that does not answer is no failure', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('Receiving end does not exist'));
    await tabViewItem(5).setValue({ kind: 'scanning', host: 'a.example' });
    const u = updates(hostRelease(release110));
    expect((await u.checkNow()).status?.result).toBe('updated');
    expect(send).toHaveBeenCalledTimes(1);
    expect((await u.checkNow()).status).toMatchObject({ result: 'current' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('a refused update', () => {
  it('keeps the last good fact base in use and records the reason', async () => {
    const send = lensTabs();
    await tabViewItem(5).setValue({ kind: 'scanning', host: 'a.example' });
    const u = updates(hostRelease(release110));
    await u.checkNow();
    const later = new Date('2026-11-23T08:00:00Z');
    const forged = await makeRelease(factBaseAt('1.2.0'), stranger);
    const refusing = updates(hostRelease(forged), { now: () => later });
    const state = await refusing.checkNow();
    expect(state.status).toEqual({
      lastAttempt: later.toISOString(),
      result: 'refused',
      reason: 'signature does not verify',
      version: '1.1.0',
      origin: 'downloaded',
      lastSuccess: NOW.toISOString(),
      storageProblem: null,
      expires: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(state.inUse).toEqual({ version: '1.1.0', published: '2026-12-01', origin: 'downloaded' });
    expect((await refusing.served()).factBase?.manifest.version).toBe('1.1.0');
    expect(send).toHaveBeenCalledTimes(1); // for the accepted update only
  });
});

describe('stored data that is damaged at start-up', () => {
  const damaged = { version: '1.1.0', factBase: { manifest: { version: '1.1.0' }, facts: 'truncated' } };

  it('is set aside: the bundled copy is handed out and the problem is shown', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.factBase]: damaged });
    const host = fakeHost({}); // nothing published: the check that follows is refused
    const u = updates(host);
    expect(await u.served()).toEqual({
      inUse: { version: '1.0.0', published: BUNDLED.manifest.published, origin: 'bundled' },
      factBase: null,
    });
    expect(await stored(STORAGE_KEYS.factBase)).toBeUndefined();
    const state = await u.checkNow();
    expect(state.status).toMatchObject({
      result: 'refused',
      reason: 'HTTP 404 (latest.json)',
      origin: 'bundled',
    });
    expect(state.status?.storageProblem).toMatch(/^stored fact base is corrupt and was set aside \(/);
  });

  it('is replaced by a fresh download at once, when the build has an update channel', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.factBase]: 'garbage' });
    const host = hostRelease(release110);
    const u = updates(host);
    await u.onWake();
    await vi.waitFor(async () => expect((await u.served()).inUse.origin).toBe('downloaded'));
    expect((await u.state()).status?.storageProblem).toMatch(/^stored fact base is corrupt/);
  });

  it('is set aside in a build without updates too, and nothing is fetched', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.factBase]: damaged });
    const host = hostRelease(release110);
    const u = updates(host, { channel: { enabled: false } });
    expect((await u.served()).factBase).toBeNull();
    expect((await u.state()).problem).toMatch(/^stored fact base is corrupt/);
    expect(host.requested).toEqual([]);
  });
});

describe('the update address', () => {
  it("is the reader's when set (https), with the build's keys; the build's otherwise", async () => {
    const mirror = 'https://mirror.example.net/plens/latest.json';
    await updateUrlItem.setValue(mirror);
    const host = hostRelease(release110);
    const state = await updates(host).checkNow();
    expect(state.channel).toEqual({ enabled: true, url: mirror, defaultUrl: LATEST_URL, custom: true });
    expect(host.requested).toEqual([mirror, 'https://mirror.example.net/plens/factbase-1.1.0.json']);
  });

  it('ignores a stored address that is not https, and never lets it use plain http', async () => {
    await updateUrlItem.setValue('http://127.0.0.1:9/latest.json');
    const host = hostRelease(release110);
    const loopbackBuild = { ...CHANNEL, allowLoopbackHttp: true } as BuildUpdateChannel;
    const state = await updates(host, { channel: loopbackBuild }).checkNow();
    expect(state.channel).toMatchObject({ url: LATEST_URL, custom: false });
    expect(host.requested[0]).toBe(LATEST_URL);
  });
});

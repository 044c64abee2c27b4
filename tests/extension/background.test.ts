import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport, ReportedClaim } from '../../core/report/page-report';
import { onLensReport, onPrecheckHit, openTab } from '../../utils/background/handlers';
import { LENS_SCRIPT, onLensEngine, onLensStyle } from '../../utils/background/inject-lens';
import { JUDGE_HERE_FILE } from '../../utils/lens/judge-here-protocol';
import { PRECHECK_ID, PRECHECK_SCRIPT, syncPrecheck } from '../../utils/background/precheck-registration';
import { clearTabView, getTabView } from '../../utils/background/tab-views';
import { setSiteEnabled, updateSettings } from '../../utils/storage';
import { judged } from '../fixtures/cli/judged';

const URL_A = 'https://news.example/story';

function report(statuses: ReportedClaim['status'][]): PageReport {
  const text = statuses.map((s, i) => `Claim ${i} is ${s}.`).join(' ');
  return {
    url: URL_A,
    title: 'Story',
    published: '2023-01-23',
    asOf: '2026-11-21',
    factBase: { version: '1.0.0', published: '2026-11-21' },
    claims: statuses.map((status, i) => ({
      ...judged(text, `Claim ${i} is ${status}.`, { status }),
      annotationId: `plens-${i + 1}`,
    })),
  };
}

/** Fakes for the APIs the fake browser leaves out: scripting, permissions, tabs.sendMessage. */
function fakes(opts: { lensPresent?: boolean; injectFails?: boolean; access?: boolean } = {}) {
  const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
  const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
    if (opts.injectFails) throw new Error('Cannot access contents of the page');
    return [] as never;
  });
  const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!opts.lensPresent) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, value: { annotations: 2 } } as never;
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue((opts.access ?? false) as never);
  const registered: Array<Record<string, unknown>> = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => registered.slice() as never,
  );
  const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (s) => {
    registered.push(...(s as unknown as Array<Record<string, unknown>>));
  });
  const unregister = vi
    .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
    .mockImplementation(async () => {
      registered.length = 0;
    });
  return { insertCSS, executeScript, sendToTab, register, unregister, registered };
}

async function tab(url: string) {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

describe('opening the popup on a tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('loads the annotator with its stylesheet and shows "scanning" until the report comes', async () => {
    const f = fakes();
    const id = await tab(URL_A);
    expect(await openTab(id)).toEqual({ kind: 'scanning', host: 'news.example' });
    expect(f.executeScript).toHaveBeenCalledWith({ target: { tabId: id }, files: [LENS_SCRIPT] });
    // The annotator asks for its stylesheet, keyed on its own secret: only highlights carrying it are styled.
    const key = 'a1'.repeat(16);
    expect(await onLensStyle({ key }, { tab: { id } as never, frameId: 0 })).toBe(true);
    const css = String(f.insertCSS.mock.calls[0]?.[0]?.css);
    expect(f.insertCSS).toHaveBeenCalledWith({
      target: { tabId: id, frameIds: [0] },
      css: expect.any(String),
    });
    expect(css).toContain(`mark[data-plens-claim][data-plens-key="${key}"]`);
    expect(css).not.toMatch(/(^|\n)mark\[data-plens-claim\] \{/);
    // Not for frames, nor for anything that is not a tab.
    expect(await onLensStyle({ key }, { tab: { id } as never, frameId: 3 })).toBe(false);
    expect(await onLensStyle({ key }, {})).toBe(false);

    await onLensReport(
      { report: report(['outdated', 'contradicted', 'supported']) },
      { tab: { id } as never, frameId: 0 },
    );
    const view = await getTabView(id);
    expect(view?.kind).toBe('ready');
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('2');
  });

  it("loads the engine into an annotator's page on request, in its top frame only", async () => {
    const f = fakes();
    const id = await tab(URL_A);
    expect(await onLensEngine({ tab: { id } as never, frameId: 0 })).toBe(true);
    expect(f.executeScript).toHaveBeenCalledWith({
      target: { tabId: id, frameIds: [0] },
      files: [`/${JUDGE_HERE_FILE}`],
    });
    expect(await onLensEngine({ tab: { id } as never, frameId: 2 })).toBe(false);
    expect(await onLensEngine({})).toBe(false);
    expect(f.executeScript).toHaveBeenCalledTimes(1);
  });

  it('does not load the annotator twice', async () => {
    const f = fakes({ lensPresent: true });
    const id = await tab(URL_A);
    await openTab(id);
    expect(f.sendToTab).toHaveBeenCalledWith(id, { plens: 'lens:sync', data: null }, { frameId: 0 });
    expect(f.executeScript).not.toHaveBeenCalled();
  });

  it('says "not available" on pages that are not web pages, or that the browser keeps extensions out of', async () => {
    fakes({ injectFails: true });
    expect(await openTab(await tab('chrome://settings'))).toEqual({ kind: 'unavailable', host: null });
    expect(await openTab(await tab('https://chromewebstore.google.com/x'))).toEqual({
      kind: 'unavailable',
      host: 'chromewebstore.google.com',
    });
    expect(await openTab(999)).toEqual({ kind: 'unavailable', host: null });
  });

  it('respects the switches: off on this site, or off everywhere', async () => {
    const f = fakes();
    const id = await tab(URL_A);
    await setSiteEnabled('news.example', false);
    expect(await openTab(id)).toEqual({ kind: 'off', host: 'news.example', scope: 'site' });
    await updateSettings({ enabled: false });
    expect(await openTab(id)).toEqual({ kind: 'off', host: 'news.example', scope: 'everywhere' });
    expect(f.executeScript).not.toHaveBeenCalled();
  });
});

describe('reports from the annotator', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('set the badge to the claims that need attention, with a tooltip saying so, and clear it at zero', async () => {
    const id = await tab(URL_A);
    const sender = { tab: { id } as never, frameId: 0 };
    await onLensReport(
      { report: report(['outdated', 'outdated', 'unverified', 'contradicted', 'supported']) },
      sender,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('4');
    expect(await fakeBrowser.action.getTitle({ tabId: id })).toBe(
      'Partnership Lens: 4 claims need attention (2 outdated, 1 contradicted, 1 unverified) of 5 on this page',
    );
    await onLensReport({ report: report(['supported']) }, sender);
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: id })).toBe(
      'Partnership Lens: 1 partnership claim, all supported',
    );
  });

  it('switch the view off when annotations were switched off on the page', async () => {
    const id = await tab(URL_A);
    await setSiteEnabled('news.example', false);
    await onLensReport({ report: null }, { tab: { id } as never, url: URL_A, frameId: 0 });
    expect(await getTabView(id)).toEqual({ kind: 'off', host: 'news.example', scope: 'site' });
  });

  it('from frames other than the top one are ignored', async () => {
    const id = await tab(URL_A);
    await onLensReport({ report: report(['outdated']) }, { tab: { id } as never, frameId: 3 });
    expect(await getTabView(id)).toBeNull();
  });

  it('are forgotten with the page', async () => {
    const id = await tab(URL_A);
    await onLensReport({ report: report(['outdated']) }, { tab: { id } as never, frameId: 0 });
    await clearTabView(id);
    expect(await getTabView(id)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('');
  });
});

describe('the pre-check', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('loads the annotator when automatic annotation is on and the site is not switched off', async () => {
    const f = fakes({ access: true });
    const id = await tab(URL_A);
    const sender = { tab: { id, url: URL_A } as never, url: URL_A, frameId: 0 };
    await onPrecheckHit(sender);
    expect(f.executeScript).not.toHaveBeenCalled(); // automatic annotation is off by default
    await updateSettings({ auto: true });
    await onPrecheckHit(sender);
    expect(f.executeScript).toHaveBeenCalledTimes(1);
    await setSiteEnabled('news.example', false);
    await onPrecheckHit(sender);
    expect(f.executeScript).toHaveBeenCalledTimes(1);
  });

  it('is registered for every site but the ones switched off, only while wanted and allowed', async () => {
    const f = fakes({ access: true });
    expect(await syncPrecheck()).toBe(false);
    expect(f.register).not.toHaveBeenCalled();

    await updateSettings({ auto: true });
    await setSiteEnabled('quiet.example', false);
    expect(await syncPrecheck()).toBe(true);
    expect(f.registered).toEqual([
      {
        id: PRECHECK_ID,
        js: [PRECHECK_SCRIPT],
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: ['*://quiet.example/*'],
        runAt: 'document_idle',
        allFrames: false,
      },
    ]);

    // Nothing changed: the registration is left alone (the background wakes up often).
    await syncPrecheck();
    expect(f.register).toHaveBeenCalledTimes(1);
    expect(f.unregister).not.toHaveBeenCalled();

    await setSiteEnabled('quiet.example', true);
    await syncPrecheck();
    expect(f.registered).toHaveLength(1);
    expect(f.registered[0].excludeMatches).toBeUndefined();

    await updateSettings({ enabled: false });
    expect(await syncPrecheck()).toBe(false);
    expect(f.registered).toEqual([]);
  });

  it('runs once in the pages that loaded before it was registered, and not again while registered', async () => {
    const f = fakes({ access: true });
    const early = await tab(URL_A);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: early, url: URL_A }] as never);
    await updateSettings({ auto: true });
    expect(await syncPrecheck()).toBe(true);
    expect(query).toHaveBeenCalledWith({ url: ['http://*/*', 'https://*/*'] });
    expect(f.executeScript).toHaveBeenCalledWith({
      target: { tabId: early },
      files: ['/content-scripts/precheck.js'],
    });
    await syncPrecheck(); // the background woke up again: the registration stands, nothing runs twice
    expect(f.executeScript).toHaveBeenCalledTimes(1);
  });

  it('is not registered without access to all sites, whatever the setting says', async () => {
    const f = fakes({ access: false });
    await updateSettings({ auto: true });
    expect(await syncPrecheck()).toBe(false);
    expect(f.register).not.toHaveBeenCalled();
  });
});

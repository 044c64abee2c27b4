// The background's answers: load the annotator where the reader allows it, keep each tab's view and badge.
import { browser } from 'wxt/browser';
import type { PageReport } from '@/core/report/page-report';
import type { Handlers, Sender, TabView } from '../messaging';
import { hostOf } from '../sites';
import { annotationsFor, getDisabledSites, getSettings } from '../storage';
import { ensureLens, onLensEngine, onLensStyle } from './inject-lens';
import { openTimeline } from './open-timeline';
import { getTabView, setTabView } from './tab-views';

async function annotationsForHost(host: string) {
  const [settings, disabled] = await Promise.all([getSettings(), getDisabledSites()]);
  return { settings, annotations: annotationsFor(settings, disabled, host) };
}

/** The pre-check found a party name: load the annotator, unless the reader switched this off since. */
export async function onPrecheckHit(sender: Sender): Promise<null> {
  const tabId = sender.tab?.id;
  const host = hostOf(sender.url ?? sender.tab?.url);
  if (tabId === undefined || host === null || (sender.frameId ?? 0) !== 0) return null;
  const { settings, annotations } = await annotationsForHost(host);
  if (!settings.auto || !annotations.on) return null;
  if ((await getTabView(tabId))?.kind !== 'ready') await setTabView(tabId, { kind: 'scanning', host });
  if (!(await ensureLens(tabId))) await setTabView(tabId, { kind: 'unavailable', host });
  return null;
}

/** The annotator says what is highlighted (or, with null, that it switched off). */
export async function onLensReport(data: { report: PageReport | null }, sender: Sender): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
  const host = hostOf(data.report?.url ?? sender.url ?? sender.tab?.url);
  if (host === null) return null;
  if (data.report !== null) {
    await setTabView(tabId, { kind: 'ready', host, report: data.report });
  } else {
    const { annotations } = await annotationsForHost(host);
    await setTabView(
      tabId,
      annotations.on ? { kind: 'scanning', host } : { kind: 'off', host, scope: annotations.scope },
    );
  }
  return null;
}

/**
 * The popup opened on a tab (the reader's click grants access to it): load the annotator when annotations
 * are on there, and tell what the tab shows. The report, when it comes, replaces the "scanning" view.
 */
export async function openTab(tabId: number): Promise<TabView> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { kind: 'unavailable', host: null };
  }
  const host = hostOf(url);
  if (host === null) return setTabView(tabId, { kind: 'unavailable', host: null });
  const { annotations } = await annotationsForHost(host);
  if (!annotations.on) return setTabView(tabId, { kind: 'off', host, scope: annotations.scope });
  const current = await getTabView(tabId);
  if (current?.kind !== 'ready' || current.host !== host) await setTabView(tabId, { kind: 'scanning', host });
  if (!(await ensureLens(tabId))) return setTabView(tabId, { kind: 'unavailable', host });
  return (await getTabView(tabId)) ?? { kind: 'scanning', host };
}

export const backgroundHandlers: Handlers = {
  'precheck:hit': (_data, sender) => onPrecheckHit(sender),
  'lens:report': (data, sender) => onLensReport(data, sender),
  'lens:style': (data, sender) => onLensStyle(data, sender),
  'lens:engine': (_data, sender) => onLensEngine(sender),
  'tab:open': ({ tabId }) => openTab(tabId),
  'timeline:open': (target, sender) => openTimeline(target, sender),
};

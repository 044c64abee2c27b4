// Wiring for the popup: which tab, what it shows, the switches. The view itself is components/PopupView.
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { checkResultText } from '@/components/FactBaseUpdates';
import { type SwitchName, PopupView } from '@/components/PopupView';
import { latestAmendment } from '@/core/report/latest-amendment';
import type { AmendmentContext } from '@/core/types';
import { type ExportFormat, type TabView, sendMessage } from '@/utils/messaging';
import { setAutoAnnotation } from '@/utils/site-access';
import { timelineHash } from '@/utils/timeline-link';
import { setSiteEnabled, tabViewItem, updateSettings } from '@/utils/storage';
import { download } from '@/utils/ui/download';
import { useDisabledSites, useFactBaseInUse, useSettings, useSiteAccess } from '@/utils/ui/hooks';
import { BUILD_UPDATE_CHANNEL } from '@/utils/update-channel';

/** Asks the background to check the tab (loading the annotator when allowed), and shows what it says. */
async function openTab(id: number, show: (view: TabView) => void): Promise<void> {
  try {
    const answer = await sendMessage('tab:open', { tabId: id });
    // A report may have come in while we waited: the stored view is the newest.
    show((await tabViewItem(id).getValue()) ?? answer);
  } catch {
    show({ kind: 'unavailable', host: null });
  }
}

/** The tab the popup is about: `?tab=<id>` (tests, or a popup opened in a tab), else the active tab. */
async function targetTab(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<TabView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [settings, showSettings] = useSettings();
  const [disabled, showSite] = useDisabledSites();
  const access = useSiteAccess();
  const inUse = useFactBaseInUse();
  const factBase = inUse?.factBase ?? null;
  const [checking, setChecking] = useState(false);
  const [updateNotice, setUpdateNotice] = useState<string | null>(null);

  useEffect(() => {
    void targetTab().then((id) => {
      if (id === null) setView({ kind: 'unavailable', host: null });
      setTabId(id);
    });
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    const unwatch = tabViewItem(tabId).watch((v) => setView(v));
    void openTab(tabId, setView);
    return unwatch;
  }, [tabId]);

  const host = view && view.kind !== 'unavailable' ? view.host : null;
  // The latest change of each partnership the page's claims name, as of the page's check.
  const amendments = useMemo(() => {
    const out: Record<string, AmendmentContext> = {};
    if (factBase === null || view?.kind !== 'ready') return out;
    for (const c of view.report.claims) {
      if (c.partnership === null || out[c.partnership]) continue;
      const latest = latestAmendment(factBase, c.partnership, view.report.asOf);
      if (latest) out[c.partnership] = latest;
    }
    return out;
  }, [view, factBase]);
  const partnerships = useMemo(
    () => (factBase?.partnerships ?? []).map((p) => ({ id: p.id, name: p.name })),
    [factBase],
  );

  const onSwitch = async (name: SwitchName, on: boolean) => {
    if (name === 'auto') {
      showSettings({ auto: on });
      const granted = await setAutoAnnotation(on);
      showSettings({ auto: granted }); // refused: the switch goes back off
      setNotice(
        on && !granted
          ? 'Access to all sites was not granted: pages are checked when you open this window.'
          : null,
      );
      return;
    }
    if (name === 'everywhere') {
      showSettings({ enabled: on });
      await updateSettings({ enabled: on });
    } else if (host !== null) {
      showSite(host, on);
      await setSiteEnabled(host, on);
    }
    if (on && tabId !== null) await openTab(tabId, setView);
  };

  const onExport = async (format: ExportFormat) => {
    if (tabId === null) return;
    try {
      const file = await sendMessage('lens:export', { format }, { tabId });
      if (file === null) {
        setNotice('Nothing to export yet: the page is still being checked.');
        return;
      }
      download(file);
      setNotice(`Saved ${file.filename}`);
    } catch {
      setNotice('The page could not be reached. Reload it and try again.');
    }
  };

  const onCheckUpdates = async () => {
    setChecking(true);
    setUpdateNotice(null);
    try {
      const { status } = await sendMessage('factbase:check', null);
      setUpdateNotice(status ? checkResultText(status) : null);
    } catch {
      setUpdateNotice('The check could not run. Try again from the options page.');
    } finally {
      setChecking(false);
    }
  };

  return (
    <PopupView
      view={view}
      factBase={inUse?.inUse ?? null}
      updates={
        BUILD_UPDATE_CHANNEL.enabled
          ? { checking, notice: updateNotice, onCheck: () => void onCheckUpdates() }
          : undefined
      }
      partnerships={partnerships}
      amendments={amendments}
      switches={{
        everywhere: settings.enabled,
        site: host !== null && !disabled.includes(host),
        auto: settings.auto && access,
      }}
      notice={notice}
      onSwitch={(name, on) => void onSwitch(name, on)}
      onSelectClaim={(annotationId) => {
        if (tabId !== null) void sendMessage('lens:focus', { annotationId }, { tabId }).catch(() => {});
      }}
      onTimeline={(target) =>
        void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${timelineHash(target)}` })
      }
      onExport={(format) => void onExport(format)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

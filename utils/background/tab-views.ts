// What each tab shows: kept in session storage (the popup watches it) and mirrored on the toolbar badge.
import { browser } from 'wxt/browser';
import { badgeTitle, needsAttention } from '@/core/report/page-report';
import type { TabView } from '../messaging';
import { tabViewItem } from '../storage';

const BADGE_COLOR = '#b3261e';

export async function getTabView(tabId: number): Promise<TabView | null> {
  return tabViewItem(tabId).getValue();
}

/**
 * Saves what the tab shows and sets its badge: the number of claims that need attention (outdated,
 * contradicted, unverified), with a tooltip that says so.
 */
export async function setTabView(tabId: number, view: TabView): Promise<TabView> {
  await tabViewItem(tabId).setValue(view);
  const claims = view.kind === 'ready' ? view.report.claims : [];
  await setBadge(tabId, needsAttention(claims), badgeTitle(claims));
  return view;
}

export async function clearTabView(tabId: number): Promise<void> {
  await tabViewItem(tabId).removeValue();
  await setBadge(tabId, 0, badgeTitle([]));
}

async function setBadge(tabId: number, count: number, title: string): Promise<void> {
  try {
    await browser.action.setTitle({ tabId, title });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab closed meanwhile.
  }
}

/**
 * Tabs where the annotator runs, or may: every tab with a view other than "unavailable" (views are kept
 * only while their page is open, so this never names a closed tab or a page that has gone).
 */
export async function tabsWithLens(): Promise<number[]> {
  const stored = await browser.storage.session.get(null);
  const ids: number[] = [];
  for (const [key, view] of Object.entries(stored)) {
    const m = /^tab-(\d+)$/.exec(key);
    if (m && view && (view as TabView).kind !== 'unavailable') ids.push(Number(m[1]));
  }
  return ids.sort((a, b) => a - b);
}

// Wiring only: messages, settings and permission changes, tab lifecycle. The logic lives in utils/background/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '@/utils/background/handlers';
import { syncPrecheck } from '@/utils/background/precheck-registration';
import { clearTabView } from '@/utils/background/tab-views';
import { onMessages } from '@/utils/messaging';
import { disabledSitesItem, settingsItem } from '@/utils/storage';

export default defineBackground(() => {
  onMessages(backgroundHandlers);

  // A new document in the tab: its annotator is gone with the old one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabView(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabView(tabId));

  // Automatic annotation follows the switches and the site access the reader granted.
  settingsItem.watch(() => void syncPrecheck());
  disabledSitesItem.watch(() => void syncPrecheck());
  browser.permissions.onAdded.addListener(() => void syncPrecheck());
  browser.permissions.onRemoved.addListener(() => void syncPrecheck());
  void syncPrecheck();
});

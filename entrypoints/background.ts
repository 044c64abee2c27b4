// Wiring only: messages, settings and permission changes, tab lifecycle, fact-base updates. The logic lives in
// utils/background/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FactBaseUpdates } from '@/utils/background/fact-base-updates';
import { backgroundHandlers } from '@/utils/background/handlers';
import { backgroundSchemas } from '@/utils/background/message-schemas';
import { PagePolicies } from '@/utils/background/page-policies';
import { syncPrecheck } from '@/utils/background/precheck-registration';
import { clearTabView } from '@/utils/background/tab-views';
import { onMessages } from '@/utils/messaging';
import { disabledSitesItem, settingsItem } from '@/utils/storage';

export default defineBackground(() => {
  const updates = new FactBaseUpdates();
  const policies = new PagePolicies();
  // Every message is parsed (zod) before it is handled; a malformed one is dropped and logged.
  onMessages({ ...backgroundHandlers, ...updates.handlers, ...policies.handlers }, backgroundSchemas);
  // Read from each top document's headers: may its annotator start a worker (utils/worker-policy)?
  policies.listen();

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

  // Fact-base updates: at install, at browser start, once a day, and when the reader asks (a message above).
  updates.listen();
});

// What each tab's page allows its scripts by its Content Security Policy headers, as far as the annotator's
// judging worker is concerned (utils/worker-policy): read from the response headers of the tab's top document
// (webRequest, only for sites the reader gave access to), kept in memory, and asked for by the annotator before
// it starts a worker; the answer is the worker's script (utils/background/worker-source) or null. Without a
// record (the background restarted, or the page came from elsewhere than the network) the answer is null: the
// annotator then judges on the main thread, as it always can.
import { browser } from 'wxt/browser';
import type { Handlers, Sender } from '../messaging';
import { policiesAllowBlobWorkers } from '../worker-policy';
import { type ReadWorkerSource, readWorkerSource } from './worker-source';

const POLICY_HEADERS = new Set(['content-security-policy', 'content-security-policy-report-only']);

interface Headers {
  tabId: number;
  url: string;
  responseHeaders?: Array<{ name: string; value?: string }>;
}

export class PagePolicies {
  private readonly byTab = new Map<number, { origin: string; workers: boolean }>();

  constructor(private readonly workerSource: ReadWorkerSource = readWorkerSource) {}

  /** The messages it answers: the worker's script where the page allows the worker, else null. */
  readonly handlers: Partial<Handlers> = {
    'lens:worker': async (_data, sender) => (this.workersAllowed(sender) ? this.workerSource() : null),
  };

  listen(): void {
    browser.webRequest?.onHeadersReceived.addListener(
      (details) => {
        this.record(details);
        return undefined;
      },
      { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
      ['responseHeaders'],
    );
    browser.tabs.onRemoved.addListener((tabId) => this.byTab.delete(tabId));
  }

  /** A top document's response (the last of any redirects is the one that stays). */
  record({ tabId, url, responseHeaders }: Headers): void {
    if (tabId < 0) return;
    const policies = (responseHeaders ?? [])
      .filter((h) => POLICY_HEADERS.has(h.name.toLowerCase()))
      .map((h) => h.value ?? '');
    this.byTab.set(tabId, { origin: originOf(url), workers: policiesAllowBlobWorkers(policies) });
  }

  /** Whether the annotator in this tab's top document may start its worker without a policy refusing it. */
  workersAllowed(sender: Sender): boolean {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
    const page = this.byTab.get(tabId);
    return page !== undefined && page.origin === originOf(sender.url ?? '') && page.workers;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

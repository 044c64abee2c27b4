// Every message the extension's parts exchange, in one typed protocol. Content scripts send claim summaries
// to the background; the page's text never leaves the page (exports are built in the page, on request).
import { type Browser, browser } from 'wxt/browser';
import type { TimelineTarget } from '@/core/annotate/card-model';
import type { FactBase } from '@/core/factbase/schema';
import type { UpdateStatus } from '@/core/factbase/update-store';
import type { PageReport } from '@/core/report/page-report';

/** What the popup shows for a tab. */
export type TabView =
  /** Not a web page, or one the browser does not let extensions read (store pages, built-in viewers). */
  | { kind: 'unavailable'; host: string | null }
  /** The reader switched annotations off, everywhere or on this site. */
  | { kind: 'off'; host: string; scope: 'everywhere' | 'site' }
  | { kind: 'scanning'; host: string }
  | { kind: 'ready'; host: string; report: PageReport };

export const EXPORT_FORMATS = ['w3c', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mime: string;
  body: string;
}

/** The fact base in use: its version and date, and whether it shipped with the extension or was downloaded. */
export interface FactBaseInUse {
  version: string;
  published: string;
  origin: 'bundled' | 'downloaded';
}

/**
 * The fact base in use as the background hands it out. A download travels whole (the background validated
 * it); for the bundled copy only its name travels, since every part of the extension has that copy built in.
 */
export interface ServedFactBase {
  inUse: FactBaseInUse;
  /** The downloaded fact base; null: use the bundled copy. */
  factBase: FactBase | null;
}

/** What the options page shows about fact-base updates. */
export interface UpdateState {
  /** Off: the build has no update address. On: where latest.json is fetched from. */
  channel: { enabled: false } | { enabled: true; url: string; defaultUrl: string; custom: boolean };
  inUse: FactBaseInUse;
  /** The last check, or null before the first. */
  status: UpdateStatus | null;
  /** Stored update data found damaged (and set aside) since the last check, if any. */
  problem: string | null;
}

/** Message name → [request, response]. */
export interface ProtocolMap {
  /** pre-check → background: the page mentions a party; load the annotator if the reader allows it here. */
  'precheck:hit': [null, null];
  /** annotator → background: add the highlight stylesheet keyed on this secret to the sender's page. */
  'lens:style': [{ key: string }, boolean];
  /** annotator → background: what is highlighted now; null once annotations are switched off on the page. */
  'lens:report': [{ report: PageReport | null }, null];
  /** popup → background: check the tab (loading the annotator when allowed) and tell what it shows. */
  'tab:open': [{ tabId: number }, TabView];
  /** → annotator: answers when it is on the page, then sends its report again. */
  'lens:sync': [null, { annotations: number }];
  /** → annotator: scroll to a claim and make it flash. */
  'lens:focus': [{ annotationId: string }, boolean];
  /** → annotator: the page's claims as a file (the page's text stays in the page until the reader asks). */
  'lens:export': [{ format: ExportFormat }, ExportFile | null];
  /** background → annotator: another fact base is in use (an update was accepted): judge the page again. */
  'lens:factbase': [ServedFactBase, boolean];
  /** annotator, popup, options → background: the fact base in use. */
  'factbase:get': [null, ServedFactBase];
  /**
   * May the annotator start its judging worker on this page (no Content Security Policy would refuse it)? The
   * answer is the worker's script when it may, null when it may not.
   */
  'lens:worker': [null, string | null];
  /**
   * annotator → background: load the engine into the sender's page, in the extension's isolated world (utils/
   * lens/judge-here-script), to judge the page on its main thread. True once it has run there.
   */
  'lens:engine': [null, boolean];
  /** options → background: the update channel, the last check and the fact base in use. */
  'factbase:state': [null, UpdateState];
  /** popup, options → background: check for an update now; answers once the check is over. */
  'factbase:check': [null, UpdateState];
  /** card → background: open the timeline of terms at a claim's partnership and topic. */
  'timeline:open': [TimelineTarget, null];
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K][0];
export type ResponseOf<K extends MessageType> = ProtocolMap[K][1];
export type Sender = Browser.runtime.MessageSender;

interface Envelope {
  plens: MessageType;
  data: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && typeof (m as Envelope).plens === 'string';
}

function isReply(r: unknown): r is Reply {
  return typeof r === 'object' && r !== null && typeof (r as Reply).ok === 'boolean';
}

/** Sends to the extension (background, popup) or, with `tab`, to the annotator in that tab's top frame. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
  tab?: { tabId: number },
): Promise<ResponseOf<K>> {
  const envelope: Envelope = { plens: type, data };
  const reply: unknown =
    tab === undefined
      ? await browser.runtime.sendMessage(envelope)
      : await browser.tabs.sendMessage(tab.tabId, envelope, { frameId: 0 });
  if (!isReply(reply)) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value ?? null) as ResponseOf<K>;
}

export type Handlers = {
  [K in MessageType]?: (data: RequestOf<K>, sender: Sender) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/** A parser of one message's data (a zod schema fits): what a handler gets, or why the data is refused. */
export interface RequestParser {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

export type Parsers = { [K in MessageType]?: RequestParser };

/**
 * Answers the given message types (others are left to other listeners). Works with Chrome's sendResponse
 * and with promise-returning listeners (Firefox, the fake browser in tests). With `parsers`, a message's
 * data is parsed first: a message that does not parse is dropped (answered with an error) and logged, and
 * its handler never runs. Returns a function that stops.
 */
export function onMessages(handlers: Handlers, parsers: Parsers = {}): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse?: (r: Reply) => void) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.plens)) return undefined;
    const handler = handlers[message.plens] as (data: unknown, sender: Sender) => unknown;
    const parser = Object.hasOwn(parsers, message.plens) ? parsers[message.plens] : undefined;
    let data = message.data;
    if (parser !== undefined) {
      const parsed = parser.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue ? `${issue.path.map(String).join('.') || 'data'}: ${issue.message}` : 'data';
        console.warn(`Partnership Lens: dropped a malformed "${message.plens}" message (${where})`);
        const refused: Reply = { ok: false, error: 'malformed message' };
        if (typeof sendResponse === 'function') {
          sendResponse(refused);
          return undefined;
        }
        return Promise.resolve(refused);
      }
      data = parsed.data;
    }
    const reply: Promise<Reply> = Promise.resolve()
      .then(() => handler(data, sender ?? {}))
      .then(
        (value) => ({ ok: true as const, value: value ?? null }),
        (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
      );
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

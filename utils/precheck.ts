// The pre-check every page pays for when automatic annotation is on: does the page mention a party of a
// partnership in the fact base at all? Plain DOM and a regular expression — no engine, no fact base, no UI.
// tests/extension/precheck.test.ts keeps the names in step with the fact base's parties, aliases and products.

import { isRegexWordChar } from '@/core/char-codes';
import { isUnseen, scanText, type TextTest } from './text-scan';

/**
 * Where any party name, alias or product a partnership claim would mention begins. Grouped by first letter: at each
 * place in the page's text the regex engine then tries one group, not every name (the check runs on every page).
 */
export const NAME_BEGINS = String.raw`\b(?:a(?:zure|ltman|mazon|mzn|ws|nnapurna|nthropic|modei|i safety (?:startup|company)|lphabet|md|dvanced micro devices)|b(?:rockman|edrock)|c(?:hatgpt|opilot|laude|uda|atz)|dgx|e(?:c2|-?commerce giant|llison)|g(?:pt-\d\w*|raviton|arman|oogle|oogl?|emini|race blackwell|cp)|huang|inferentia|jassy|k(?:urian|ress)|lisa su|m(?:icrosoft|sft|ountain view|i[34][05]0x?|agouyrk)|n(?:adella|vidia|vda)|o(?:penai|pen ai|racle|rcl|ci|ai)|pichai|r(?:edmond|ainier)|s(?:targate|agemaker|eattle-based)|t(?:rainium\d?|pus?)|v(?:ertex ai|era rubin))`;

/**
 * The page's one compiled pattern: where a name begins, the word's end not checked ("Amazonian" passes). Without a
 * closing \b the engine compiles far less code for it (the benchmark's quiet page, 3.2x → 2.8x the do-nothing
 * extension); the word's end is checked here, on the few places it matches.
 */
const NAME_START = new RegExp(NAME_BEGINS, 'gi');

/** Whether a party's name begins somewhere in the text: the first look at a page. */
function nameBegins(text: string): boolean {
  NAME_START.lastIndex = 0;
  const found = NAME_START.test(text);
  NAME_START.lastIndex = 0;
  return found;
}

/** Whether the text names a party: a name that ends where its word ends. */
function namesParty(text: string): boolean {
  NAME_START.lastIndex = 0;
  for (let m = NAME_START.exec(text); m !== null; m = NAME_START.exec(text)) {
    const end = m.index + m[0].length;
    if (end === text.length || !isRegexWordChar(text.charCodeAt(end))) {
      NAME_START.lastIndex = 0;
      return true;
    }
    NAME_START.lastIndex = m.index + 1;
  }
  return false;
}

/** Any party name, alias or product, as a whole word. */
export const PARTNERSHIP_HINT: TextTest = { test: namesParty };

/** The first look: where a name begins. A page that passes is read again with PARTNERSHIP_HINT. */
export const NAME_BEGINS_HINT: TextTest = { test: nameBegins };

/**
 * What the pre-check sends on a hit: utils/messaging.ts's envelope for 'precheck:hit' (a unit test keeps the two
 * the same). Written out here so the pre-check does not load the messaging module, whose extension API set-up
 * would cost every page, hit or not.
 */
export const HIT_MESSAGE = { plens: 'precheck:hit', data: null } as const;

interface ExtensionApi {
  runtime?: { id?: string; sendMessage?: (message: unknown) => Promise<unknown> | undefined };
}

/**
 * Tells the background the page names a party. The extension API is looked up only now: on the pages that
 * never name one (most pages) the pre-check never touches it. False when the extension is gone (updated or
 * removed since the page loaded).
 */
export function sendHit(): boolean {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  const send = api?.runtime?.id ? api.runtime.sendMessage : undefined;
  if (send === undefined) return false;
  try {
    void Promise.resolve(send.call(api?.runtime, HIT_MESSAGE)).catch(() => {});
  } catch {
    return false; // context invalidated between the check and the call
  }
  return true;
}

export interface PrecheckOptions {
  /** Called once, the first time the page (or content added to it later) mentions a party. */
  onHit: () => void;
  /** Debounce for content added after load, in ms. */
  delayMs?: number;
  signal?: AbortSignal;
}

/** Characters tested at a time when a hit is read again without scripts and styles. */
const CHECK_CHUNK_CHARS = 4096;

/**
 * HTML bytes up to which the first reading takes the page's text in one string. Its text is at most as long:
 * one native copy and one regex test (a few ms at this size; the benchmark's quiet page of 7,000 words: 1.99 →
 * 1.61 ms of main-thread time in all, against 0.70 for a do-nothing extension).
 */
const WHOLE_READ_MAX_BYTES = 1 << 20;

/**
 * The size of the HTML the page was loaded from (its navigation entry's decoded body), or Infinity when unknown
 * (no timing entry, or 0 for a page not loaded over the network): then the page is read a slice at a time.
 */
export function loadedHtmlBytes(doc: Document): number {
  const timing = doc.defaultView?.performance;
  const entry =
    typeof timing?.getEntriesByType === 'function'
      ? (timing.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
      : undefined;
  const bytes = entry?.decodedBodySize ?? 0;
  return bytes > 0 ? bytes : Number.POSITIVE_INFINITY;
}

/** Over this many pending additions, checking the whole body once is cheaper than checking each. */
const MAX_PENDING = 500;

export function precheckPage(doc: Document, opts: PrecheckOptions): void {
  const body = doc.body;
  if (body === null) return;
  let finished = false; // a hit reported, or aborted
  let stopScan: (() => void) | undefined;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    finished = true;
    stopScan?.();
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  const fire = () => {
    if (finished) return;
    stop();
    opts.onHit();
  };
  // A page whose HTML is of ordinary size is read in one native call (textContent: the same text as the walk
  // below, in one string) and tested once: most pages name no party and are done there. A larger page, or one
  // whose size is not known, is read node by node, a slice at a time (utils/text-scan): a 20 MB page's text in
  // one string would be a long task on its own.
  const scanBody = (whole: boolean) => {
    stopScan?.();
    let stopCheck: (() => void) | undefined;
    // A hit is read again without scripts and styles (an analytics snippet names its vendor: no reason to load
    // the annotator). Only pages with a hit pay for that second reading, tested in small pieces so that it
    // stops at the first mention a reader sees, usually near the top.
    const checkSeen = () => {
      stopCheck = scanText(body, PARTNERSHIP_HINT, (seen) => seen && fire(), {
        seenOnly: true,
        chunkChars: CHECK_CHUNK_CHARS,
      });
    };
    if (whole) {
      stopScan = () => stopCheck?.();
      if (NAME_BEGINS_HINT.test(body.textContent ?? '')) checkSeen();
      return;
    }
    const stopRead = scanText(body, PARTNERSHIP_HINT, (found) => found && checkSeen());
    stopScan = () => {
      stopRead();
      stopCheck?.();
    };
  };
  scanBody(loadedHtmlBytes(doc) <= WHOLE_READ_MAX_BYTES);
  if (finished) return;
  // Infinite scroll and single-page navigation: look again at what is added, a little later, in one go.
  let pending: Node[] = [];
  let overflow = false;
  const check = () => {
    timer = undefined;
    if (overflow) scanBody(false);
    else if (pending.some((n) => n.isConnected && !isUnseen(n) && PARTNERSHIP_HINT.test(n.textContent ?? '')))
      fire();
    pending = [];
    overflow = false;
  };
  observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') pending.push(r.target);
      else for (const n of r.addedNodes) pending.push(n);
    }
    if (pending.length > MAX_PENDING) {
      overflow = true;
      pending = [];
    }
    if ((overflow || pending.length > 0) && timer === undefined)
      timer = setTimeout(check, opts.delayMs ?? 500);
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  opts.signal?.addEventListener('abort', stop);
}

import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledFactBase } from '../../core/factbase/bundled';
import { onMessages, sendMessage } from '../../utils/messaging';
import {
  HIT_MESSAGE,
  loadedHtmlBytes,
  NAME_BEGINS,
  NAME_BEGINS_HINT,
  PARTNERSHIP_HINT,
  precheckPage,
  sendHit,
} from '../../utils/precheck';

function page(body: string) {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
}

describe('the pre-check pattern', () => {
  it('knows every party name, alias, product and person the fact base lists', () => {
    const names = bundledFactBase().partnerships.flatMap((p) =>
      p.parties.flatMap((party) => [
        party.name,
        ...party.aliases,
        ...party.products,
        // Hints that are descriptions ("the AI lab") are too common to be worth a page's time on their own.
        ...party.hints.filter((h) => !/^the\s/i.test(h)),
      ]),
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(PARTNERSHIP_HINT.test(name), name).toBe(true);
      // The page's first look passes whatever the whole-word pattern does.
      expect(NAME_BEGINS_HINT.test(`Late news: ${name}, again.`), name).toBe(true);
    }
  });

  it('answers as the names with a closing \\b would, checking the word end itself', () => {
    const wholeWords = new RegExp(`${NAME_BEGINS}\\b`, 'i');
    for (const text of [
      'Googles of data',
      'the Googl ticker',
      'a TPUx board',
      'an MI300XL card',
      'Trainium2x racks',
      'GPT-4o and GPT-5.1',
      'Open AI, said one post',
      'e-commerce giants and the e-commerce giant',
      'Amazonian Amazon',
      'awsome',
      'Oracles',
      'ends with Azure',
    ])
      expect(PARTNERSHIP_HINT.test(text), text).toBe(wholeWords.test(text));
  });

  it("lets the first look pass a word that only begins like a name; the whole-word pattern doesn't", () => {
    for (const text of [
      'The Amazonian basin flooded.',
      'A visit to the Googleplex',
      'Orcles and Azurelike tiles',
    ]) {
      expect(NAME_BEGINS_HINT.test(text), text).toBe(true);
      expect(PARTNERSHIP_HINT.test(text), text).toBe(false);
    }
  });

  it('does not fire on pages about something else', () => {
    for (const text of [
      'Rain is expected on Tuesday.',
      'The AI startup raised money.',
      'Microscopic life',
      'openair market',
    ]) {
      expect(PARTNERSHIP_HINT.test(text), text).toBe(false);
    }
  });
});

describe('precheckPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fires at once when the page names a party', () => {
    const onHit = vi.fn();
    precheckPage(page('<p>Satya Nadella spoke.</p>'), { onHit });
    expect(onHit).toHaveBeenCalledOnce();
  });

  it("does not fire on names only the page's scripts and styles hold (an analytics snippet)", () => {
    // Without a hit the pre-check goes on watching the page.
    vi.stubGlobal(
      'MutationObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const onHit = vi.fn();
    const code =
      '<script>window.dataLayer = []; loadTag("https://www.google-analytics.com/tag.js", "Microsoft-Clarity");</script>' +
      '<style>.openai-logo { color: red }</style><noscript>Azure fallback</noscript>';
    precheckPage(page(`<p>Rain is expected on Tuesday.</p>${code}<p>The ferry ran late.</p>`), { onHit });
    expect(onHit).not.toHaveBeenCalled();
    precheckPage(page(`${code}<p>Satya Nadella spoke.</p>`), { onHit });
    expect(onHit).toHaveBeenCalledOnce();
  });

  it('watches content added later, debounced, and fires once', () => {
    vi.useFakeTimers();
    let callback: (records: Array<Partial<MutationRecord>>) => void = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(cb: typeof callback) {
          callback = cb;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const doc = page('<p>Weather.</p>');
    const onHit = vi.fn();
    precheckPage(doc, { onHit, delayMs: 300 });
    expect(onHit).not.toHaveBeenCalled();

    const quiet = doc.createElement('p');
    quiet.textContent = 'More weather.';
    doc.body.append(quiet);
    callback([{ type: 'childList', addedNodes: [quiet] as never }]);
    vi.advanceTimersByTime(300);
    expect(onHit).not.toHaveBeenCalled();

    // A script added later (an ad or analytics loader) names a vendor in its code: not a mention.
    const script = doc.createElement('script');
    script.textContent = 'fetch("https://www.google-analytics.com/collect")';
    doc.body.append(script);
    callback([{ type: 'childList', addedNodes: [script] as never }]);
    callback([{ type: 'childList', addedNodes: [script.firstChild] as never }]);
    vi.advanceTimersByTime(300);
    expect(onHit).not.toHaveBeenCalled();

    const news = doc.createElement('p');
    news.textContent = 'OpenAI said…';
    doc.body.append(news);
    callback([{ type: 'childList', addedNodes: [news] as never }]);
    callback([{ type: 'childList', addedNodes: [quiet] as never }]);
    expect(onHit).not.toHaveBeenCalled(); // not before the pause
    vi.advanceTimersByTime(300);
    expect(onHit).toHaveBeenCalledOnce();
    expect(disconnect).toHaveBeenCalled();
    vi.useRealTimers();
  });
});

describe('the first reading of a page loaded from ordinary-size HTML', () => {
  /** A page whose navigation entry says it was loaded from `bytes` of HTML (0: not over the network). */
  function loaded(body: string, bytes: number | null) {
    const doc = page(body);
    const entries = bytes === null ? [] : [{ decodedBodySize: bytes }];
    const performance = { getEntriesByType: (type: string) => (type === 'navigation' ? entries : []) };
    Object.defineProperty(doc, 'defaultView', { value: { performance }, configurable: true });
    return doc;
  }

  beforeEach(() => {
    // Without a hit the pre-check goes on watching the page.
    vi.stubGlobal(
      'MutationObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('knows the size of the HTML, or that it does not know it', () => {
    expect(loadedHtmlBytes(loaded('<p>x</p>', 48_213))).toBe(48_213);
    expect(loadedHtmlBytes(loaded('<p>x</p>', 0))).toBe(Number.POSITIVE_INFINITY);
    expect(loadedHtmlBytes(loaded('<p>x</p>', null))).toBe(Number.POSITIVE_INFINITY);
  });

  it('answers a page that names no party in one read, without walking its text nodes', () => {
    const doc = loaded('<p>Rain is expected on Tuesday.</p><p>The ferry ran late.</p>', 20_000);
    const walk = vi.spyOn(doc, 'createTreeWalker');
    const onHit = vi.fn();
    precheckPage(doc, { onHit });
    expect(onHit).not.toHaveBeenCalled();
    expect(walk).not.toHaveBeenCalled();
    // The same page of unknown size, or of a size read in slices, is walked node by node: same answer.
    for (const bytes of [0, 2 ** 20 + 1]) {
      const other = loaded('<p>Rain is expected on Tuesday.</p><p>The ferry ran late.</p>', bytes);
      const walked = vi.spyOn(other, 'createTreeWalker');
      precheckPage(other, { onHit });
      expect(onHit).not.toHaveBeenCalled();
      expect(walked).toHaveBeenCalled();
    }
  });

  it('reads a page again when a word only begins like a name, and does not fire', () => {
    const onHit = vi.fn();
    const doc = loaded('<p>The Amazonian basin flooded.</p><p>Tiles of an Azurelike blue.</p>', 9_000);
    const walk = vi.spyOn(doc, 'createTreeWalker');
    precheckPage(doc, { onHit });
    expect(walk).toHaveBeenCalled();
    expect(onHit).not.toHaveBeenCalled();
  });

  it('fires on a mention a reader sees, and not on names only its scripts and styles hold', () => {
    const code =
      '<script>track("https://www.google-analytics.com/t.js", "Microsoft-Clarity");</script>' +
      '<style>.openai-badge { color: teal }</style><noscript>Azure fallback</noscript>';
    const onHit = vi.fn();
    precheckPage(loaded(`<p>Rain is expected on Tuesday.</p>${code}`, 9_000), { onHit });
    expect(onHit).not.toHaveBeenCalled();
    precheckPage(loaded(`${code}<p>A new chip deal for Nvidia was announced.</p>`, 9_000), { onHit });
    expect(onHit).toHaveBeenCalledOnce();
  });
});

describe('the hit message', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it("is messaging's own envelope for precheck:hit, and reaches the background's handler", async () => {
    const handler = vi.fn(() => null);
    onMessages({ 'precheck:hit': handler });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', {
      runtime: { id: 'plens', sendMessage: (m: unknown) => fakeBrowser.runtime.sendMessage(m) },
    });
    expect(sendHit()).toBe(true);
    await vi.waitFor(() => expect(handler).toHaveBeenCalledWith(null, expect.any(Object)));
    await sendMessage('precheck:hit', null);
    expect(sent.mock.calls.map((c) => c[0])).toEqual([HIT_MESSAGE, HIT_MESSAGE]);
  });

  it('sends nothing once the extension is gone (updated or removed since the page loaded)', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: {} });
    expect(sendHit()).toBe(false);
    vi.stubGlobal('chrome', undefined);
    expect(sendHit()).toBe(false);
  });
});

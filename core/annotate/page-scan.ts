// Reads and judges a live page a slice at a time, so the page stays responsive however long it is.
//
// An article (the usual case) is read in one go by the page reader (core/page/extract: a long news article
// takes a few milliseconds), the fact base is compiled in a task of its own, and the sentences are judged a
// few at a time with a time budget per slice (core/analyze prepareJudge), yielding to the page in between.
//
// A page with more text than any article (a book, a thread of thousands of comments, a log) would make even
// the one reading pass a long task, so it is read in windows: a run of the article's top-level blocks at a
// time, each window's text mapped to its DOM nodes (core/page/text-map) in its own slice, the windows joined
// into one text map, then judged sentence by sentence in slices. Which partnerships such a page is about is
// gathered window by window, the same test core/analyze applies to a whole page.
import {
  type PageJudge,
  aboutFromPresence,
  candidateSentences,
  judgeSentence,
  prepareJudge,
} from '../analyze';
import { pagePartiesIn, urlWords } from '../claims/parties';
import { foldTypography } from '../claims/text-fold';
import type { FactBase } from '../factbase/schema';
import { isExcluded, isInExcluded } from '../page/chrome';
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom';
import { extractPage } from '../page/extract';
import { findDetachedHeadline } from '../page/headline';
import { findPublishedDate } from '../page/published-date';
import { type TextMap, buildTextMap, isBlockElement } from '../page/text-map';
import { findTitle } from '../page/title';
import type { IsoDate, JudgedClaim, PageText, Span } from '../types';
import { type CompiledPartnership, compileFactBase } from '../verdict/compile';
import { type SliceOptions, forEachSliced, yieldToMain } from './chunked';

/** Above this much body text (characters) a page is read in windows. A long article has ~60,000. */
export const WINDOWED_ABOVE = 250_000;
/** Text per window when reading in windows (characters). */
export const WINDOW_CHARS = 40_000;
/**
 * Judging time per slice, ms. Short: a slice ends after the sentence that crosses it, and a sentence judged
 * for the first time on a page (the engine's regexes and code still cold) can take a few ms on its own.
 */
export const JUDGE_SLICE_MS = 5;

/**
 * Scans started and finished in this document. In a browser they are also on the content scripts' global,
 * which only the extension's isolated world sees (not the page): the robustness tests count re-scans there.
 */
export const scanCounts = { started: 0, finished: 0 };
if (typeof window !== 'undefined') {
  (window as unknown as { plensScanCounts?: typeof scanCounts }).plensScanCounts = scanCounts;
}

export interface ScanOptions extends SliceOptions {
  /** Where the page is (location.href): the URL when it names no canonical one. */
  url: string | null;
  asOf: IsoDate;
  /** Overrides of WINDOWED_ABOVE and WINDOW_CHARS (tests). */
  windowedAbove?: number;
  windowChars?: number;
}

export interface PageScan {
  page: PageText;
  map: TextMap;
  claims: JudgedClaim[];
  /** 'whole': read in one pass by the page reader; 'windows': read in windows. */
  mode: 'whole' | 'windows';
  sentences: number;
}

/** Reads and judges `doc`; resolves null when aborted part-way. */
export async function scanPage(
  doc: Document,
  factBase: FactBase,
  opts: ScanOptions,
): Promise<PageScan | null> {
  scanCounts.started++;
  const pause = opts.yield ?? yieldToMain;
  const aborted = () => opts.signal?.aborted === true;
  const size = doc.body?.textContent?.length ?? 0;
  const windowed = size > (opts.windowedAbove ?? WINDOWED_ABOVE);
  if (windowed) {
    await pause(); // the size alone took a while on such a page
    if (aborted()) return null;
  }

  let page: PageText;
  let map: TextMap;
  let judge: PageJudge;
  if (!windowed) {
    ({ page, map } = extractPage(doc, { url: opts.url }));
    await pause();
    if (aborted()) return null;
    // Compiling the fact base (cached per fact base) gets a task of its own, apart from reading and judging.
    compileFactBase(factBase);
    await pause();
    if (aborted()) return null;
    judge = prepareJudge(page, factBase, { asOf: opts.asOf, published: page.published });
  } else {
    const read = await readInWindows(doc, factBase, opts, pause, size);
    if (read === null) return null;
    ({ page, map, judge } = read);
  }
  await pause();
  if (aborted()) return null;

  const claims: JudgedClaim[] = [];
  const done = await forEachSliced(
    judge.sentences,
    (span) => {
      for (const claim of judge.sentence(span)) claims.push(claim);
    },
    { ...opts, sliceMs: opts.sliceMs ?? JUDGE_SLICE_MS },
  );
  if (!done) return null;
  scanCounts.finished++;
  return { page, map, claims, mode: windowed ? 'windows' : 'whole', sentences: judge.sentences.length };
}

// ── Reading in windows ───────────────────────────────────────────────────────────────────────────────────

const CONTAINERS = ['article', '[itemprop=articleBody]', 'main', '[role=main]'];
/** The same thresholds as core/page/main-content: enough text, or enough of the page's. */
const ENOUGH_TEXT = 500;
const ENOUGH_SHARE = 0.25;

/**
 * The article's element on a very large page: the semantic container core/page/main-content would pick,
 * sized by text length (its exact walk over megabytes of text is what this mode avoids), else the body.
 * No Readability pass: it would clone the whole page.
 */
function largePageRoot(doc: Document, bodyLength: number): { root: Element; length: number } {
  for (const selector of CONTAINERS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (isInExcluded(el)) continue;
      const length = el.textContent?.length ?? 0;
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best !== null && (bestLength >= ENOUGH_TEXT || bestLength >= ENOUGH_SHARE * bodyLength)) {
      return { root: best, length: bestLength };
    }
  }
  return { root: doc.body ?? doc.documentElement, length: bodyLength };
}

/**
 * Descends through wrappers (a root whose text sits almost all in one child element) to the list of blocks.
 * `length` is the root's text length, known already: a megabyte textContent is not read twice.
 */
function blockContainer(root: Element, length: number): Element {
  let container = root;
  let total = length;
  for (;;) {
    let only: Element | null = null;
    let onlyLength = 0;
    for (let c = container.firstElementChild; c !== null; c = c.nextElementSibling) {
      const n = c.textContent?.length ?? 0;
      if (n > 0.9 * total) {
        only = c;
        onlyLength = n;
        break;
      }
      if (n > 0.1 * total) break; // a second large child: this is the list
    }
    if (only === null || isExcluded(only) || !isBlockElement(only) || only.childNodes.length < 2)
      return container;
    container = only;
    total = onlyLength;
  }
}

function canonicalUrl(doc: Document, base: string | null): string | null {
  const link = doc.querySelector('link[rel~="canonical" i][href]');
  const href = link?.getAttribute('href')?.trim();
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}

/** Joins text maps in order, blocks separated by "\n\n" as in one map. */
function joinMaps(maps: TextMap[]): TextMap {
  const parts: string[] = [];
  const blocks: Span[] = [];
  const segments: TextMap['segments'] = [];
  let offset = 0;
  for (const m of maps) {
    if (m.text.length === 0) continue;
    if (offset > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    parts.push(m.text);
    for (const b of m.blocks) blocks.push({ start: b.start + offset, end: b.end + offset });
    for (const s of m.segments) segments.push({ ...s, start: s.start + offset, end: s.end + offset });
    offset += m.text.length;
  }
  return { text: parts.join(''), blocks, segments };
}

async function readInWindows(
  doc: Document,
  factBase: FactBase,
  opts: ScanOptions,
  pause: () => Promise<void>,
  bodyLength: number,
): Promise<{ page: PageText; map: TextMap; judge: PageJudge } | null> {
  const aborted = () => opts.signal?.aborted === true;
  const { root, length } = largePageRoot(doc, bodyLength);
  await pause();
  if (aborted()) return null;
  const container = blockContainer(root, length);
  const headline = findDetachedHeadline(doc, root);
  const windowChars = opts.windowChars ?? WINDOW_CHARS;
  const title = findTitle(doc);
  const url = canonicalUrl(doc, opts.url) ?? opts.url;
  const published = findPublishedDate(doc, headline ? [headline, root] : [root]);
  await pause();
  if (aborted()) return null;

  // Everything in the root outside the block list (a headline, a byline around the list), then the list in
  // windows of whole top-level nodes. A window ends only before a block element, so inline runs stay whole.
  const maps: TextMap[] = [];
  const before: Element[] = headline ? [headline] : [];
  if (container !== root) {
    maps.push(buildTextMap([...before, root], (el) => el === container || isExcluded(el)));
  } else if (before.length > 0) {
    maps.push(buildTextMap(before, isExcluded));
  }
  let window: Node[] = [];
  let windowLength = 0;
  const flush = () => {
    if (window.length === 0) return;
    const inWindow = new Set(window);
    const allBlocks = window.every(
      (n) =>
        (n.nodeType === ELEMENT_NODE && isBlockElement(n as Element)) ||
        (n.nodeType === TEXT_NODE && (n as Text).data.trim() === '') ||
        (n.nodeType !== ELEMENT_NODE && n.nodeType !== TEXT_NODE),
    );
    maps.push(
      allBlocks
        ? // Blocks only: each is a root of its own (excluded ones left out, as the walk would).
          buildTextMap(
            window.filter((n): n is Element => n.nodeType === ELEMENT_NODE && !isExcluded(n as Element)),
            isExcluded,
          )
        : // Inline nodes at the top level: walk the container, leaving out what is not in this window.
          buildTextMap(
            container,
            (el) => (el.parentNode === container && !inWindow.has(el)) || isExcluded(el),
            {
              keepText: (t) => t.parentNode !== container || inWindow.has(t),
            },
          ),
    );
    window = [];
    windowLength = 0;
  };
  const now = opts.now ?? (() => performance.now());
  let sliceStart = now();
  for (let n = container.firstChild; n !== null; n = n.nextSibling) {
    if (windowLength >= windowChars && n.nodeType === ELEMENT_NODE && isBlockElement(n as Element)) {
      flush();
      if (now() - sliceStart >= (opts.sliceMs ?? 8)) {
        await pause();
        if (aborted()) return null;
        sliceStart = now();
      }
    }
    window.push(n);
    windowLength += n.textContent?.length ?? 0;
  }
  flush();
  await pause();
  if (aborted()) return null;

  const map = joinMaps(maps);
  const page: PageText = { text: map.text, title, published, blocks: map.blocks, url, lang: null };
  page.lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  await pause();
  if (aborted()) return null;

  // Which partnerships the page is about: both parties named somewhere on it (core/analyze
  // partnershipsOfPage), gathered block window by block window. Then sentences, window by window.
  const cfb = compileFactBase(factBase);
  await pause();
  if (aborted()) return null;
  const seen = new Map<CompiledPartnership, boolean[]>();
  for (const p of cfb.partnerships) {
    seen.set(p, pagePartiesIn(foldTypography(`${title ?? ''}\n${urlWords(url)}`), p.parties));
  }
  const sentences: Span[] = [];
  let from = 0;
  while (from < map.blocks.length) {
    let to = from;
    let chars = 0;
    while (to < map.blocks.length && chars < windowChars) {
      chars += map.blocks[to].end - map.blocks[to].start;
      to++;
    }
    const blocks = map.blocks.slice(from, to);
    const text = foldTypography(map.text.slice(blocks[0].start, blocks[blocks.length - 1].end));
    for (const [p, s] of seen) {
      if (s.every(Boolean)) continue;
      const here = pagePartiesIn(text, p.parties);
      here.forEach((named, i) => {
        s[i] ||= named;
      });
    }
    for (const span of candidateSentences(map.text, blocks)) sentences.push(span);
    from = to;
    await pause();
    if (aborted()) return null;
  }
  const about = aboutFromPresence(seen);
  return {
    page,
    map,
    judge: {
      sentences,
      sentence: (span) => judgeSentence(cfb, map.text, span, about, opts.asOf, published),
    },
  };
}

// Reading and judging a page on the annotator's own thread, in slices: the engine's part of a page scan
// (core/annotate/page-scan), for a page the annotator's worker cannot judge and for a page with more text than
// any article. The annotator loads it only then (its own script, utils/lens/judge-here-script); the CLI and
// the tests call it directly.
//
// A page of ordinary length, read by the page reader, has the fact base compiled in a task of its own and its
// sentences judged a few at a time with a time budget per slice (core/analyze prepareJudge), yielding to the
// page in between.
//
// A page with more text than any article (a book, a thread of thousands of comments, a log) is read without
// the page reader's whole-page passes: the article's element and its list of blocks are found by text length
// (counted, never read), the text mapped to its DOM nodes in one stepwise pass (core/page/text-map), then
// split into sentences window by window and judged sentence by sentence in slices. Which partnerships such a
// page is about is gathered window by window, the same test core/analyze applies to a whole page. On such a
// page what the scan allocates decides how long the garbage collector pauses it: nothing is built per block
// that is not kept.
import {
  type PageJudge,
  aboutFromPresence,
  prepareJudge,
  sentenceJudge,
  warmUpFrames,
  warmUpSentence,
} from '../analyze';
import { pagePartiesIn, urlWords } from '../claims/parties';
import { foldTypography } from '../claims/text-fold';
import { bundledFactBase } from '../factbase/bundled';
import type { FactBase } from '../factbase/schema';
import { isExcluded, isInExcluded } from '../page/chrome';
import { type StepCount, type Steps, textLengthSteps } from '../page/dom';
import { findDetachedHeadline } from '../page/headline';
import { findPublishedDate } from '../page/published-date';
import { segmentSentencesSteps } from '../page/sentences';
import {
  type TextChunk,
  type TextMap,
  type TextSource,
  buildTextChunks,
  isBlockElement,
} from '../page/text-map';
import { findTitle } from '../page/title';
import type { PageText, Span } from '../types';
import { type CompiledPartnership, compileFactBase } from '../verdict/compile';
import { lastStartingAt } from '../page/span-search';
import { leadDealOf, OPENING_BLOCKS, openingDealOf } from '../verdict/page-deals';
import { worthReading } from '../verdict/worth-reading';
import { Slicer, forEachSliced } from './chunked';
import type { Judgement } from './judgement';
import type { JudgeHere, ScanOptions } from './page-scan';
import { JUDGE_SLICE_MS, SENTENCE_WINDOW_CHARS } from './scan-limits';
import { TimeBoxedJudging } from './time-boxed-judging';

/** The time box of judging one sentence: core/annotate/time-boxed-judging. */
export { OVER_BUDGET_LIMIT, SENTENCE_BUDGET_MS, SENTENCE_MAX_CHARS } from './time-boxed-judging';

/** The first window's text; windows double while one takes under half of WINDOW_TARGET_MS, halve above it. */
const FIRST_WINDOW_CHARS = 1_000;
const WINDOW_TARGET_MS = 4;
/** Overlap of two pieces of a block searched for party names: longer than any name a fact base gives. */
const NAME_OVERLAP = 200;
/** Text per chunk of a huge page's text map (whole blocks, so a chunk can be longer). */
const CHUNK_CHARS = 32_000;

/** Judging on this thread, with the bundled fact base where a scan names none. */
export const judgeHere: JudgeHere = {
  async judgeRead(page, factBase, opts, pause) {
    const fb = factBase ?? bundledFactBase();
    // Compiling the fact base (cached per fact base) gets a task of its own, apart from reading and judging.
    compileFactBase(fb);
    await pause();
    if (opts.signal?.aborted) return null;
    return judgeInSlices(
      prepareJudge(page, fb, { asOf: opts.asOf, published: page.published }),
      fb,
      opts,
      pause,
    );
  },
  async readAndJudgeWindows(doc, factBase, opts, pause) {
    const fb = factBase ?? bundledFactBase();
    const read = await readInWindows(doc, fb, opts, pause);
    if (read === null) return null;
    const judged = await judgeInSlices(read.judge, fb, opts, pause);
    return judged === null ? null : { page: read.page, map: read.map, ...judged };
  },
};

async function judgeInSlices(
  judge: PageJudge,
  factBase: FactBase,
  opts: ScanOptions,
  pause: () => Promise<void>,
): Promise<Judgement | null> {
  await pause();
  if (opts.signal?.aborted) return null;
  // What the first sentences would build on first use (frames of the partnerships the page is about) gets a
  // task of its own too, like compiling the fact base: the first judging slice then holds judging only.
  judge.warmUp();
  await pause();
  if (opts.signal?.aborted) return null;
  for (let step = 0; judge.warmUpSentence(step); step++) {
    await pause();
    if (opts.signal?.aborted) return null;
  }
  await pause();
  if (opts.signal?.aborted) return null;

  const judging = new TimeBoxedJudging(judge, opts.now);
  const done = await forEachSliced(judge.sentences, (span) => judging.next(span), {
    ...opts,
    sliceMs: opts.sliceMs ?? JUDGE_SLICE_MS,
  });
  return done ? judging.finish(factBase) : null;
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
export function* largePageRoot(doc: Document): Steps<{ root: Element; length: number }> {
  const body = doc.body ?? doc.documentElement;
  let bodyLength: number | null = null; // counted only when needed: a second pass over the whole page
  const count: StepCount = { nodes: 0 }; // many small candidates still make steps
  for (const selector of CONTAINERS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      count.nodes++;
      if (isInExcluded(el)) continue;
      const length = yield* textLengthSteps(el, Number.POSITIVE_INFINITY, count);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best === null) continue;
    if (bestLength < ENOUGH_TEXT) bodyLength ??= yield* textLengthSteps(body);
    if (bestLength >= ENOUGH_TEXT || bestLength >= ENOUGH_SHARE * (bodyLength ?? 0)) {
      return { root: best, length: bestLength };
    }
  }
  bodyLength ??= yield* textLengthSteps(body);
  return { root: body, length: bodyLength };
}

/**
 * Descends through wrappers (a root whose text sits almost all in one child element) to the list of blocks.
 * `length` is the root's text length, known already: a megabyte textContent is not read twice.
 */
export function* blockContainer(root: Element, length: number): Steps<Element> {
  let container = root;
  let total = length;
  // Thousands of short blocks are measured one after another: they share one count of nodes, so the
  // measuring still makes steps (without it, a tenth of a 20 MB page was one step of ~15 ms).
  const count: StepCount = { nodes: 0 };
  for (;;) {
    let only: Element | null = null;
    let onlyLength = 0;
    let seen = 0;
    for (let c = container.firstElementChild; c !== null; c = c.nextElementSibling) {
      count.nodes++;
      const n = yield* textLengthSteps(c, Number.POSITIVE_INFINITY, count);
      if (n > 0.9 * total) {
        only = c;
        onlyLength = n;
        break;
      }
      if (n > 0.1 * total) break; // a second large child: this is the list
      // Past a tenth of the text, no later child can hold nine tenths: no need to measure thousands more.
      seen += n;
      if (seen > 0.1 * total) break;
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

async function readInWindows(
  doc: Document,
  factBase: FactBase,
  opts: ScanOptions,
  pause: () => Promise<void>,
): Promise<{ page: PageText; map: TextMap; judge: PageJudge } | null> {
  // The DOM is read a few hundred nodes at a time, yielding whenever a slice has run its time: a page of
  // 100,000 nodes in one paragraph is sliced as well as one of 100,000 paragraphs.
  const slicer = new Slicer({ ...opts, yield: pause });
  const large = await slicer.run(largePageRoot(doc));
  if (large === null) return null;
  const { root, length } = large;
  if (!(await slicer.yield())) return null;
  const container = await slicer.run(blockContainer(root, length));
  if (container === null || !(await slicer.yield())) return null;
  // Each of these queries the whole document (h1, meta, [itemprop], time…): on a page of 200,000 elements a
  // few ms each, so each gets a slice of its own.
  const headline = findDetachedHeadline(doc, root);
  if (!(await slicer.yield())) return null;
  const title = findTitle(doc);
  const url = canonicalUrl(doc, opts.url) ?? opts.url;
  if (!(await slicer.yield())) return null;
  const published = findPublishedDate(doc, headline ? [headline, root] : [root]);
  if (!(await slicer.yield())) return null;

  // Everything in the root outside the block list (a headline, a byline around the list), then the list, in
  // one text map built in one pass (in steps, yielding whenever a slice has run its time). Nothing is built
  // per window or per block on the way: no per-window text to join later, no textContent to measure a window.
  // On a 20 MB page those were megabytes of garbage and a string for every paragraph, and the collection
  // they caused (a full one, of a heap three times larger) paused a slice for 100-300 ms.
  const sources: TextSource[] = [];
  const before: Element[] = headline ? [headline] : [];
  if (container !== root) {
    sources.push({ roots: [...before, root], skip: (el) => el === container || isExcluded(el) });
  } else if (before.length > 0) {
    sources.push({ roots: before, skip: isExcluded });
  }
  sources.push({ roots: [container], skip: isExcluded });
  const read = await slicer.run(buildTextChunks(sources, CHUNK_CHARS));
  if (read === null) return null;
  const { chunks, blocks: allBlocks, segments, cells } = read;
  // The page's whole text is joined only when something asks for it (an export): the scan reads it chunk by
  // chunk, and on a 20 MB page one 20 MB string cost a long task to join and a full collection to allocate.
  let whole: string | null = null;
  const wholeText = () => {
    whole ??= chunks.map((c) => c.text).join('\n\n');
    return whole;
  };
  const map = withText({ blocks: allBlocks, segments, cells }, wholeText);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const page = withText({ title, published, blocks: allBlocks, cells, url, lang }, wholeText);
  if (!(await slicer.yield())) return null;
  /** The chunk holding text offset `at` (the first starts at 0). */
  const chunkAt = (at: number): TextChunk => chunks[Math.max(0, lastStartingAt(chunks, at))];
  /** The text of a span inside one chunk (a block, a sentence: a chunk holds whole blocks). */
  const textOf = (span: Span): string => {
    const chunk = chunkAt(span.start);
    return chunk.text.slice(span.start - chunk.start, span.end - chunk.start);
  };

  // Which partnerships the page is about: both parties named somewhere on it (core/analyze
  // partnershipsOfPage), gathered window by window. Then sentences, window by window.
  const cfb = compileFactBase(factBase);
  if (!(await slicer.yield())) return null;
  const seen = new Map<CompiledPartnership, boolean[]>();
  for (const p of cfb.partnerships) {
    seen.set(p, pagePartiesIn(foldTypography(`${title ?? ''}\n${urlWords(url)}`), p.parties));
  }
  // What the headline and address alone are about (core/verdict/page-deals leadDealOf).
  const headlineAbout = aboutFromPresence(seen);
  const sentences: Span[] = [];
  const maxChars = opts.windowChars ?? SENTENCE_WINDOW_CHARS;
  const now = opts.now ?? (() => performance.now());
  // Windows start small and grow while they stay well inside a slice: the first ones run the party and
  // claim-word expressions cold (V8 interprets a regular expression before it compiles it), and a window of
  // 16,000 characters then took 27 ms on its own.
  let size = Math.min(maxChars, FIRST_WINDOW_CHARS);
  /** Parties named in chunk.text[start, end), in pieces of `size`: a block can be a book-long paragraph. */
  const namedIn = async (chunk: TextChunk, start: number, end: number): Promise<boolean> => {
    for (let at = start; at < end; at += size) {
      // Pieces overlap by more than any party's name.
      const text = foldTypography(
        chunk.text.slice(Math.max(start, at - NAME_OVERLAP), Math.min(end, at + size)),
      );
      // A look at the clock after each partnership: the first look compiles its expressions, ~3 ms each.
      for (const [p, s] of seen) {
        if (s.every(Boolean)) continue;
        const here = pagePartiesIn(text, p.parties);
        here.forEach((named, i) => {
          s[i] ||= named;
        });
        if (!(await slicer.tick())) return false;
      }
    }
    return true;
  };
  let from = 0;
  while (from < allBlocks.length) {
    const started = now();
    // A window of whole blocks inside one chunk.
    const chunk = chunkAt(allBlocks[from].start);
    const chunkEnd = chunk.start + chunk.text.length;
    let to = from;
    let chars = 0;
    while (to < allBlocks.length && chars < size && allBlocks[to].start < chunkEnd) {
      chars += allBlocks[to].end - allBlocks[to].start;
      to++;
    }
    const blocks = allBlocks
      .slice(from, to)
      .map((b) => ({ start: b.start - chunk.start, end: b.end - chunk.start }));
    if (!(await namedIn(chunk, blocks[0].start, blocks[blocks.length - 1].end))) return null;
    // core/analyze candidateSentences, its segmentation in steps: one block can be a book-long paragraph.
    const wanted = blocks.filter((b) => worthReading(chunk.text.slice(b.start, b.end), cfb));
    const found = wanted.length > 0 ? await slicer.run(segmentSentencesSteps(chunk.text, wanted)) : [];
    if (found === null) return null;
    for (const span of found)
      sentences.push({ start: span.start + chunk.start, end: span.end + chunk.start });
    from = to;
    const took = now() - started;
    if (took < WINDOW_TARGET_MS / 2) size = Math.min(maxChars, size * 2);
    else if (took > WINDOW_TARGET_MS) size = Math.max(FIRST_WINDOW_CHARS, size / 2);
    if (!(await slicer.tick())) return null;
  }
  const about = aboutFromPresence(seen);
  const lead = leadDealOf(about, headlineAbout);
  const opening =
    lead ??
    openingDealOf(
      about,
      allBlocks.slice(0, OPENING_BLOCKS).map((b) => {
        const text = foldTypography(textOf(b));
        return aboutFromPresence(new Map(cfb.partnerships.map((p) => [p, pagePartiesIn(text, p.parties)])));
      }),
    );
  return {
    page,
    map,
    judge: {
      sentences,
      sentence: sentenceJudge(cfb, about, opts.asOf, published, lead, opening, allBlocks, textOf, cells),
      warmUp: () => warmUpFrames(about, cfb.partnerships),
      warmUpSentence: (step) => warmUpSentence(factBase, lead ?? [...about.keys()][0], step),
    },
  };
}

/** `obj` with a `text` property read from `text()` when first asked for. */
function withText<T extends object>(obj: T, text: () => string): T & { text: string } {
  return Object.defineProperty(obj, 'text', { get: text, enumerable: true }) as T & { text: string };
}

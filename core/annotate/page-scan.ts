// Reads and judges a live page a slice at a time, so the page stays responsive however long it is.
//
// Every walk over the DOM goes in steps of a few hundred nodes (core/page/dom Steps) run by one Slicer, which
// yields to the page whenever a slice has run its time: work is split by node count, not only by block, so a
// single paragraph of 100,000 inline nodes is sliced as well as 100,000 paragraphs.
//
// An article (the usual case) is read by the page reader (core/page/extract, in steps) and judged elsewhere
// when it can be (the annotator's worker). Judging on this thread, and reading a page with more text than any
// article, is the engine's part (core/annotate/judge-here), which this module never imports: the annotator
// loads it only for a page that needs it, so that an ordinary page never compiles the engine on its thread.
import type { FactBase } from '../factbase/schema';
import { textLengthSteps } from '../page/dom';
import { extractPageSteps } from '../page/extract';
import type { TextMap } from '../page/text-map';
import type { IsoDate, JudgeOptions, PageText } from '../types';
import { type SliceOptions, Slicer, yieldToMain } from './chunked';
import type { Judgement } from './judgement';

import { WINDOWED_ABOVE } from './scan-limits';

export { JUDGE_SLICE_MS, SENTENCE_WINDOW_CHARS, WINDOWED_ABOVE } from './scan-limits';

/**
 * Scans started and finished in this document, and those judged elsewhere (the annotator's worker). In a
 * browser they are also on the content scripts' global, which only the extension's isolated world sees (not
 * the page): the robustness tests count re-scans there, the end-to-end tests where pages were judged.
 */
export const scanCounts = { started: 0, finished: 0, judgedElsewhere: 0 };

export interface ScanOptions extends SliceOptions {
  /** Where the page is (location.href): the URL when it names no canonical one. */
  url: string | null;
  asOf: IsoDate;
  /** Overrides of WINDOWED_ABOVE and SENTENCE_WINDOW_CHARS (tests). */
  windowedAbove?: number;
  windowChars?: number;
  /**
   * Judges a page of ordinary length away from this thread (the annotator's worker), or resolves null when it
   * cannot: the page is then judged here, in slices. A huge page is always judged here, window by window.
   */
  judgeElsewhere?: (page: PageText, opts: JudgeOptions) => Promise<Judgement | null>;
  /** The engine, for judging on this thread: loaded when first needed (core/annotate/judge-here). */
  here: () => Promise<JudgeHere>;
}

/** Reading and judging on this thread: what core/annotate/judge-here provides. */
export interface JudgeHere {
  /** Judges a page read whole, in slices; null when aborted. */
  judgeRead(
    page: PageText,
    factBase: FactBase | null,
    opts: ScanOptions,
    pause: () => Promise<void>,
  ): Promise<Judgement | null>;
  /** Reads a page too long for the page reader window by window, and judges it; null when aborted. */
  readAndJudgeWindows(
    doc: Document,
    factBase: FactBase | null,
    opts: ScanOptions,
    pause: () => Promise<void>,
  ): Promise<(Judgement & { page: PageText; map: TextMap }) | null>;
}

export interface PageScan extends Judgement {
  page: PageText;
  map: TextMap;
  /** 'whole': read in one pass by the page reader; 'windows': read in windows. */
  mode: 'whole' | 'windows';
}

/**
 * Reads and judges `doc` with `factBase` (null: the one built into the engine); resolves null when aborted
 * part-way.
 */
export async function scanPage(
  doc: Document,
  factBase: FactBase | null,
  opts: ScanOptions,
): Promise<PageScan | null> {
  // Put there by the first scan, not when this module loads: the engine's script (core/annotate/judge-here)
  // bundles a copy of this module, which must not replace the annotator's counts.
  if (typeof window !== 'undefined') {
    (window as unknown as { plensScanCounts?: typeof scanCounts }).plensScanCounts = scanCounts;
  }
  scanCounts.started++;
  const pause = opts.yield ?? yieldToMain;
  const aborted = () => opts.signal?.aborted === true;
  const windowedAbove = opts.windowedAbove ?? WINDOWED_ABOVE;
  // The body's text length, counted node by node (never the whole textContent in one string) and only as
  // far as the threshold: on a huge page that is a small part of it.
  const slicer = new Slicer({ ...opts, yield: pause });
  const size = doc.body ? await slicer.run(textLengthSteps(doc.body, windowedAbove + 1)) : 0;
  if (size === null) return null;
  if (size > windowedAbove) {
    await pause();
    if (aborted()) return null;
    const here = await opts.here();
    if (aborted()) return null;
    const scan = await here.readAndJudgeWindows(doc, factBase, opts, pause);
    if (scan === null) return null;
    scanCounts.finished++;
    return { ...scan, mode: 'windows' };
  }

  // Read in steps too: a page of ordinary length can still have 100,000 nodes.
  const read = await slicer.run(extractPageSteps(doc, { url: opts.url }));
  if (read === null) return null;
  const { page, map } = read;
  await pause();
  if (aborted()) return null;
  if (opts.judgeElsewhere) {
    const judged = await opts.judgeElsewhere(page, { asOf: opts.asOf, published: page.published });
    if (aborted()) return null;
    if (judged !== null) {
      scanCounts.finished++;
      scanCounts.judgedElsewhere++;
      return { page, map, ...judged, mode: 'whole' };
    }
  }
  const here = await opts.here();
  if (aborted()) return null;
  const judged = await here.judgeRead(page, factBase, opts, pause);
  if (judged === null) return null;
  scanCounts.finished++;
  return { page, map, ...judged, mode: 'whole' };
}

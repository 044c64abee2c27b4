// The annotator on a page: reads the article, judges its claims, highlights them in slices, shows cards,
// follows the page as it changes and the reader's switches as they flip. Loaded only when a page mentions
// a party (pre-check) or the reader clicks the toolbar button.
import { mergeCardFacts } from '@/core/annotate/card-facts';
import { type CardFacts, type FactBaseStamp, describeClaims } from '@/core/annotate/card-model';
import { ClaimAnnotator, GUARDED_ATTRS } from '@/core/annotate/claim-annotator';
import { type JudgeHere, scanPage } from '@/core/annotate/page-scan';
import { PageWatch } from '@/core/annotate/page-watch';
import { type PageReport, reportedClaim } from '@/core/report/page-report';
import type { IsoDate, PageText } from '@/core/types';
import {
  type ExportFile,
  type ExportFormat,
  type ServedFactBase,
  onMessages,
  sendMessage,
} from '../messaging';
import { PARTNERSHIP_HINT } from '../precheck';
import { hostOf } from '../sites';
import { type Settings, annotationsFor } from '../settings';
import { todayIso } from '../today';
import { CardUi } from './card-ui';
import { buildExport } from './export-file';
import type { LensContext } from './lens-context';
import { readSwitches, watchSwitches } from './reader-switches';
import { RescanGate } from './rescan-gate';
import type { WorkerJudge } from './worker-judge';

export const FLASH_ATTR = 'data-plens-flash';
const FLASH_MS = 1800;

export class Lens {
  private on = false;
  private page: PageText | null = null;
  private published: IsoDate | null = null;
  private asOf: IsoDate = todayIso();
  private scan: AbortController | null = null;
  private readonly annotator: ClaimAnnotator;
  private readonly card: CardUi;
  private readonly watch: PageWatch;
  private readonly gate: RescanGate;
  private lastUrl = location.href;
  private stamp: FactBaseStamp;
  /** What the cards of the highlighted claims read, from the scan that judged them. */
  private cardFacts: CardFacts = { facts: [], events: [], partnerships: [] };
  private settings: Settings | null = null;
  private disabled: string[] = [];

  constructor(
    private readonly ctx: LensContext,
    private readonly doc: Document,
    /** The fact base in use: the downloaded one, or null for the one built into the engine. */
    private served: ServedFactBase,
    /** The engine, loaded when a page must be judged on this thread (utils/lens/judge-here-script). */
    private readonly here: () => Promise<JudgeHere>,
    private readonly key: string | null = null,
    /** Judges pages off the main thread when it can (utils/lens/worker-judge); without it, all on the main thread. */
    private readonly elsewhere: WorkerJudge | null = null,
  ) {
    this.stamp = stampOf(served);
    this.annotator = new ClaimAnnotator(doc, { key: key ?? undefined });
    const hl = this.annotator.highlighter;
    this.card = new CardUi(ctx, doc, {
      owns: (el) => hl.owns(el),
      modelFor: (mark) => {
        const id = hl.idOf(mark);
        const claims = id !== null ? this.annotator.claimsOf(id) : [];
        return claims.length > 0
          ? describeClaims(claims, { published: this.published }, this.cardFacts, this.stamp)
          : null;
      },
      marksOf: (mark) => hl.marksOf(hl.idOf(mark) ?? ''),
      openTimeline: (target) => void sendMessage('timeline:open', target).catch(() => {}),
    });
    // However often something asks for a new look (page changes, navigation), scans start at a bounded rate.
    this.gate = new RescanGate(() => void this.rescan(), {
      setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    });
    this.watch = new PageWatch(doc.body ?? doc.documentElement, {
      owns: (node) => hl.owns(node) || this.card.owns(node),
      tracks: (node) => hl.tracks(node),
      onTextReplaced: (node) => this.annotator.release(node),
      relevant: (text) => PARTNERSHIP_HINT.test(text),
      lostOurs: () => hl.anyDetached(),
      guarded: {
        attributes: GUARDED_ATTRS,
        onChange: (el) => {
          if (this.annotator.restore(el)) this.watch.discard();
        },
      },
      onChange: () => this.gate.request(),
      setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimer: (id) => clearTimeout(id as number),
    });
  }

  private get host(): string | null {
    return hostOf(location.href);
  }

  async start(): Promise<void> {
    // The highlight stylesheet, keyed on this annotator's secret (added by the background, outside the DOM).
    if (this.key !== null) void sendMessage('lens:style', { key: this.key }).catch(() => {});
    const stopMessages = onMessages({
      'lens:sync': () => {
        queueMicrotask(() => this.resend());
        return { annotations: this.annotator.entries().length };
      },
      'lens:focus': ({ annotationId }) => this.focus(annotationId),
      'lens:export': ({ format }) => this.exportAs(format),
      'lens:factbase': (served) => this.useFactBase(served),
    });
    const unwatchSwitches = watchSwitches((changed) => {
      if (changed.settings) this.settings = changed.settings;
      if (changed.disabled) this.disabled = changed.disabled;
      void this.follow();
    });
    this.ctx.onInvalidated(() => {
      stopMessages();
      unwatchSwitches();
      this.switchOff(false);
    });
    // Single-page navigation: the article changed without a new document. Read from location itself on the
    // context's heartbeat, never from an event (a page can dispatch any event it likes, as often as it likes).
    this.ctx.onHeartbeat(() => {
      if (location.href === this.lastUrl) return;
      this.lastUrl = location.href;
      this.gate.request();
    });
    ({ settings: this.settings, disabled: this.disabled } = await readSwitches());
    await this.follow();
  }

  /** Applies the switches: annotations on or off on this page, and the highlight style. */
  private async follow(): Promise<void> {
    const settings = this.settings;
    const host = this.host;
    if (settings === null || host === null) return;
    this.annotator.setStyle(settings.style);
    this.annotator.setSupported(settings.supported);
    const want = annotationsFor(settings, this.disabled, host).on;
    if (want && !this.on) {
      this.on = true;
      this.card.listen();
      this.watch.start();
      await this.rescan();
    } else if (!want && this.on) {
      this.switchOff(true);
    }
  }

  /** Another fact base is in use (an update was accepted): judge the page again with it. */
  useFactBase(served: ServedFactBase): boolean {
    if (served.inUse.version === this.stamp.version) return false;
    this.served = served;
    this.stamp = stampOf(served);
    void this.rescan();
    return true;
  }

  /** Takes every highlight and the card away: the page's DOM is as it was before. */
  private switchOff(tell: boolean): void {
    this.on = false;
    this.scan?.abort();
    this.scan = null;
    this.watch.stop();
    this.card.stop();
    this.card.remove();
    this.annotator.clear();
    this.page = null;
    if (tell) void sendMessage('lens:report', { report: null }).catch(() => {});
  }

  /** Reads and judges the page again and brings the highlights in line, a slice at a time. */
  async rescan(): Promise<void> {
    if (!this.on) return;
    this.scan?.abort();
    const scan = new AbortController();
    this.scan = scan;
    // Read and judged a slice at a time (core/annotate/page-scan): no long task, however long the page.
    this.asOf = todayIso();
    const factBase = this.served.factBase;
    const result = await scanPage(this.doc, factBase, {
      url: location.href,
      asOf: this.asOf,
      signal: scan.signal,
      judgeElsewhere: this.elsewhere
        ? (page, opts) => (this.elsewhere as WorkerJudge).judge(page, opts, factBase)
        : undefined,
      here: this.here,
      // The engine for this thread could not be loaded (the extension was updated or reloaded under the page,
      // which also ends this annotator's context): nothing to show, and nothing left running.
    }).catch(() => null);
    if (result === null || scan.signal.aborted) return;
    const { page, map, claims } = result;
    this.published = page.published;
    this.cardFacts = mergeCardFacts(this.cardFacts, result.cardFacts);
    const done = await this.annotator.apply(claims, map, {
      signal: scan.signal,
      afterSlice: () => this.watch.discard(),
    });
    if (!done) return;
    this.page = page;
    if (this.scan === scan) this.scan = null;
    this.resend();
  }

  private report(): PageReport | null {
    if (!this.on || this.page === null) return null;
    return {
      url: location.href,
      title: this.page.title,
      published: this.page.published,
      asOf: this.asOf,
      factBase: this.stamp,
      claims: this.annotator.entries().map(({ annotationId, claim }) => reportedClaim(claim, annotationId)),
    };
  }

  /** Tells the background what is highlighted (claim summaries only). */
  private resend(): void {
    if (this.on && this.page === null) return; // a scan is running; its end reports
    void sendMessage('lens:report', { report: this.report() }).catch(() => {});
  }

  /** Scrolls a claim into view, focuses it (which opens its card) and makes it flash. */
  focus(annotationId: string): boolean {
    const marks = this.annotator.marksOf(annotationId).filter((m) => m.isConnected);
    if (marks.length === 0) return false;
    // Smooth unless the reader asks for less motion, or the page is hidden (it would not animate).
    const smooth =
      document.visibilityState === 'visible' &&
      !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    marks[0].scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    marks[0].focus({ preventScroll: true });
    for (const m of marks) m.setAttribute(FLASH_ATTR, '');
    this.ctx.setTimeout(() => {
      for (const m of marks) m.removeAttribute(FLASH_ATTR);
    }, FLASH_MS);
    return true;
  }

  private exportAs(format: ExportFormat): ExportFile | null {
    if (this.page === null) return null;
    return buildExport(format, {
      source: location.href,
      page: this.page,
      claims: this.annotator.entries().map((e) => e.claim),
      factBase: this.stamp,
      asOf: this.asOf,
      host: this.host ?? 'page',
    });
  }
}

function stampOf(served: ServedFactBase): FactBaseStamp {
  return { version: served.inUse.version, published: served.inUse.published };
}

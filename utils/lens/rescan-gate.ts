// Bounds how often the annotator starts a scan of the page. Whatever asks (page changes, already debounced by
// PageWatch; single-page navigation), a scan starts at most once per `minGapMs`; requests in between are
// folded into one scan at the end of the gap. A page firing events every few milliseconds gets a scan a
// second at most, never one per event.

export const MIN_SCAN_GAP_MS = 1000;

export class RescanGate {
  private lastStart = Number.NEGATIVE_INFINITY;
  private pending = false;
  private readonly minGapMs: number;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;

  constructor(
    private readonly run: () => void,
    opts: {
      minGapMs?: number;
      now?: () => number;
      setTimer?: (fn: () => void, ms: number) => unknown;
    } = {},
  ) {
    this.minGapMs = opts.minGapMs ?? MIN_SCAN_GAP_MS;
    this.now = opts.now ?? (() => performance.now());
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  }

  /** Asks for a scan: now when the last one started long enough ago, else once at the end of the gap. */
  request(): void {
    if (this.pending) return;
    const wait = this.lastStart + this.minGapMs - this.now();
    if (wait <= 0) {
      this.start();
      return;
    }
    this.pending = true;
    this.setTimer(() => {
      this.pending = false;
      this.start();
    }, wait);
  }

  private start(): void {
    this.lastStart = this.now();
    this.run();
  }
}

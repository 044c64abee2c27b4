// The annotator's lifetime on a page. WXT's content-script context stops when a "newer script started" event
// reaches the document, and the page can dispatch that event itself (its name is visible to the page): every
// highlight would go while the badge and popup still reported them. This context ends only when the
// extension context is really gone (the extension was reloaded, updated or removed: `runtime.id` disappears),
// checked on a timer, and it keeps one annotator per document.
import { browser } from 'wxt/browser';

/** How often the annotator checks that the extension is still there, and where the page is (ms). */
export const HEARTBEAT_MS = 1000;

const RUNNING = '__plensLensRunning';

export class LensContext {
  private readonly controller = new AbortController();
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private readonly beats: Array<() => void> = [];

  constructor() {
    this.heartbeat = setInterval(() => {
      if (this.extensionGone()) {
        this.invalidate();
        return;
      }
      for (const beat of this.beats) beat();
    }, HEARTBEAT_MS);
    this.onInvalidated(() => clearInterval(this.heartbeat));
  }

  /**
   * Claims the document for this annotator. False when another annotator of this extension already runs in
   * it (the extension's isolated world is shared by its content scripts; the page cannot see or set this).
   */
  static claimDocument(): boolean {
    const g = globalThis as Record<string, unknown>;
    const other = g[RUNNING] as LensContext | undefined;
    if (other instanceof LensContext && other.isValid) return false;
    return true;
  }

  register(): void {
    (globalThis as Record<string, unknown>)[RUNNING] = this;
  }

  private extensionGone(): boolean {
    try {
      return browser.runtime?.id == null;
    } catch {
      return true;
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (!this.signal.aborted && this.extensionGone()) this.invalidate();
    return !this.signal.aborted;
  }

  /** Called once, when the extension context is gone. */
  onInvalidated(fn: () => void): () => void {
    this.signal.addEventListener('abort', fn);
    return () => this.signal.removeEventListener('abort', fn);
  }

  /** Runs `fn` every HEARTBEAT_MS while the context lives. */
  onHeartbeat(fn: () => void): void {
    this.beats.push(fn);
  }

  /** setTimeout that never fires once the context is gone. */
  setTimeout(fn: () => void, ms: number): number {
    // The invalidation listener goes when the timer fires: timers set all day leave nothing behind.
    const off = this.onInvalidated(() => clearTimeout(id));
    const id = setTimeout(() => {
      off();
      if (this.isValid) fn();
    }, ms) as unknown as number;
    return id;
  }

  invalidate(): void {
    if (!this.signal.aborted) this.controller.abort();
  }
}

// Notices what the page itself changes after load (infinite scroll, single-page navigation, a framework
// re-rendering text we split) and asks for a new look, debounced. Our own changes are never reported. A
// change the page makes to our highlights' own attributes is handed back at once, to be undone.

export interface PageWatchOptions {
  /** True for nodes the extension made (highlights, text nodes it split off, the card's host). */
  owns: (node: Node) => boolean;
  /** True for text nodes whose text we split: a change to one means the page re-rendered it. */
  tracks: (node: Node) => boolean;
  /** The page changed the text of a node we split. */
  onTextReplaced: (node: Text) => void;
  /** Text worth a new look (e.g. it names a party). */
  relevant: (text: string) => boolean;
  /** True when one of our highlight elements has left the page (checked once per batch with removals). */
  lostOurs?: () => boolean;
  /** Attribute names watched on our elements, and what to do when the page changes one of them. */
  guarded?: { attributes: readonly string[]; onChange: (el: Element) => void };
  /** Called after `delayMs` of quiet, or at the latest `maxWaitMs` after the first change. */
  onChange: () => void;
  delayMs?: number;
  maxWaitMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export class PageWatch {
  private observer: MutationObserver | null = null;
  private timer: unknown = null;
  private firstChangeAt = 0;
  private lastChangeAt = 0;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;

  constructor(
    private readonly root: Node,
    private readonly opts: PageWatchOptions,
  ) {
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  }

  start(): void {
    if (this.observer !== null) return;
    const Observer = (this.root.ownerDocument?.defaultView?.MutationObserver ??
      MutationObserver) as typeof MutationObserver;
    this.observer = new Observer((records) => this.handle(records));
    const guarded = this.opts.guarded;
    this.observer.observe(this.root, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(guarded ? { attributes: true, attributeFilter: [...guarded.attributes] } : {}),
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** Forgets the changes made since the last callback: call right after changing the page ourselves. */
  discard(): void {
    this.observer?.takeRecords();
  }

  /** Whether a batch of page changes asks for a new look; exposed for tests. */
  handle(records: readonly MutationRecord[]): void {
    let dirty = false;
    let removals = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (this.opts.owns(r.target)) this.opts.guarded?.onChange(r.target as Element);
        continue;
      }
      if (this.insideOurs(r.target)) continue;
      if (r.type === 'characterData') {
        if (this.opts.tracks(r.target)) {
          this.opts.onTextReplaced(r.target as Text);
          dirty = true;
        } else if (this.opts.relevant((r.target as Text).data)) {
          dirty = true;
        }
        continue;
      }
      for (const n of r.addedNodes) {
        if (!dirty && !this.opts.owns(n) && this.opts.relevant(n.textContent ?? '')) dirty = true;
      }
      for (const n of r.removedNodes) {
        if (!dirty && this.opts.owns(n)) dirty = true;
        removals = true;
      }
    }
    // The page took away something we highlighted (maybe deep inside what it removed): the claims change.
    if (!dirty && removals && this.opts.lostOurs?.()) dirty = true;
    if (dirty) this.schedule();
  }

  private insideOurs(node: Node): boolean {
    for (let n: Node | null = node; n !== null; n = n.parentNode) if (this.opts.owns(n)) return true;
    return false;
  }

  /**
   * One timer per burst, never cancelled by the changes themselves: when it fires it re-arms for whatever of
   * the quiet period or the deadline is left. (Cancelling and re-setting it on every change would starve it
   * under a stream of changes: a page mutating every few milliseconds would push a clamped timer back
   * forever, past the deadline; and every timer set leaves a listener behind on the content script's context.)
   */
  private schedule(): void {
    const now = Date.now();
    this.lastChangeAt = now;
    if (this.timer !== null) return;
    this.firstChangeAt = now;
    this.arm(this.opts.delayMs ?? 400);
  }

  private arm(ms: number): void {
    const armedAt = Date.now();
    this.timer = this.setTimer(() => this.fire(armedAt), ms);
  }

  /** Looks now if nothing changed since the timer was set (or the deadline has come), else waits on. */
  private fire(armedAt: number): void {
    this.timer = null;
    const now = Date.now();
    const quietAt = this.lastChangeAt + (this.opts.delayMs ?? 400);
    const deadline = this.firstChangeAt + (this.opts.maxWaitMs ?? 2000);
    if (this.lastChangeAt > armedAt && now < quietAt && now < deadline) {
      this.arm(Math.min(quietAt, deadline) - now);
      return;
    }
    this.opts.onChange();
  }
}

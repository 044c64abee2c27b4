// The hover/focus card: one shadow root (page CSS cannot reach it) created on first use, shown next to the
// highlight under the pointer or with keyboard focus. Listens passively on the document: the page's own
// listeners see every event as before.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ShadowRootContentScriptUi, createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CLAIM_ATTR } from '@/core/annotate/annotatable';
import { THEME_ATTR } from '@/core/annotate/claim-annotator';
import type { CardModel, TimelineTarget } from '@/core/annotate/card-model';
import { placeCard } from '@/core/annotate/card-place';
import { TIMELINE_BUTTON, renderCard } from '@/core/annotate/card-view';
import { CARD_CSS } from '@/core/annotate/styles';

export interface CardSource {
  /** The card of a highlight, or null when the element is not one of ours. */
  modelFor(mark: Element): CardModel | null;
  /** Every element of the claim a highlight element belongs to. */
  marksOf(mark: Element): HTMLElement[];
  /** The reader asked how a term changed: open the timeline there. */
  openTimeline(target: TimelineTarget): void;
}

/** A pointer passing over a highlight does not open its card; resting on it for this long does. */
const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;

export class CardUi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private current: Element | null = null;
  /** The model of the card shown, for its buttons. */
  private model: CardModel | null = null;
  private hideTimer: number | null = null;
  private showTimer: number | null = null;
  /** A highlight that gets focus back from the card (Escape): that focus does not reopen the card. */
  private quietFocus: Element | null = null;
  private listening: AbortController | null = null;
  /** Bumped by remove(): a card still being created for an older generation is dropped. */
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly source: CardSource,
  ) {}

  /** Starts listening for hover and focus on highlights. */
  listen(): void {
    if (this.listening) return;
    const listening = new AbortController();
    this.listening = listening;
    this.ctx.onInvalidated(() => listening.abort());
    const opts: AddEventListenerOptions = { capture: true, passive: true, signal: listening.signal };
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, o = opts) =>
      this.doc.addEventListener(type, fn, o);
    on('mouseover', (e) => {
      const mark = this.markAt(e.target);
      if (!mark || mark === this.current) return;
      this.cancelShow();
      this.showTimer = this.ctx.setTimeout(() => void this.show(mark), SHOW_DELAY_MS);
    });
    on('mouseout', (e) => {
      if (this.markAt(e.target) && !this.markAt(e.relatedTarget) && !this.isCard(e.relatedTarget)) {
        this.cancelShow();
        this.hideSoon();
      }
    });
    on('focusin', (e) => {
      const mark = this.markAt(e.target);
      if (mark && mark === this.quietFocus) this.quietFocus = null;
      else if (mark) void this.show(mark);
    });
    on('focusout', (e) => {
      if (this.markAt(e.target) && !this.isCard(e.relatedTarget)) this.hideSoon();
    });
    // Enter on a highlight moves into the card (its source link); Escape closes it. Not passive: Enter must
    // not also activate a link the highlight sits in.
    on(
      'keydown',
      (e) => {
        const mark = this.markAt(e.target);
        if (mark && e.key === 'Enter') {
          e.preventDefault();
          void this.show(mark).then(() => this.focusCard());
        } else if (e.key === 'Escape' && this.current) {
          // From inside the card, focus goes back to the highlight it belongs to.
          const back = this.isCard(e.target) ? (this.current as HTMLElement) : null;
          this.hide();
          if (back) {
            this.quietFocus = back;
            back.focus({ preventScroll: true });
          }
        }
      },
      { ...opts, passive: false },
    );
    on('scroll', () => this.reposition());
    window.addEventListener('resize', () => this.reposition(), { passive: true, signal: listening.signal });
  }

  /** Stops listening (annotations switched off). */
  stop(): void {
    this.listening?.abort();
    this.listening = null;
  }

  private markAt(target: EventTarget | null): Element | null {
    const el = target as Element | null;
    if (!el || typeof el.closest !== 'function') return null;
    const mark = el.closest(`mark[${CLAIM_ATTR}]`);
    return mark && this.source.modelFor(mark) ? mark : null;
  }

  private isCard(target: EventTarget | null): boolean {
    return target !== null && this.ui !== null && target === this.ui.shadowHost;
  }

  private async mount(): Promise<ShadowRootContentScriptUi<void> | null> {
    if (this.ui) return this.ui;
    const generation = this.generation;
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'plens-card',
      position: 'inline',
      anchor: () => this.doc.body ?? this.doc.documentElement,
      append: 'last',
      css: CARD_CSS,
      // Keys and clicks inside the card are ours: the page's shortcuts and outside-click handlers stay quiet.
      isolateEvents: [
        'keydown',
        'keyup',
        'keypress',
        'click',
        'mousedown',
        'mouseup',
        'pointerdown',
        'pointerup',
      ],
      onMount: (container, _shadow, host) => {
        container.addEventListener('click', (e) => this.onCardClick(e));
        host.addEventListener('mouseenter', () => this.cancelHide());
        host.addEventListener('mouseleave', () => this.hideSoon());
        host.addEventListener('focusout', (e) => {
          if (!host.contains(e.relatedTarget as Node | null)) this.hideSoon();
        });
      },
    }).then((ui) => {
      if (generation === this.generation) {
        ui.mount();
        this.ui = ui;
      }
      return ui;
    });
    const ui = await this.creating;
    return ui === this.ui ? ui : null;
  }

  /** Shows the card of a highlight next to it. */
  async show(mark: Element): Promise<void> {
    this.cancelShow();
    this.cancelHide();
    const model = this.source.modelFor(mark);
    if (!model) return;
    const ui = await this.mount();
    if (ui === null) return;
    if (this.current === mark && ui.uiContainer.firstChild) return;
    this.current = mark;
    this.model = model;
    const theme = mark.getAttribute(THEME_ATTR) === 'dark' ? 'dark' : 'light';
    ui.uiContainer.replaceChildren(renderCard(this.doc, model, { theme }));
    this.reposition();
  }

  private onCardClick(e: Event): void {
    const button = (e.target as Element | null)?.closest?.(TIMELINE_BUTTON);
    const target = button ? this.model?.verdicts[Number(button.getAttribute('data-index'))]?.timeline : null;
    if (target) this.source.openTimeline(target);
  }

  private focusCard(): void {
    const target = this.ui?.uiContainer.querySelector<HTMLElement>('a[href]');
    target?.focus();
  }

  private reposition(): void {
    const card = this.ui?.uiContainer.firstElementChild as HTMLElement | null | undefined;
    if (!card || !this.current) return;
    if (!this.current.isConnected) {
      this.hide();
      return;
    }
    const marks = this.source.marksOf(this.current);
    const rect = (
      marks.includes(this.current as HTMLElement) ? this.current : marks[0]
    ).getBoundingClientRect();
    // Measured at its natural height (capped by the stylesheet at the viewport), then placed and capped.
    card.style.maxHeight = '';
    const box = card.getBoundingClientRect();
    const place = placeCard(rect, box, { width: window.innerWidth, height: window.innerHeight });
    card.style.top = `${Math.round(place.top)}px`;
    card.style.left = `${Math.round(place.left)}px`;
    card.style.maxHeight = `${Math.floor(place.maxHeight)}px`;
    card.setAttribute('data-side', place.side);
  }

  private hideSoon(): void {
    this.cancelHide();
    this.hideTimer = this.ctx.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private cancelShow(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    this.showTimer = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  hide(): void {
    this.cancelShow();
    this.cancelHide();
    this.current = null;
    this.model = null;
    this.ui?.uiContainer.replaceChildren();
  }

  /** True for the card's host element and everything in it. */
  owns(node: Node): boolean {
    return this.ui !== null && (node === this.ui.shadowHost || this.ui.shadowHost.contains(node));
  }

  /** Takes the card's host out of the page. */
  remove(): void {
    this.generation++;
    this.hide();
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
  }
}

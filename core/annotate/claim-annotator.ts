// Keeps the page's highlights in line with the latest judgement of its text: new claims are wrapped, claims
// already highlighted keep their elements (their verdict is refreshed), claims that are gone are unwrapped.
// The work runs in slices so a long article never blocks the page.
//
// Several claims may share text (two claims of one sentence, or a clause inside its sentence): claims whose
// spans overlap form one highlight, which carries every claim's id, so no claim is lost and no highlight is
// nested in another. The highlight shows the status that needs the reader's attention most.
import { CLAIM_ATTR } from './annotatable';
import { rangesFor, type TextMap } from '../page/text-map';
import type { JudgedClaim, Status } from '../types';
import { type SliceOptions, forEachSliced } from './chunked';
import { type Anchor, Highlighter } from './highlighter';
import { STATUS_WORD } from './labels';
import {
  type BackgroundMemo,
  backgroundBehind,
  newBackgroundMemo,
  type PageTheme,
  themeFor,
} from './page-theme';
import type { HighlightStyle, SupportedDisplay } from './styles';

export const STATUS_ATTR = 'data-plens-status';
export const STYLE_ATTR = 'data-plens-style';
export const FIRST_ATTR = 'data-plens-first';
/** Every claim id a highlight carries, space-separated (its own id first). */
export const CLAIMS_ATTR = 'data-plens-claims';
/** The per-injection secret the page's stylesheet is keyed on (core/annotate/styles highlightCss). */
export const KEY_ATTR = 'data-plens-key';
/** The theme of the background behind a highlight: its colours are picked for it. */
export const THEME_ATTR = 'data-plens-theme';
/** How supported claims show (quiet, full, hidden). */
export const SUPPORTED_ATTR = 'data-plens-supported';

/** Attributes of ours on a highlight: a change the page makes to one of them is undone (restore). */
export const GUARDED_ATTRS = [
  CLAIM_ATTR,
  CLAIMS_ATTR,
  STATUS_ATTR,
  STYLE_ATTR,
  FIRST_ATTR,
  KEY_ATTR,
  THEME_ATTR,
  SUPPORTED_ATTR,
  'tabindex',
  'aria-description',
  'hidden',
] as const;

export interface AnnotatedClaim {
  annotationId: string;
  claim: JudgedClaim;
}

/** Most pressing first: the status a highlight shared by several claims shows. */
const PRIORITY: Status[] = ['contradicted', 'outdated', 'unverified', 'supported'];

/** Claims whose spans overlap, as one stretch of text. */
interface Unit {
  start: number;
  end: number;
  claims: JudgedClaim[];
}

/** Groups claims (any order) into units of overlapping spans, in reading order. */
export function unitsOf(claims: readonly JudgedClaim[]): Unit[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const units: Unit[] = [];
  for (const claim of sorted) {
    const last = units[units.length - 1];
    if (last !== undefined && claim.start < last.end) {
      last.end = Math.max(last.end, claim.end);
      last.claims.push(claim);
    } else {
      units.push({ start: claim.start, end: claim.end, claims: [claim] });
    }
  }
  return units;
}

function sameAnchors(a: readonly Anchor[], b: readonly Anchor[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.original === b[i].original && x.start === b[i].start && x.end === b[i].end)
  );
}

export interface ClaimAnnotatorOptions {
  style?: HighlightStyle;
  /** The secret the highlight stylesheet is keyed on; without one, highlights are unstyled. */
  key?: string;
}

export class ClaimAnnotator {
  readonly highlighter: Highlighter;
  /** Highlight id → its claims (most pressing first); the first claim's annotation id is the highlight's. */
  private readonly units = new Map<string, JudgedClaim[]>();
  /** Annotation id of every claim → the highlight it is in. */
  private readonly unitOf = new Map<string, string>();
  private style: HighlightStyle;
  private supported: SupportedDisplay = 'quiet';
  /** Highlight id → the theme of the background behind it, measured once. */
  private readonly themes = new Map<string, PageTheme>();
  private readonly key: string | null;
  private next = 1;

  constructor(doc: Document, opts: ClaimAnnotatorOptions | HighlightStyle = {}) {
    this.highlighter = new Highlighter(doc);
    const o = typeof opts === 'string' ? { style: opts } : opts;
    this.style = o.style ?? 'underline';
    this.key = o.key ?? null;
  }

  /** Annotation ids of a highlight's claims: its own id, then `<id>.2`, `<id>.3`… */
  private static claimIds(id: string, count: number): string[] {
    return Array.from({ length: count }, (_, i) => (i === 0 ? id : `${id}.${i + 1}`));
  }

  /** The attributes a highlight's elements must carry; `first` ones on its first element only. */
  private expected(id: string, claims: readonly JudgedClaim[], first: boolean): Record<string, string> {
    const lead = claims[0];
    return {
      [CLAIM_ATTR]: id,
      [CLAIMS_ATTR]: ClaimAnnotator.claimIds(id, claims.length).join(' '),
      [STATUS_ATTR]: lead.status,
      [STYLE_ATTR]: this.style,
      [SUPPORTED_ATTR]: this.supported,
      ...(this.themes.has(id) ? { [THEME_ATTR]: this.themes.get(id) as string } : {}),
      ...(this.key !== null ? { [KEY_ATTR]: this.key } : {}),
      ...(first
        ? { [FIRST_ATTR]: '', tabindex: this.tabindex(lead), 'aria-description': this.description(claims) }
        : {}),
    };
  }

  /** The attributes a new mark is made with, in GUARDED_ATTRS order (restoreMark's). */
  private dressed(id: string, claims: readonly JudgedClaim[], first: boolean): Record<string, string> {
    const want = this.expected(id, claims, first);
    const out: Record<string, string> = {};
    for (const name of GUARDED_ATTRS) if (want[name] !== undefined) out[name] = want[name];
    return out;
  }

  /** Hidden supported claims are no stop in the keyboard's tab order (the popup still reaches them). */
  private tabindex(claim: JudgedClaim): string {
    return claim.status === 'supported' && this.supported === 'hidden' ? '-1' : '0';
  }

  /**
   * The palette for the background actually behind a planned highlight, whatever the system theme. Read before
   * anything is written, so that on a page whose style is up to date the reads cost no style recalculation
   * (read after the marks went in, the first read forced one: ~1.5 ms on a long article). Holders share their
   * ancestors, so `seen` and `backgrounds` are kept over the whole judgement.
   */
  private themeBehind(
    anchors: readonly Anchor[],
    seen: Map<Element, PageTheme>,
    backgrounds: BackgroundMemo,
  ): PageTheme | null {
    let holder = anchors[0]?.original.parentElement ?? null;
    // A text run already highlighted sits in a mark of ours: the page's background is behind the mark.
    while (holder && this.highlighter.owns(holder)) holder = holder.parentElement;
    if (!holder) return null;
    let theme = seen.get(holder);
    if (theme === undefined) {
      theme = themeFor(backgroundBehind(holder, backgrounds));
      seen.set(holder, theme);
    }
    return theme;
  }

  private description(claims: readonly JudgedClaim[]): string {
    const words = claims.map((c) => STATUS_WORD[c.status]);
    const more = claims.length > 1 ? ` (${claims.length} claims: ${words.join(', ')})` : '';
    return `Partnership Lens: ${words[0]}${more}. Press Enter for details.`;
  }

  /** Sets every attribute a highlight's elements must carry, and takes away guarded ones they must not. */
  private dress(id: string): void {
    const claims = this.units.get(id);
    if (claims === undefined) return;
    const marks = this.highlighter.marksOf(id);
    for (let i = 0; i < marks.length; i++) this.restoreMark(marks[i], id, claims, i === 0);
  }

  private restoreMark(mark: Element, id: string, claims: readonly JudgedClaim[], first: boolean): void {
    const want = this.expected(id, claims, first);
    for (const name of GUARDED_ATTRS) {
      const value = want[name];
      if (value === undefined) {
        if (mark.hasAttribute(name)) mark.removeAttribute(name);
      } else if (mark.getAttribute(name) !== value) {
        mark.setAttribute(name, value);
      }
    }
  }

  /**
   * The page changed an attribute of one of our highlight elements: put ours back as they were. Returns
   * false when the element is not ours (page markup that looks like ours is left alone).
   */
  restore(el: Element): boolean {
    const id = this.highlighter.idOf(el);
    const claims = id === null ? undefined : this.units.get(id);
    if (id === null || claims === undefined) return false;
    this.restoreMark(el, id, claims, this.highlighter.marksOf(id)[0] === el);
    return true;
  }

  /**
   * Applies a judgement of the page whose text map is `map`. Resolves false when aborted part-way (the
   * highlights made so far stay, and the next judgement picks up from them).
   */
  async apply(
    claims: readonly JudgedClaim[],
    map: TextMap,
    opts: SliceOptions & { afterSlice?: () => void } = {},
  ) {
    const hl = this.highlighter;
    // Anchor everything first: anchors survive the splits and joins that the wrapping below makes. Planned in
    // slices, like the wrapping: a page of thousands of claims is not planned in one task. (No afterSlice here:
    // nothing of ours changes the page while planning, so the page watch's records are the page's own.)
    const seen = new Map<Element, PageTheme>();
    const backgrounds = newBackgroundMemo();
    const planned: Array<{ claims: JudgedClaim[]; anchors: Anchor[]; theme: PageTheme | null }> = [];
    const read = await forEachSliced(
      unitsOf(claims),
      (unit) => {
        const anchors = rangesFor(map, unit.start, unit.end)
          .map((piece) => hl.anchor(piece))
          .filter((a): a is Anchor => a !== null);
        planned.push({
          claims: [...unit.claims].sort((a, b) => PRIORITY.indexOf(a.status) - PRIORITY.indexOf(b.status)),
          anchors,
          theme: this.themeBehind(anchors, seen, backgrounds),
        });
      },
      { ...opts, afterSlice: undefined },
    );
    if (!read) return false;
    const kept = new Set<string>();
    const done = await forEachSliced(
      planned,
      ({ claims: unitClaims, anchors, theme }) => {
        if (anchors.length === 0) return;
        const existing = [...new Set(anchors.flatMap((a) => hl.idsAt(a)))];
        if (existing.length === 1 && sameAnchors(hl.anchorsOf(existing[0]), anchors)) {
          const id = existing[0];
          kept.add(id);
          this.setUnit(id, unitClaims, theme);
          this.dress(id);
          return;
        }
        if (existing.some((id) => kept.has(id))) return; // cannot happen: units of one judgement never overlap
        for (const id of existing) this.drop(id);
        const id = `plens-${this.next++}`;
        // New marks are made dressed: their attributes are set before they enter the page, in the order dress
        // sets them. Dressed once in the page, each mark made ~10 attribute mutations (records for the page
        // watch, style invalidations).
        this.setUnit(id, unitClaims, theme);
        const dressed = [false, true].map((first) => this.dressed(id, unitClaims, first));
        if (hl.wrap(id, anchors, (first) => dressed[first ? 1 : 0]).length > 0) {
          kept.add(id);
        } else {
          this.forgetUnit(id);
        }
      },
      opts,
    );
    if (!done) return false;
    for (const id of hl.ids()) if (!kept.has(id)) this.drop(id);
    opts.afterSlice?.();
    return true;
  }

  private setUnit(id: string, claims: JudgedClaim[], theme: PageTheme | null): void {
    this.forgetUnit(id);
    this.units.set(id, claims);
    if (theme !== null) this.themes.set(id, theme);
    for (const claimId of ClaimAnnotator.claimIds(id, claims.length)) this.unitOf.set(claimId, id);
  }

  private forgetUnit(id: string): void {
    const old = this.units.get(id);
    if (old === undefined) return;
    this.themes.delete(id);
    for (const claimId of ClaimAnnotator.claimIds(id, old.length)) this.unitOf.delete(claimId);
    this.units.delete(id);
  }

  private drop(id: string): void {
    this.highlighter.unwrap(id);
    this.forgetUnit(id);
  }

  /** The page changed the text of a node we split: give it up (the next judgement re-highlights). */
  release(node: Text): void {
    for (const id of this.highlighter.release(node)) {
      if (this.highlighter.marksOf(id).length === 0) this.forgetUnit(id);
    }
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const id of this.highlighter.ids()) this.dress(id);
  }

  /** How supported claims show; applied to the highlights already on the page too. */
  setSupported(display: SupportedDisplay): void {
    this.supported = display;
    for (const id of this.highlighter.ids()) this.dress(id);
  }

  /** Every claim of a highlight (by any of its annotation ids), the most pressing first. */
  claimsOf(annotationId: string): JudgedClaim[] {
    const id = this.unitOf.get(annotationId);
    return id === undefined ? [] : (this.units.get(id) ?? []);
  }

  /** The claim of an annotation id (a claim's own, or the highlight's: its most pressing claim). */
  claimOf(annotationId: string): JudgedClaim | null {
    const id = this.unitOf.get(annotationId);
    const claims = id === undefined ? undefined : this.units.get(id);
    if (id === undefined || claims === undefined) return null;
    return claims[ClaimAnnotator.claimIds(id, claims.length).indexOf(annotationId)] ?? null;
  }

  /** The highlight element(s) of an annotation id (a claim shares its highlight's elements). */
  marksOf(annotationId: string): HTMLElement[] {
    const id = this.unitOf.get(annotationId);
    return id === undefined ? [] : this.highlighter.marksOf(id);
  }

  /** The claim a highlight element shows (its most pressing), or null when the element is not ours. */
  claimAt(el: Element): JudgedClaim | null {
    const id = this.highlighter.idOf(el);
    return id === null ? null : (this.units.get(id)?.[0] ?? null);
  }

  /** The highlighted claims still on the page, in reading order; claims sharing a highlight each appear. */
  entries(): AnnotatedClaim[] {
    const out: AnnotatedClaim[] = [];
    for (const [id, claims] of this.units) {
      if (!this.highlighter.marksOf(id).some((m) => m.isConnected)) continue;
      const ids = ClaimAnnotator.claimIds(id, claims.length);
      for (let i = 0; i < claims.length; i++) out.push({ annotationId: ids[i], claim: claims[i] });
    }
    return out.sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
  }

  /** Removes every highlight; the page is as it was before. */
  clear(): void {
    this.highlighter.clear();
    this.units.clear();
    this.unitOf.clear();
    this.themes.clear();
  }
}

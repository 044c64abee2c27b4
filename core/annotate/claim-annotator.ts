// Keeps the page's highlights in line with the latest judgement of its text: new claims are wrapped, claims
// already highlighted keep their elements (their verdict is refreshed), claims that are gone are unwrapped.
// The work runs in slices so a long article never blocks the page. Claims over the same words share one
// highlight (the card lists them all; the highlight shows the most serious status).
import { rangesFor, type TextMap } from '../page/text-map';
import type { JudgedClaim } from '../types';
import { type SliceOptions, forEachSliced } from './chunked';
import { type Anchor, Highlighter } from './highlighter';
import { STATUS_WORD } from './labels';
import { backgroundBehind, themeFor } from './page-theme';
import type { HighlightStyle, SupportedDisplay } from './styles';

export const STATUS_ATTR = 'data-plens-status';
export const STYLE_ATTR = 'data-plens-style';
export const FIRST_ATTR = 'data-plens-first';
export const THEME_ATTR = 'data-plens-theme';
export const SUPPORTED_ATTR = 'data-plens-supported';

const SEVERITY: Record<JudgedClaim['status'], number> = {
  contradicted: 0,
  outdated: 1,
  unverified: 2,
  supported: 3,
};

/** Claims over exactly the same words, the most serious first. */
function groupBySpan(claims: readonly JudgedClaim[]): JudgedClaim[][] {
  const groups = new Map<string, JudgedClaim[]>();
  for (const c of claims) {
    const key = `${c.start}-${c.end}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]));
}

export interface AnnotatedClaim {
  annotationId: string;
  claim: JudgedClaim;
}

function sameAnchors(a: readonly Anchor[], b: readonly Anchor[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.original === b[i].original && x.start === b[i].start && x.end === b[i].end)
  );
}

export class ClaimAnnotator {
  readonly highlighter: Highlighter;
  /** Highlight id → its claims, the most serious first. */
  private readonly claims = new Map<string, JudgedClaim[]>();
  private next = 1;
  private supported: SupportedDisplay = 'quiet';

  constructor(
    doc: Document,
    private style: HighlightStyle = 'underline',
  ) {
    this.highlighter = new Highlighter(doc);
  }

  private attrs(claim: JudgedClaim): Record<string, string> {
    return { [STATUS_ATTR]: claim.status, [STYLE_ATTR]: this.style, [SUPPORTED_ATTR]: this.supported };
  }

  private firstAttrs(claim: JudgedClaim): Record<string, string> {
    return {
      [FIRST_ATTR]: '',
      tabindex: this.tabindex(claim),
      'aria-description': this.description(claim),
    };
  }

  /** Hidden supported claims are no stop in the keyboard's tab order (the popup still reaches them). */
  private tabindex(claim: JudgedClaim): string {
    return claim.status === 'supported' && this.supported === 'hidden' ? '-1' : '0';
  }

  private description(claim: JudgedClaim): string {
    return `Partnership Lens: ${STATUS_WORD[claim.status]}. Press Enter for details.`;
  }

  /**
   * Colours for the background actually behind each highlight, whatever the system theme. Done once a
   * judgement is applied, all reads before all writes: one style computation, not one per highlight.
   */
  private setThemes(ids: readonly string[]): void {
    const seen = new Map<Element, string>();
    const themes: [string, string][] = [];
    for (const id of ids) {
      const holder = this.highlighter.marksOf(id)[0]?.parentElement;
      if (!holder) continue;
      let theme = seen.get(holder);
      if (theme === undefined) {
        theme = themeFor(backgroundBehind(holder));
        seen.set(holder, theme);
      }
      themes.push([id, theme]);
    }
    for (const [id, theme] of themes) this.highlighter.setAttributes(id, { [THEME_ATTR]: theme });
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
    // Anchor everything first: anchors survive the splits and joins that the wrapping below makes.
    const planned = groupBySpan(claims).map((group) => ({
      group,
      claim: group[0],
      anchors: rangesFor(map, group[0].start, group[0].end)
        .map((piece) => hl.anchor(piece))
        .filter((a): a is Anchor => a !== null),
    }));
    const kept = new Set<string>();
    const done = await forEachSliced(
      planned,
      ({ group, claim, anchors }) => {
        if (anchors.length === 0) return;
        const existing = [...new Set(anchors.flatMap((a) => hl.idsAt(a)))];
        if (existing.length === 1 && sameAnchors(hl.anchorsOf(existing[0]), anchors)) {
          const id = existing[0];
          kept.add(id);
          this.claims.set(id, group);
          hl.setAttributes(id, this.attrs(claim));
          hl.marksOf(id)[0]?.setAttribute('aria-description', this.description(claim));
          hl.marksOf(id)[0]?.setAttribute('tabindex', this.tabindex(claim));
          return;
        }
        if (existing.some((id) => kept.has(id))) return; // overlaps a claim of this judgement
        for (const id of existing) this.drop(id);
        const id = `plens-${this.next++}`;
        if (hl.wrap(id, anchors, this.attrs(claim), this.firstAttrs(claim)).length > 0) {
          kept.add(id);
          this.claims.set(id, group);
        }
      },
      opts,
    );
    if (!done) return false;
    for (const id of hl.ids()) if (!kept.has(id)) this.drop(id);
    // Highlights already coloured keep their theme: only new ones are measured.
    this.setThemes([...kept].filter((id) => !hl.marksOf(id)[0]?.hasAttribute(THEME_ATTR)));
    opts.afterSlice?.();
    return true;
  }

  private drop(id: string): void {
    this.highlighter.unwrap(id);
    this.claims.delete(id);
  }

  /** The page changed the text of a node we split: give it up (the next judgement re-highlights). */
  release(node: Text): void {
    for (const id of this.highlighter.release(node)) {
      if (this.highlighter.marksOf(id).length === 0) this.claims.delete(id);
    }
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const id of this.highlighter.ids()) this.highlighter.setAttributes(id, { [STYLE_ATTR]: style });
  }

  /** How supported claims show; applied to the highlights already on the page too. */
  setSupported(display: SupportedDisplay): void {
    this.supported = display;
    for (const [id, group] of this.claims) {
      this.highlighter.setAttributes(id, { [SUPPORTED_ATTR]: display });
      this.highlighter.marksOf(id)[0]?.setAttribute('tabindex', this.tabindex(group[0]));
    }
  }

  /** The most serious claim of a highlight. */
  claimOf(annotationId: string): JudgedClaim | null {
    return this.claims.get(annotationId)?.[0] ?? null;
  }

  /** Every claim of a highlight, the most serious first. */
  claimsOf(annotationId: string): JudgedClaim[] {
    return this.claims.get(annotationId) ?? [];
  }

  /** The highlighted claims still on the page, in reading order (claims sharing a highlight share its id). */
  entries(): AnnotatedClaim[] {
    const out: AnnotatedClaim[] = [];
    for (const [annotationId, group] of this.claims) {
      if (this.highlighter.marksOf(annotationId).some((m) => m.isConnected))
        for (const claim of group) out.push({ annotationId, claim });
    }
    return out.sort((a, b) => a.claim.start - b.claim.start);
  }

  /** Removes every highlight; the page is as it was before. */
  clear(): void {
    this.highlighter.clear();
    this.claims.clear();
  }
}

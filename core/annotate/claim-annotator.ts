// Keeps the page's highlights in line with the latest judgement of its text: new claims are wrapped, claims
// already highlighted keep their elements (their verdict is refreshed), claims that are gone are unwrapped.
// The work runs in slices so a long article never blocks the page.
import { rangesFor, type TextMap } from '../page/text-map';
import type { JudgedClaim } from '../types';
import { type SliceOptions, forEachSliced } from './chunked';
import { type Anchor, Highlighter } from './highlighter';
import { STATUS_WORD } from './labels';
import type { HighlightStyle } from './styles';

export const STATUS_ATTR = 'data-plens-status';
export const STYLE_ATTR = 'data-plens-style';
export const FIRST_ATTR = 'data-plens-first';

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
  private readonly claims = new Map<string, JudgedClaim>();
  private next = 1;

  constructor(
    doc: Document,
    private style: HighlightStyle = 'underline',
  ) {
    this.highlighter = new Highlighter(doc);
  }

  private attrs(claim: JudgedClaim): Record<string, string> {
    return { [STATUS_ATTR]: claim.status, [STYLE_ATTR]: this.style };
  }

  private firstAttrs(claim: JudgedClaim): Record<string, string> {
    return {
      [FIRST_ATTR]: '',
      tabindex: '0',
      'aria-description': this.description(claim),
    };
  }

  private description(claim: JudgedClaim): string {
    return `Partnership Lens: ${STATUS_WORD[claim.status]}. Press Enter for details.`;
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
    const planned = claims.map((claim) => ({
      claim,
      anchors: rangesFor(map, claim.start, claim.end)
        .map((piece) => hl.anchor(piece))
        .filter((a): a is Anchor => a !== null),
    }));
    const kept = new Set<string>();
    const done = await forEachSliced(
      planned,
      ({ claim, anchors }) => {
        if (anchors.length === 0) return;
        const existing = [...new Set(anchors.flatMap((a) => hl.idsAt(a)))];
        if (existing.length === 1 && sameAnchors(hl.anchorsOf(existing[0]), anchors)) {
          const id = existing[0];
          kept.add(id);
          this.claims.set(id, claim);
          hl.setAttributes(id, this.attrs(claim));
          hl.marksOf(id)[0]?.setAttribute('aria-description', this.description(claim));
          return;
        }
        if (existing.some((id) => kept.has(id))) return; // overlaps a claim of this judgement
        for (const id of existing) this.drop(id);
        const id = `plens-${this.next++}`;
        if (hl.wrap(id, anchors, this.attrs(claim), this.firstAttrs(claim)).length > 0) {
          kept.add(id);
          this.claims.set(id, claim);
        }
      },
      opts,
    );
    if (!done) return false;
    for (const id of hl.ids()) if (!kept.has(id)) this.drop(id);
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

  claimOf(annotationId: string): JudgedClaim | null {
    return this.claims.get(annotationId) ?? null;
  }

  /** The highlighted claims still on the page, in reading order. */
  entries(): AnnotatedClaim[] {
    const out: AnnotatedClaim[] = [];
    for (const [annotationId, claim] of this.claims) {
      if (this.highlighter.marksOf(annotationId).some((m) => m.isConnected))
        out.push({ annotationId, claim });
    }
    return out.sort((a, b) => a.claim.start - b.claim.start);
  }

  /** Removes every highlight; the page is as it was before. */
  clear(): void {
    this.highlighter.clear();
    this.claims.clear();
  }
}

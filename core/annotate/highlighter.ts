// Wraps pieces of the page's text nodes in highlight elements and takes them away again, leaving the page
// exactly as it was. Pure DOM: the document is a parameter, nothing touches innerHTML, and no page node is ever
// moved or replaced. To highlight part of a page text node, the node keeps its place and is shortened to the
// text before the highlight; the highlighted text and the text after it go into new nodes of our own. Removing
// the highlights deletes our nodes and gives the page's node its text back, so references the page holds stay
// valid and its listeners (which sit on elements, never on text) keep working. Our elements are known by
// reference (the page can write any attribute it likes, including ours, and is never mistaken for us).
import { CLAIM_ATTR, isAnnotatable } from './annotatable';

/** A piece of one text node, as `rangesFor` returns it. */
export interface Piece {
  node: Text;
  startOffset: number;
  endOffset: number;
}

/**
 * A piece in the coordinates of the page's own text node, before any split of ours: stays valid while
 * highlights around it come and go. `text` is what the piece held when it was anchored.
 */
export interface Anchor {
  original: Text;
  start: number;
  end: number;
  text: string;
}

/** A run of the original node's text, held by the original node itself (first) or by a node of ours. */
interface Segment {
  node: Text;
  /** Offset of this run in the original text. */
  start: number;
  /** Our highlight element around `node`, or null for plain text. */
  mark: HTMLElement | null;
}

interface Split {
  original: Text;
  /** The original node's text before we touched it. */
  data: string;
  /** In document order; segments[0].node === original. */
  segments: Segment[];
}

interface Highlight {
  marks: HTMLElement[];
  anchors: Anchor[];
}

export class Highlighter {
  private readonly splits = new Map<Text, Split>();
  /** Every text node taking part in a split (the original too) → its split. */
  private readonly owners = new WeakMap<Text, Split>();
  private readonly highlights = new Map<string, Highlight>();
  /** Our highlight elements on the page now → their highlight's id. */
  private readonly markIds = new WeakMap<Element, string>();

  constructor(
    private readonly doc: Document,
    private readonly tagName = 'mark',
  ) {}

  /** Claim ids currently highlighted, in the order they were first wrapped. */
  ids(): string[] {
    return [...this.highlights.keys()];
  }

  marksOf(id: string): HTMLElement[] {
    return this.highlights.get(id)?.marks ?? [];
  }

  anchorsOf(id: string): Anchor[] {
    return this.highlights.get(id)?.anchors ?? [];
  }

  /** True when an element of some highlight is no longer in the document (the page removed it). */
  anyDetached(): boolean {
    for (const { marks } of this.highlights.values()) if (marks.some((m) => !m.isConnected)) return true;
    return false;
  }

  get size(): number {
    return this.highlights.size;
  }

  /** True for our highlight elements and the text nodes we created. */
  owns(node: Node): boolean {
    if (node.nodeType === 1) return this.markIds.has(node as Element);
    const split = this.owners.get(node as Text);
    return split !== undefined && split.original !== node;
  }

  /** The id of one of our highlight elements (whatever its attributes say now), or null. */
  idOf(el: Element): string | null {
    return this.markIds.get(el) ?? null;
  }

  /** True when `node` is a text node whose text we split (the page's own node or one of ours). */
  tracks(node: Node): boolean {
    return this.owners.has(node as Text);
  }

  private readonly ours = (el: Element): boolean => this.markIds.has(el);

  /**
   * Where a piece lies in the page's own text node. Null when the piece may not be highlighted
   * (form fields, editable regions, code…) or no longer matches the node.
   */
  anchor(piece: Piece): Anchor | null {
    const { node, startOffset, endOffset } = piece;
    if (endOffset <= startOffset || endOffset > node.data.length) return null;
    const text = node.data.slice(startOffset, endOffset);
    const split = this.owners.get(node);
    if (split === undefined) {
      if (!isAnnotatable(node, this.ours)) return null;
      return { original: node, start: startOffset, end: endOffset, text };
    }
    const seg = split.segments.find((s) => s.node === node);
    if (seg === undefined || !isAnnotatable(split.original, this.ours)) return null;
    return { original: split.original, start: seg.start + startOffset, end: seg.start + endOffset, text };
  }

  /** Ids of the highlights that overlap an anchor. */
  idsAt(anchor: Anchor): string[] {
    const split = this.splits.get(anchor.original);
    if (split === undefined) return [];
    const ids: string[] = [];
    for (const seg of split.segments) {
      if (seg.mark === null) continue;
      const end = seg.start + seg.node.data.length;
      if (seg.start < anchor.end && anchor.start < end) {
        const id = this.markIds.get(seg.mark);
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }

  /**
   * Wraps each anchor in a highlight element carrying `data-plens-claim="<id>"` and the given attributes
   * (`first` only on the first element; or, when `attrs` is a function, what it gives for the first and the
   * other elements). Anchors that no longer match the page's text, or that overlap an
   * existing highlight, are left out. Returns the elements made, in document order of the anchors given.
   */
  wrap(
    id: string,
    anchors: Anchor[],
    attrs: Record<string, string> | ((first: boolean) => Record<string, string>),
    first: Record<string, string> = {},
  ): HTMLElement[] {
    if (this.highlights.has(id)) throw new Error(`highlight ${id} already exists`);
    // Every attribute of a mark, in the order set: `attrs` (or what it gives), then `first` on the first.
    const attrsOf =
      typeof attrs === 'function' ? attrs : (isFirst: boolean) => (isFirst ? { ...attrs, ...first } : attrs);
    const marks: HTMLElement[] = [];
    const kept: Anchor[] = [];
    for (const anchor of anchors) {
      const mark = this.wrapOne(id, anchor, attrsOf(marks.length === 0));
      if (mark === null) continue;
      marks.push(mark);
      kept.push(anchor);
    }
    if (marks.length > 0) this.highlights.set(id, { marks, anchors: kept });
    return marks;
  }

  private wrapOne(id: string, anchor: Anchor, attrs: Record<string, string>): HTMLElement | null {
    const { original, start, end } = anchor;
    let split = this.splits.get(original);
    const fresh = split === undefined;
    if (split === undefined) {
      if (this.owners.has(original)) return null; // a node of ours, not an original
      split = { original, data: original.data, segments: [{ node: original, start: 0, mark: null }] };
    }
    const index = split.segments.findIndex((s) => s.start <= start && end <= s.start + s.node.data.length);
    if (index === -1) return null;
    const seg = split.segments[index];
    const node = seg.node;
    const parent = node.parentNode;
    const from = start - seg.start;
    const to = end - seg.start;
    if (seg.mark !== null || parent === null || node.data.slice(from, to) !== anchor.text) return null;

    const data = node.data;
    const next = node.nextSibling;
    const inner = this.doc.createTextNode(data.slice(from, to));
    const mark = this.doc.createElement(this.tagName);
    mark.setAttribute(CLAIM_ATTR, id);
    // Attributes go on before the mark is in the page: on an element in the document each one is a mutation
    // record for the page watch and a style invalidation (the highlight stylesheet selects on them).
    for (const [k, v] of Object.entries(attrs)) mark.setAttribute(k, v);
    this.markIds.set(mark, id);
    mark.appendChild(inner);
    parent.insertBefore(mark, next);
    const added: Segment[] = [{ node: inner, start, mark }];
    if (to < data.length) {
      const rest = this.doc.createTextNode(data.slice(to));
      parent.insertBefore(rest, next);
      added.push({ node: rest, start: end, mark: null });
    }
    node.data = data.slice(0, from);
    split.segments.splice(index + 1, 0, ...added);
    for (const s of added) this.owners.set(s.node, split);
    if (fresh) {
      this.splits.set(original, split);
      this.owners.set(original, split);
    }
    return mark;
  }

  /** Sets attributes on every element of a highlight. */
  setAttributes(id: string, attrs: Record<string, string>): void {
    for (const mark of this.marksOf(id)) for (const [k, v] of Object.entries(attrs)) mark.setAttribute(k, v);
  }

  /** Takes one highlight away; the text around it becomes whole again. */
  unwrap(id: string): void {
    const highlight = this.highlights.get(id);
    if (highlight === undefined) return;
    this.highlights.delete(id);
    const touched = new Set<Split>();
    for (const mark of highlight.marks) {
      this.markIds.delete(mark);
      const inner = mark.firstChild as Text | null;
      const split = inner ? this.owners.get(inner) : undefined;
      const seg = split?.segments.find((s) => s.mark === mark);
      if (split === undefined || seg === undefined) {
        mark.parentNode?.removeChild(mark);
        continue;
      }
      mark.parentNode?.insertBefore(seg.node, mark);
      mark.parentNode?.removeChild(mark);
      seg.mark = null;
      touched.add(split);
    }
    for (const split of touched) this.merge(split);
  }

  /** Joins neighbouring plain runs back into one node; forgets the split once it is whole again. */
  private merge(split: Split): void {
    const segs = split.segments;
    for (let i = 1; i < segs.length; ) {
      const prev = segs[i - 1];
      const cur = segs[i];
      if (prev.mark === null && cur.mark === null && prev.node.nextSibling === cur.node) {
        prev.node.data += cur.node.data;
        cur.node.parentNode?.removeChild(cur.node);
        this.owners.delete(cur.node);
        segs.splice(i, 1);
      } else {
        i++;
      }
    }
    if (segs.length === 1 && split.original.data === split.data) this.forget(split);
  }

  private forget(split: Split): void {
    for (const seg of split.segments) this.owners.delete(seg.node);
    this.splits.delete(split.original);
  }

  /**
   * The page changed the text of a node we split (a framework re-rendered it, say). Drops our nodes around
   * it; the page's node keeps the text the page gave it. Returns the ids of highlights that lost elements.
   */
  release(node: Text): string[] {
    const split = this.owners.get(node);
    if (split === undefined) return [];
    const lost = this.removeOurNodes(split);
    if (node !== split.original) split.original.data = split.data;
    this.forget(split);
    return this.dropMarks(lost);
  }

  /** Takes every highlight away and gives each page text node its text back. */
  clear(): void {
    for (const { marks } of this.highlights.values()) for (const mark of marks) this.markIds.delete(mark);
    for (const split of this.splits.values()) {
      this.removeOurNodes(split);
      split.original.data = split.data;
      this.forget(split);
    }
    this.splits.clear();
    this.highlights.clear();
  }

  private removeOurNodes(split: Split): HTMLElement[] {
    const marks: HTMLElement[] = [];
    for (const seg of split.segments.slice(1)) {
      const node = seg.mark ?? seg.node;
      node.parentNode?.removeChild(node);
      if (seg.mark !== null) marks.push(seg.mark);
    }
    split.segments.length = 1;
    return marks;
  }

  private dropMarks(marks: HTMLElement[]): string[] {
    const ids: string[] = [];
    for (const mark of marks) {
      const id = this.markIds.get(mark);
      this.markIds.delete(mark);
      const highlight = id === undefined ? undefined : this.highlights.get(id);
      if (id === undefined || highlight === undefined) continue;
      const at = highlight.marks.indexOf(mark);
      if (at !== -1) {
        highlight.marks.splice(at, 1);
        highlight.anchors.splice(at, 1);
      }
      if (highlight.marks.length === 0) this.highlights.delete(id);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }
}

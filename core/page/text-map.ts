// The extracted text of a page and an exact map from every character of it back to the DOM text node it came
// from, so a claim found at text offsets [start, end) can be highlighted on the live page.
import { isRegexSpace } from '../char-codes';
import type { Span, TableCell } from '../types';
import { ELEMENT_NODE, type Steps, runSteps, tagOf, walkSteps } from './dom';

/** `text[start, end)` is `node.data[nodeStart, nodeStart + (end - start))`, character for character. */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
}

export interface TextMap {
  /** Blocks separated by "\n\n"; whitespace inside a block collapsed to single spaces. */
  text: string;
  /** One span per block, in order; `text.slice(b.start, b.end)` has no leading or trailing whitespace. */
  blocks: Span[];
  /**
   * Sorted, non-overlapping. Every character of `text` except the "\n\n" block separators lies in exactly one
   * segment. A collapsed run of whitespace maps to its first character.
   */
  segments: TextSegment[];
  /** Table cells told with their row's first cell or their column's header (see TableCell). */
  cells: TableCell[];
}

export interface TextPiece {
  node: Text;
  startOffset: number;
  endOffset: number;
}

export interface BuildOptions {
  /** Leave out a text node (its whitespace still separates words). Default: keep all. */
  keepText?: (node: Text) => boolean;
}

/**
 * Elements that start and end a block. Everything else (a, em, strong, span, b, i, time, unknown custom
 * elements…) is inline and does not break text. `br` is a block boundary too: a line break is never inside
 * a sentence in news prose, and it keeps the invariant that blocks are separated by exactly "\n\n".
 */
const BLOCK_TAGS = new Set(
  `address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset figcaption
  figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol p pre search
  section summary table tbody td tfoot th thead tr ul xmp`.split(/\s+/),
);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** Whitespace that collapses: what JS `\s` matches, but the BOM, which renders as nothing (below). */
function isSpace(c: number): boolean {
  return c !== 0xfeff && isRegexSpace(c);
}

/** Characters that render as nothing and would only split words: soft hyphen, zero-width space, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * From a visible character: visible characters, and words joined by single plain spaces (neither isSpace nor
 * isInvisible; the BOM is in `\s`). Found by the regex engine in one step rather than character by character in
 * code that runs cold on every page: a paragraph of prose is one run.
 */
const VISIBLE_RUN = /[^\s\u00ad\u200b\u2060]+(?: [^\s\u00ad\u200b\u2060]+)*/y;

/**
 * Walks the text under `root` (one element or several, each its own block) in document order, leaving out
 * the subtree of every element for which `skip` is true.
 */
export function buildTextMap(
  root: Element | readonly Element[],
  skip: (el: Element) => boolean,
  options: BuildOptions = {},
): TextMap {
  return runSteps(buildTextMapSteps(root, skip, options));
}

/** `buildTextMap` in steps of a few hundred nodes, for a caller that reads a huge page a slice at a time. */
export function buildTextMapSteps(
  root: Element | readonly Element[],
  skip: (el: Element) => boolean,
  options: BuildOptions = {},
): Steps<TextMap> {
  const roots: readonly Element[] = Array.isArray(root) ? root : [root as Element];
  return buildTextMapOfSources([{ roots, skip, keepText: options.keepText }]);
}

/** Roots walked in order, each one its own block, leaving out what `skip` and `keepText` leave out. */
export interface TextSource extends BuildOptions {
  roots: readonly Element[];
  skip: (el: Element) => boolean;
}

/**
 * One text map of several sources in order, in one pass: the same map as building each source's map and
 * joining them with "\n\n", without the intermediate maps and their text (on a 20 MB page, garbage by the
 * megabyte, and garbage means GC pauses).
 */
export function* buildTextMapOfSources(sources: readonly TextSource[]): Steps<TextMap> {
  const { chunks, blocks, segments, cells } = yield* buildTextChunks(sources, Number.POSITIVE_INFINITY);
  return { text: chunks[0].text, blocks, segments, cells };
}

/** A run of whole blocks of a text map's text, from offset `start`. */
export interface TextChunk {
  start: number;
  text: string;
}

/**
 * A text map whose text is kept in chunks of whole blocks, joined by "\n\n" (the map's text is
 * `chunks.map((c) => c.text).join('\n\n')`, never built here): a 20 MB page's text then never exists as one
 * string, which took 20-30 ms to join in one piece and, allocated at once, forced a full collection.
 */
export interface ChunkedTextMap {
  /** In order; each ends at the end of a block, the next starts at the next block. At least one. */
  chunks: TextChunk[];
  blocks: Span[];
  segments: TextSegment[];
  cells: TableCell[];
}

/** A table being walked: its header row's cells, and the row being read (each cell's first block, or -1). */
interface OpenTable {
  header: number[] | null;
  row: number[];
  rowOfHeaders: boolean;
  inHead: boolean;
}

/** Builds the map of `sources` in chunks of at least `chunkChars` characters (the last one can be shorter). */
export function* buildTextChunks(sources: readonly TextSource[], chunkChars: number): Steps<ChunkedTextMap> {
  const chunks: TextChunk[] = [];
  let chunkStart = 0;
  let keepText: BuildOptions['keepText'];
  const parts: string[] = [];
  const blocks: Span[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let blockStart = 0;
  let pendingBreak = false;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  const cells: TableCell[] = [];
  const tables: OpenTable[] = [];
  // The cell being walked, until its first block starts: that block is the cell's.
  let openCell: { table: OpenTable; col: number } | null = null;

  const append = (node: Text, nodeStart: number, piece: string): void => {
    const last = segments[segments.length - 1];
    if (
      last !== undefined &&
      last.node === node &&
      last.end === length &&
      last.nodeStart + (last.end - last.start) === nodeStart
    ) {
      last.end += piece.length;
    } else {
      segments.push({ start: length, end: length + piece.length, node, nodeStart });
    }
    parts.push(piece);
    length += piece.length;
  };

  // Separators are written lazily, just before the next visible character, so blocks and the text are
  // trimmed without a second pass.
  const emit = (node: Text, from: number, to: number, data: string): void => {
    if (openCell !== null && (length === 0 || pendingBreak)) {
      // The block about to start is the one being written after the previous one is pushed below.
      openCell.table.row[openCell.col] = blocks.length + (length > 0 ? 1 : 0);
      openCell = null;
    }
    if (length > 0) {
      if (pendingBreak) {
        blocks.push({ start: blockStart, end: length });
        if (length - chunkStart >= chunkChars) {
          chunks.push({ start: chunkStart, text: parts.join('') });
          parts.length = 0;
          chunkStart = length + 2;
        } else {
          parts.push('\n\n');
        }
        length += 2;
        blockStart = length;
      } else if (spaceNode !== null) {
        append(spaceNode, spaceOffset, ' ');
      }
    }
    pendingBreak = false;
    spaceNode = null;
    append(node, from, data.slice(from, to));
  };

  const text = (node: Text): void => {
    if (keepText !== undefined && !keepText(node)) {
      if (spaceNode === null && !pendingBreak) markSpaceIfAny(node);
      return;
    }
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (spaceNode === null) {
          spaceNode = node;
          spaceOffset = i;
        }
        i++;
      } else if (isInvisible(c)) {
        i++;
      } else {
        // Take words joined by single plain spaces in one piece: they map one to one, and most prose is
        // like that, so the text is built from a few large slices rather than one per word.
        VISIBLE_RUN.lastIndex = i;
        const j = VISIBLE_RUN.test(data) ? VISIBLE_RUN.lastIndex : i + 1;
        emit(node, i, j, data);
        i = j;
      }
    }
  };

  // A left-out text node (keepText) is as if absent, except that its whitespace still separates words.
  const markSpaceIfAny = (node: Text): void => {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        spaceNode = node;
        spaceOffset = i;
        return;
      }
    }
  };

  const enter = (el: Element): void => {
    const tag = tagOf(el);
    if (!BLOCK_TAGS.has(tag)) return;
    pendingBreak = true;
    const table = tables[tables.length - 1];
    if (tag === 'table') tables.push({ header: null, row: [], rowOfHeaders: true, inHead: false });
    else if (table === undefined) return;
    else if (tag === 'thead') table.inHead = true;
    else if (tag === 'tr') {
      table.row = [];
      table.rowOfHeaders = true;
    } else if (tag === 'td' || tag === 'th') {
      if (tag === 'td') table.rowOfHeaders = false;
      openCell = { table, col: table.row.length };
      table.row.push(-1);
    }
  };
  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (!BLOCK_TAGS.has(tag)) return;
    pendingBreak = true;
    const table = tables[tables.length - 1];
    if (table === undefined) return;
    if (tag === 'table') tables.pop();
    else if (tag === 'thead') table.inHead = false;
    else if (tag === 'td' || tag === 'th') openCell = null;
    else if (tag === 'tr') rowRead(table);
  };
  // A header row (in a thead, or all th cells, before any other row) heads the columns; every other row's cells
  // after the first are told with the row's first cell and their column's header.
  const rowRead = (table: OpenTable): void => {
    const { row } = table;
    if (table.header === null && (table.inHead || table.rowOfHeaders)) {
      table.header = row;
      return;
    }
    for (let col = 1; col < row.length; col++) {
      const block = row[col];
      const colHead = table.header?.[col] ?? -1;
      if (block >= 0 && (row[0] >= 0 || colHead >= 0)) cells.push({ block, rowHead: row[0], colHead });
    }
  };

  for (const source of sources) {
    keepText = source.keepText;
    for (const r of source.roots) {
      pendingBreak = true;
      if (r.nodeType === ELEMENT_NODE) yield* walkSteps(r, source.skip, { text, enter, leave });
      pendingBreak = true;
    }
  }
  if (length > blockStart) blocks.push({ start: blockStart, end: length });
  chunks.push({ start: chunkStart, text: parts.join('') });
  return { chunks, blocks, segments, cells };
}

/** Index of the first segment whose end is after `offset` (segments.length when none). */
function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pieces of text nodes that cover text[start, end), in document order, one piece per text node: a piece
 * runs from the node's first to its last covered character, so whitespace collapsed away inside a node is
 * covered too and a highlight has no holes. Block separators map to nothing. Empty for an empty range.
 */
export function rangesFor(map: TextMap, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const { segments } = map;
  for (let i = firstSegmentEndingAfter(segments, start); i < segments.length; i++) {
    const seg = segments[i];
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    if (to <= from) continue;
    const startOffset = seg.nodeStart + (from - seg.start);
    const endOffset = seg.nodeStart + (to - seg.start);
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.node === seg.node) last.endOffset = endOffset;
    else pieces.push({ node: seg.node, startOffset, endOffset });
  }
  return pieces;
}

/** First segment index of each node, built on first use of `offsetOf` only. */
const nodeIndexes = new WeakMap<TextMap, Map<Text, number>>();

function nodeIndex(map: TextMap): Map<Text, number> {
  let index = nodeIndexes.get(map);
  if (index === undefined) {
    index = new Map();
    for (let i = 0; i < map.segments.length; i++) {
      const node = map.segments[i].node;
      if (!index.has(node)) index.set(node, i);
    }
    nodeIndexes.set(map, index);
  }
  return index;
}

/**
 * The text offset of a DOM position (a text node and an offset in its data), e.g. the ends of a user's
 * selection. A position inside collapsed whitespace maps to the next extracted character (or just after
 * the node's last one). Null when the node contributed nothing to the text (chrome, hidden, not in the article).
 */
export function offsetOf(map: TextMap, node: Text, offsetInNode: number): number | null {
  const first = nodeIndex(map).get(node);
  if (first === undefined) return null;
  const { segments } = map;
  let i = first;
  for (; i < segments.length && segments[i].node === node; i++) {
    const seg = segments[i];
    const len = seg.end - seg.start;
    if (offsetInNode < seg.nodeStart) return seg.start;
    if (offsetInNode < seg.nodeStart + len) return seg.start + (offsetInNode - seg.nodeStart);
  }
  return segments[i - 1].end;
}

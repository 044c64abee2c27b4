// Which palette a highlight needs: the one for the background actually behind it on the page, not the one the
// system theme suggests (a white news page stays white in a dark-mode system, and dark-theme colours on it fade).
import { type Rgba, luminance, over, parseColor } from './contrast';

export type PageTheme = 'light' | 'dark';

const WHITE: Rgba = [255, 255, 255, 1];
const CANVAS_DARK: Rgba = [18, 18, 18, 1];

/**
 * Backgrounds already read, for one pass over many highlights: paragraphs share their ancestors, and each
 * computed style read is a style look-up.
 */
export interface BackgroundMemo {
  colors: Map<Element, Rgba | null>;
  canvas?: Rgba;
}

export function newBackgroundMemo(): BackgroundMemo {
  return { colors: new Map() };
}

/**
 * The opaque colour behind `el`: its nearest backgrounds, painted over each other up to the root, over the
 * canvas (dark only when the page itself asks for a dark colour scheme).
 */
export function backgroundBehind(el: Element, memo: BackgroundMemo = newBackgroundMemo()): Rgba {
  const view = el.ownerDocument.defaultView;
  // A DOM without style (linkedom in the CLI and tests) has no background to read.
  if (!view || typeof view.getComputedStyle !== 'function') return WHITE;
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    let color = memo.colors.get(node);
    if (color === undefined) {
      color = parseColor(view.getComputedStyle(node).backgroundColor);
      memo.colors.set(node, color);
    }
    if (color && color[3] > 0) {
      layers.push(color);
      if (color[3] >= 1) break;
    }
  }
  memo.canvas ??= canvasOf(el.ownerDocument, view);
  let base = memo.canvas;
  for (const layer of layers.reverse()) base = over(layer, base);
  return base;
}

function canvasOf(doc: Document, view: Window): Rgba {
  const root = doc.documentElement;
  const scheme = root ? view.getComputedStyle(root).colorScheme : '';
  return /\bdark\b/.test(scheme ?? '') && !/\blight\b/.test(scheme ?? '') ? CANVAS_DARK : WHITE;
}

/** Light text needs a dark background: below this luminance, the dark palette reads better. */
export function themeFor(background: Rgba): PageTheme {
  return luminance(background) < 0.2 ? 'dark' : 'light';
}

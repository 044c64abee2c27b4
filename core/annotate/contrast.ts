// WCAG 2 contrast between two colours, and the parsing of the colours browsers report (`rgb()`, `rgba()`,
// `#rrggbb`). Used to pick highlight colours for the page's own background and, in tests, to measure them.

export type Rgba = [number, number, number, number];

/** A CSS colour as the browser computes it, or a hex colour; null when it is neither. */
export function parseColor(css: string): Rgba | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return [Number.parseInt(hex[1], 16), Number.parseInt(hex[2], 16), Number.parseInt(hex[3], 16), 1];
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(css.trim());
  if (!fn) return null;
  const alpha =
    fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number.parseFloat(fn[4]) / 100 : Number(fn[4]);
  return [Number(fn[1]), Number(fn[2]), Number(fn[3]), alpha];
}

/** Relative luminance (WCAG 2.x) of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** Contrast ratio 1..21 between a colour and the opaque background it is drawn on. */
export function contrastRatio(fg: Rgba | string, bg: Rgba | string): number {
  const b = typeof bg === 'string' ? parseColor(bg) : bg;
  const f = typeof fg === 'string' ? parseColor(fg) : fg;
  if (!b || !f) throw new Error(`not a colour: ${String(fg)} on ${String(bg)}`);
  const [hi, lo] = [luminance(over(f, b)), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

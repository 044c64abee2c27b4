// Libraries the annotator needs only now and then, handed over from lens-libs.js (entrypoints/lens-libs.content)
// to lens.js. The background injects both into the page's isolated world, lens-libs.js first, so the hand-over
// is a property of that world's global object: the page's own scripts never see it.
import type { Readability } from '@mozilla/readability';

export interface LensLibs {
  Readability: typeof Readability;
}

const KEY = Symbol.for('partnership-lens.libs');

/** Called by lens-libs.js. A second injection (an extension reload on an open page) replaces the first. */
export function provideLensLibs(libs: LensLibs): void {
  (globalThis as Record<symbol, unknown>)[KEY] = Object.freeze({ ...libs });
}

/** What lens-libs.js provided, if it ran. */
export function lensLibs(): LensLibs | undefined {
  return (globalThis as Record<symbol, LensLibs | undefined>)[KEY];
}

// lens.js's '@mozilla/readability': the build aliases the package to this file (wxt.config.ts), so the annotator
// uses the class lens-libs.js provided instead of carrying the library in its own, eagerly compiled, bundle.
// Without it (lens-libs.js did not run), constructing one throws, which core/page/readability-fallback reads as
// "Readability could not help" and the whole body is read.
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { lensLibs } from './lens-libs';

class Missing {
  constructor() {
    throw new Error('Readability was not provided (lens-libs.js did not run)');
  }
}

export const Readability: typeof ReadabilityClass =
  lensLibs()?.Readability ?? (Missing as unknown as typeof ReadabilityClass);

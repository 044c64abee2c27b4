// The sizes a page scan works in (core/annotate/page-scan), shared with the engine's part of it (core/annotate/
// judge-here) in a module of their own: the engine's script then bundles no copy of the page reader.

/** Above this much body text (characters) a page is read in windows. A long article has ~60,000. */
export const WINDOWED_ABOVE = 250_000;
/** Text per window when finding a huge page's sentences: ICU segmentation takes ~1 ms per 10,000 characters. */
export const SENTENCE_WINDOW_CHARS = 16_000;
/**
 * Judging time per slice, ms. Short: a slice ends after the sentence that crosses it, and a sentence judged
 * for the first time on a page (the engine's regexes and code still cold) can take a few ms on its own.
 */
export const JUDGE_SLICE_MS = 5;

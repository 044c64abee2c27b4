// The secret the highlight stylesheet is keyed on (core/annotate/styles highlightCss), made for each injection.
// The background makes it, adds the stylesheet keyed on it, and hands it to the annotator through the
// extension's isolated world (a global the page cannot see) just before loading the annotator.

/** Where the background leaves the key, in the content scripts' isolated world. */
export const KEY_GLOBAL = '__plensHighlightKey';

/** A fresh key: 32 hex digits from the platform's cryptographic random source. */
export function newHighlightKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The key the background left for this injection, or null (the stylesheet then matches no highlight). */
export function highlightKeyOfInjection(): string | null {
  const key = (globalThis as Record<string, unknown>)[KEY_GLOBAL];
  return typeof key === 'string' && /^[0-9a-f]{32}$/.test(key) ? key : null;
}

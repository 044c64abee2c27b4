// The secret the highlight stylesheet is keyed on (core/annotate/styles highlightCss), made by each annotator
// for itself in the extension's isolated world (the page cannot see it before our highlights carry it). The
// annotator sends it to the background, which adds the stylesheet keyed on it (inject-lens onLensStyle).

/** A fresh key: 32 hex digits from the platform's cryptographic random source. */
export function newHighlightKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Stylesheets of the highlights (added to the page by the browser, outside its DOM) and of the card (inside
// its shadow root). Status is told by a symbol and an underline style as well as by colour.

export const HIGHLIGHT_STYLES = ['underline', 'tint'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HIGHLIGHT_STYLE_LABEL: Record<HighlightStyle, string> = {
  underline: 'Underline (symbol and line style per status)',
  tint: 'Tinted background (symbol, line style and a soft colour per status)',
};

/** A key is a run of letters and digits (it goes into a selector). */
const KEY = /^[A-Za-z0-9]{8,64}$/;

/**
 * Page stylesheet; every rule is scoped to our highlight elements. With a `key` (a secret made for each
 * injection, core/annotate/claim-annotator KEY_ATTR), only elements carrying it are styled: markup the page
 * wrote itself (`<mark data-plens-claim data-plens-status="supported">`) gets none of our styling, so it
 * cannot pass for a verdict of ours. Without a key (the options page's sample) any highlight markup is styled.
 */
export function highlightCss(key?: string): string {
  if (key !== undefined && !KEY.test(key)) throw new Error('highlight key must be 8-64 letters or digits');
  const M = key === undefined ? 'mark[data-plens-claim]' : `mark[data-plens-claim][data-plens-key="${key}"]`;
  return `
${M} {
  background: transparent !important;
  color: inherit !important;
  padding: 0 !important;
  margin: 0 !important;
  font: inherit !important;
  text-decoration-line: underline !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.2em !important;
  text-decoration-skip-ink: none !important;
  border-radius: 2px;
  cursor: help;
  --plens-supported: #1f7a33;
  --plens-outdated: #a34f00;
  --plens-contradicted: #c0262d;
  --plens-unverified: #4f5bb5;
}
${M}[data-plens-status="supported"] { text-decoration-style: solid !important; text-decoration-color: var(--plens-supported) !important; }
${M}[data-plens-status="outdated"] { text-decoration-style: dashed !important; text-decoration-color: var(--plens-outdated) !important; }
${M}[data-plens-status="contradicted"] { text-decoration-style: wavy !important; text-decoration-color: var(--plens-contradicted) !important; }
${M}[data-plens-status="unverified"] { text-decoration-style: dotted !important; text-decoration-color: var(--plens-unverified) !important; }
${M}[data-plens-first]::before {
  font-size: 0.8em;
  font-weight: 700;
  margin-inline-end: 0.15em;
  text-decoration: none !important;
  display: inline-block;
}
${M}[data-plens-first][data-plens-status="supported"]::before { content: "\\2713"; content: "\\2713" / ""; color: var(--plens-supported); }
${M}[data-plens-first][data-plens-status="outdated"]::before { content: "\\27F3"; content: "\\27F3" / ""; color: var(--plens-outdated); }
${M}[data-plens-first][data-plens-status="contradicted"]::before { content: "\\2717"; content: "\\2717" / ""; color: var(--plens-contradicted); }
${M}[data-plens-first][data-plens-status="unverified"]::before { content: "?"; content: "?" / ""; color: var(--plens-unverified); }
${M}[data-plens-style="tint"][data-plens-status="supported"] { background: rgba(31, 122, 51, 0.12) !important; }
${M}[data-plens-style="tint"][data-plens-status="outdated"] { background: rgba(214, 120, 0, 0.16) !important; }
${M}[data-plens-style="tint"][data-plens-status="contradicted"] { background: rgba(192, 38, 45, 0.13) !important; }
${M}[data-plens-style="tint"][data-plens-status="unverified"] { background: rgba(79, 91, 181, 0.13) !important; }
${M}:focus-visible { outline: 2px solid #0b57d0 !important; outline-offset: 2px !important; }
${M}[data-plens-flash] { animation: plens-flash 1.8s ease-out 1; }
@keyframes plens-flash {
  0%, 35% { background-color: rgba(255, 200, 0, 0.55); box-shadow: 0 0 0 3px rgba(255, 200, 0, 0.55); }
  100% { background-color: transparent; box-shadow: none; }
}
@media (prefers-color-scheme: dark) {
  ${M} {
    --plens-supported: #5cc97a;
    --plens-outdated: #f0a050;
    --plens-contradicted: #ff7b7b;
    --plens-unverified: #a4aefc;
  }
  ${M}:focus-visible { outline-color: #8ab4f8 !important; }
}
@media (prefers-reduced-motion: reduce) {
  ${M}[data-plens-flash] { animation: none; outline: 3px solid #e0a800 !important; outline-offset: 2px !important; }
}
`;
}

/** The stylesheet without a key: for the extension's own pages (the options page's sample highlights). */
export const HIGHLIGHT_CSS = highlightCss();

/** Card stylesheet (inside the shadow root, so the page's CSS cannot reach it). */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  margin: 0;
  padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328;
  background: #ffffff;
  border: 1px solid #c8cdd3;
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  text-align: start;
}
.card[hidden] { display: none; }
.status { display: flex; align-items: baseline; gap: 6px; margin: 0 0 6px; font-size: 15px; font-weight: 650; }
.symbol { font-weight: 700; }
.card[data-status="supported"] .status { color: #1a6b2c; }
.card[data-status="outdated"] .status { color: #8f4500; }
.card[data-status="contradicted"] .status { color: #b0222a; }
.card[data-status="unverified"] .status { color: #444fa3; }
p { margin: 0 0 8px; }
dl { margin: 0 0 8px; }
dt { color: #57606a; font-size: 12px; font-weight: 600; }
dd { margin: 0 0 6px; }
a { color: #0b57d0; text-decoration: underline; }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; border-radius: 2px; }
.stamp { margin: 0; font-size: 12px; color: #57606a; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e8eb; background: #1f2227; border-color: #3d434b; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .card[data-status="supported"] .status { color: #6bd68a; }
  .card[data-status="outdated"] .status { color: #f4ab5f; }
  .card[data-status="contradicted"] .status { color: #ff8a8a; }
  .card[data-status="unverified"] .status { color: #b1b9ff; }
  dt, .stamp { color: #a7b0ba; }
  a { color: #8ab4f8; }
  a:focus-visible { outline-color: #8ab4f8; }
}
`;

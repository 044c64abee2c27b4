// Stylesheets of the highlights (added to the page by the browser, outside its DOM) and of the card (inside
// its shadow root). Status is told by a symbol and a line style as well as by colour. Claims that need a
// second look (outdated, contradicted, unverified) stand out; supported ones stay quiet unless the reader asks.
// Colours follow the background actually behind a highlight (`data-plens-theme`, set by the annotator from
// core/annotate/page-theme.ts), never the system theme: tests/unit/annotate/palette.test.ts checks every pair.
import type { Status } from '../types';
import type { PageTheme } from './page-theme';

export const HIGHLIGHT_STYLES = ['underline', 'tint'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HIGHLIGHT_STYLE_LABEL: Record<HighlightStyle, string> = {
  underline: 'Underline (symbol and line style per status)',
  tint: 'Tinted background (symbol, line style and a soft colour per status)',
};

/** How supported claims show: a thin quiet line (default), like the others, or not at all. */
export const SUPPORTED_DISPLAYS = ['quiet', 'full', 'hidden'] as const;
export type SupportedDisplay = (typeof SUPPORTED_DISPLAYS)[number];

export const SUPPORTED_DISPLAY_LABEL: Record<SupportedDisplay, string> = {
  quiet: 'Quiet: a thin grey line, so the claims that need attention stand out',
  full: 'Fully: symbol and coloured line, like the other statuses',
  hidden: 'Not at all (they are still listed in the popup)',
};

/** Line and symbol colours per page theme; `quiet` is the thin line of supported claims by default. */
export const MARK_PALETTE: Record<PageTheme, Record<Status | 'quiet', string>> = {
  light: {
    supported: '#1f7a33',
    outdated: '#a34f00',
    contradicted: '#c0262d',
    unverified: '#4f5bb5',
    quiet: '#7d8b82',
  },
  dark: {
    supported: '#5cc97a',
    outdated: '#f0a050',
    contradicted: '#ff7b7b',
    unverified: '#a4aefc',
    quiet: '#738679',
  },
};

const LINE: Record<Status, string> = {
  supported: 'solid',
  outdated: 'dashed',
  contradicted: 'wavy',
  unverified: 'dotted',
};

/** The symbol, then a word joiner (U+2060): the symbol never ends a line apart from the words it marks. */
const SYMBOL_CONTENT: Record<Status, string> = {
  supported: '"\\2713\\2060"',
  outdated: '"\\27F3\\2060"',
  contradicted: '"\\2717\\2060"',
  unverified: '"?\\2060"',
};

const TINT: Record<Status, string> = {
  supported: 'rgba(31, 122, 51, 0.12)',
  outdated: 'rgba(214, 120, 0, 0.16)',
  contradicted: 'rgba(192, 38, 45, 0.13)',
  unverified: 'rgba(79, 91, 181, 0.13)',
};

const STATUSES: Status[] = ['supported', 'outdated', 'contradicted', 'unverified'];

function palette(M: string, theme: PageTheme): string {
  const p = MARK_PALETTE[theme];
  const scope = theme === 'dark' ? `${M}[data-plens-theme="dark"]` : M;
  return `${scope} {
  --plens-supported: ${p.supported};
  --plens-outdated: ${p.outdated};
  --plens-contradicted: ${p.contradicted};
  --plens-unverified: ${p.unverified};
  --plens-quiet: ${p.quiet};
  --plens-focus: ${theme === 'dark' ? '#8ab4f8' : '#0b57d0'};
}`;
}

/** A key is a run of letters and digits (it goes into a selector). */
const KEY = /^[A-Za-z0-9]{8,64}$/;

/**
 * Page stylesheet; every rule is scoped to our highlight elements. With a `key` (a secret made for each
 * injection), only elements carrying it in `data-plens-key` are styled, so markup the page wrote itself cannot
 * pass for a verdict of ours. Without a key (the options page's sample) any highlight markup is styled.
 */
export function highlightCss(key?: string): string {
  if (key !== undefined && !KEY.test(key)) throw new Error('highlight key must be 8-64 letters or digits');
  const M = key === undefined ? 'mark[data-plens-claim]' : `mark[data-plens-claim][data-plens-key="${key}"]`;
  const S = (status: Status) => `${M}[data-plens-status="${status}"]`;
  const QUIET = `${S('supported')}:not([data-plens-supported="full"])`;
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
}
${palette(M, 'light')}
${palette(M, 'dark')}
${STATUSES.map((s) => `${S(s)} { text-decoration-style: ${LINE[s]} !important; text-decoration-color: var(--plens-${s}) !important; }`).join('\n')}
${M}[data-plens-first]::before {
  font-size: 0.8em;
  font-weight: 700;
  margin-inline-end: 0.15em;
}
${STATUSES.map((s) => `${S(s)}[data-plens-first]::before { content: ${SYMBOL_CONTENT[s]}; content: ${SYMBOL_CONTENT[s]} / ""; color: var(--plens-${s}); }`).join('\n')}
${STATUSES.map((s) => `${S(s)}[data-plens-style="tint"] { background: ${TINT[s]} !important; }`).join('\n')}
${QUIET} {
  text-decoration-thickness: 1px !important;
  text-decoration-color: var(--plens-quiet) !important;
  background: transparent !important;
}
${QUIET}[data-plens-first]::before { content: none; }
${S('supported')}[data-plens-supported="hidden"] { text-decoration-line: none !important; cursor: inherit; }
${M}:focus-visible { outline: 2px solid var(--plens-focus) !important; outline-offset: 2px !important; }
${M}[data-plens-flash] { animation: plens-flash 1.8s ease-out 1; }
@keyframes plens-flash {
  0%, 35% { background-color: rgba(255, 200, 0, 0.55); box-shadow: 0 0 0 3px rgba(255, 200, 0, 0.55); }
  100% { background-color: transparent; box-shadow: none; }
}
@media (prefers-reduced-motion: reduce) {
  ${M}[data-plens-flash] { animation: none; outline: 3px solid #e0a800 !important; outline-offset: 2px !important; }
}
`;
}

/** The stylesheet without a key: for the extension's own pages and until pages get a keyed one. */
export const HIGHLIGHT_CSS = highlightCss();

/** Card colours per theme: text, muted text and each status on the card's own background. */
export const CARD_PALETTE: Record<
  PageTheme,
  Record<Status | 'text' | 'muted' | 'link' | 'bg' | 'border', string>
> = {
  light: {
    bg: '#ffffff',
    border: '#8c959f',
    text: '#1f2328',
    muted: '#57606a',
    link: '#0b57d0',
    supported: '#1a6b2c',
    outdated: '#8f4500',
    contradicted: '#b0222a',
    unverified: '#444fa3',
  },
  dark: {
    bg: '#1f2227',
    border: '#6e7681',
    text: '#e6e8eb',
    muted: '#a7b0ba',
    link: '#8ab4f8',
    supported: '#6bd68a',
    outdated: '#f4ab5f',
    contradicted: '#ff8a8a',
    unverified: '#b1b9ff',
  },
};

function cardTheme(theme: PageTheme): string {
  const p = CARD_PALETTE[theme];
  const scope = theme === 'dark' ? '.card[data-theme="dark"]' : '.card';
  return `${scope} {
  --bg: ${p.bg}; --border: ${p.border}; --text: ${p.text}; --muted: ${p.muted}; --link: ${p.link};
  --supported: ${p.supported}; --outdated: ${p.outdated}; --contradicted: ${p.contradicted}; --unverified: ${p.unverified};
  color-scheme: ${theme};
}`;
}

/** Card stylesheet (inside the shadow root, so the page's CSS cannot reach it). */
export const CARD_CSS = `
:host { all: initial; }
${cardTheme('light')}
${cardTheme('dark')}
.card {
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: max-content;
  max-width: min(400px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow-y: auto;
  overscroll-behavior: contain;
  margin: 0;
  padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--text);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  text-align: start;
}
.card[hidden] { display: none; }
.verdict + .verdict { border-top: 1px solid var(--border); margin-top: 10px; padding-top: 10px; }
.status { display: flex; align-items: baseline; gap: 6px; margin: 0; font-size: 15px; font-weight: 650; }
.symbol { font-weight: 700; }
.verdict[data-status="supported"] .status { color: var(--supported); }
.verdict[data-status="outdated"] .status { color: var(--outdated); }
.verdict[data-status="contradicted"] .status { color: var(--contradicted); }
.verdict[data-status="unverified"] .status { color: var(--unverified); }
.partnership { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.count { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
p { margin: 0 0 6px; }
.now, .published { margin: 0 0 6px; }
.label { font-weight: 650; }
dl { margin: 4px 0 0; }
dt { color: var(--muted); font-size: 12px; font-weight: 600; }
dd { margin: 0 0 6px; }
details { margin: 4px 0 0; }
summary { cursor: pointer; color: var(--muted); font-size: 12px; font-weight: 600; }
a, button.timeline { color: var(--link); text-decoration: underline; }
button.timeline { font: inherit; font-size: 13px; background: none; border: 0; padding: 0; cursor: pointer; }
a:focus-visible, button:focus-visible, summary:focus-visible {
  outline: 2px solid var(--link); outline-offset: 2px; border-radius: 2px;
}
.source { margin: 0 0 4px; }
.stamp { margin: 8px 0 0; font-size: 12px; color: var(--muted); }
`;

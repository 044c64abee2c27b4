// The element the card lives in, made so that the page can neither read, rewrite nor pre-empt it:
// - a plain <div> (a page can register a custom element under any name it guesses, never a built-in one),
//   created with this content script's own DOM functions (the isolated world: page overrides do not apply);
// - a closed shadow root: page script gets null from `host.shadowRoot`, so it cannot read the card or turn a
//   "Contradicted" into a "Supported" (our code keeps the only reference);
// - its own look pinned by an inline style with !important, which no author stylesheet rule can override
//   (`div { display: none !important }` on the page leaves it alone); inside, the card's stylesheet.

/** Inline style of the host: nothing of the page's CSS applies, and it takes no room in the page's layout. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'visibility: visible',
  'opacity: 1',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

export interface CardHost {
  host: HTMLElement;
  /** Where the card goes (inside the closed shadow root). */
  container: HTMLElement;
  /** Puts the host back at the end of the page when the page took it out. */
  attach(): void;
  remove(): void;
}

export function createCardHost(
  doc: Document,
  opts: { css: string; isolateEvents: readonly string[] },
): CardHost {
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // No `:host { … !important }` in here: important rules inside a shadow tree beat the host's inline style.
  style.textContent = opts.css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys and clicks inside the card are ours: the page's shortcuts and outside-click handlers stay quiet.
  for (const type of opts.isolateEvents) container.addEventListener(type, (e) => e.stopPropagation());
  const attach = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    const parent = doc.body ?? doc.documentElement;
    if (host.parentNode !== parent || host.nextSibling !== null) parent.appendChild(host);
  };
  return { host, container, attach, remove: () => host.remove() };
}

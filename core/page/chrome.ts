// Which elements never carry article text: site chrome, embedded code and widgets, and hidden content.
import { tagOf } from './dom';

/** Elements whose content is never article prose (code, media, form controls, document metadata). */
const NON_CONTENT = new Set(
  `script style noscript template svg math iframe button select textarea input head title meta link object
  embed canvas audio video dialog`.split(/\s+/),
);

/** Navigation and complementary content are chrome wherever they sit, even inside the article. */
const ALWAYS_CHROME = new Set(['nav', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menubar']);

/**
 * `header`/`footer` are the page's banner/contentinfo only when no sectioning element encloses them
 * (HTML-AAM); inside an article they hold its headline, byline or notes, which we keep.
 */
const SECTIONING = 'article, aside, main, nav, section, [role=article], [role=main], [role=region]';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Containers of the article itself; see isHidden. */
const ARTICLE_CONTAINERS = 'article, main, [role=main], [itemprop=articleBody]';

/**
 * `hidden`, an inline display:none/visibility:hidden, or aria-hidden="true". Modal libraries set aria-hidden
 * on the whole app while a dialog (cookie consent…) is open, so aria-hidden on an element that holds the
 * article's container does not count.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() !== 'true') return false;
  return el.querySelector(ARTICLE_CONTAINERS) === null;
}

function isSiteHeaderOrFooter(el: Element, tag: string): boolean {
  if (tag !== 'header' && tag !== 'footer') return false;
  const parent = el.parentElement;
  return parent === null || parent.closest(SECTIONING) === null;
}

/** Site chrome: navigation, asides, and headers/footers of the whole page (by element or ARIA role). */
export function isChrome(el: Element): boolean {
  const tag = tagOf(el);
  if (ALWAYS_CHROME.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  return isSiteHeaderOrFooter(el, tag);
}

/**
 * A <form> is a widget (newsletter sign-up, search, comments box) unless it wraps the page: ASP.NET-style
 * sites put the whole body, article included, inside one form.
 */
function isWidgetForm(el: Element): boolean {
  const parent = tagOf(el.parentElement ?? el);
  if (parent === 'body' || parent === 'html') return false;
  return el.querySelector(`${ARTICLE_CONTAINERS}, h1`) === null;
}

/** The default `skip` of the page reader: true for an element whose whole subtree is left out. */
export function isExcluded(el: Element): boolean {
  const tag = tagOf(el);
  if (NON_CONTENT.has(tag) || (tag === 'form' && isWidgetForm(el))) return true;
  return isChrome(el) || isHidden(el);
}

/** True when `el` or one of its ancestors is excluded: for elements found by a query, not by the walk. */
export function isInExcluded(el: Element): boolean {
  for (let cur: Element | null = el; cur !== null; cur = cur.parentElement) {
    if (isExcluded(cur)) return true;
  }
  return false;
}

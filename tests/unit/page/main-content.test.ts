import { describe, expect, it } from 'vitest';
import { isChrome, isExcluded, isHidden, isInExcluded } from '../../../core/page/chrome';
import { findDetachedHeadline } from '../../../core/page/headline';
import { findMainContent } from '../../../core/page/main-content';
import { pickWithReadability } from '../../../core/page/readability-fallback';
import { buildTextMap } from '../../../core/page/text-map';
import { doc, expectExactSegments, fixture, page } from './helpers';

const LONG =
  'Microsoft invested one billion dollars in OpenAI in 2019 and built supercomputers on Azure. '.repeat(8);

function textOf(d: Document): string {
  const main = findMainContent(d);
  return buildTextMap(main.roots, main.skip, { keepText: main.keepText }).text;
}

describe('isChrome / isHidden / isExcluded / isInExcluded', () => {
  const d = page(
    '<header id="site"><h1>Logo</h1></header><nav id="n">x</nav><aside id="a">x</aside><div role="navigation" id="rn">x</div>' +
      '<div role="complementary" id="rc">x</div><div role="contentinfo" id="ri">x</div><div role="banner" id="rb">x</div>' +
      '<article><header id="ah"><h1>Headline</h1></header><p id="p">x <span id="s">y</span></p><footer id="af">z</footer></article>' +
      '<footer id="sf">x</footer><p hidden id="h1">x</p><p aria-hidden="true" id="h2">x</p><p style="display: none" id="h3">x</p>' +
      '<p aria-hidden="false" id="v1">x</p><script id="sc"></script><div><form id="fo"><input id="in"></form></div>',
  );
  const el = (id: string) => d.getElementById(id)!;

  it('treats navigation, asides and page-level headers/footers as chrome', () => {
    for (const id of ['site', 'n', 'a', 'rn', 'rc', 'ri', 'rb', 'sf'])
      expect(isChrome(el(id)), id).toBe(true);
  });

  it('keeps an article header and footer (its headline and notes)', () => {
    for (const id of ['ah', 'af', 'p']) expect(isChrome(el(id)), id).toBe(false);
  });

  it('recognises hidden elements', () => {
    for (const id of ['h1', 'h2', 'h3']) expect(isHidden(el(id)), id).toBe(true);
    expect(isHidden(el('v1'))).toBe(false);
  });

  it('ignores aria-hidden on an app root that a modal hid', () => {
    const d = page(
      `<div id="app" aria-hidden="true"><article><p>${LONG}</p></article></div><div role="dialog">Cookies?</div>`,
    );
    expect(isHidden(d.getElementById('app')!)).toBe(false);
    expect(textOf(d)).toContain('Microsoft invested one billion dollars');
  });

  it('excludes code, forms and controls as well as chrome and hidden content', () => {
    for (const id of ['sc', 'fo', 'in', 'n', 'h2']) expect(isExcluded(el(id)), id).toBe(true);
    expect(isExcluded(el('p'))).toBe(false);
  });

  it('keeps a form that wraps the whole page (ASP.NET style) but not a widget form', () => {
    const wrapped = page(
      `<form id="aspnet"><nav>Menu</nav><article><h1>H</h1><p>${LONG}</p></article></form>`,
    );
    expect(isExcluded(wrapped.getElementById('aspnet')!)).toBe(false);
    expect(textOf(wrapped)).toContain('Microsoft invested one billion dollars');
    expect(textOf(wrapped)).not.toContain('Menu');
    expect(isExcluded(el('fo'))).toBe(true);
    const nested = page('<div><form id="f"><p>Sign up for our newsletter.</p></form></div>');
    expect(isExcluded(nested.getElementById('f')!)).toBe(true);
  });

  it('isInExcluded looks at ancestors', () => {
    expect(isInExcluded(d.querySelector('#site h1')!)).toBe(true);
    expect(isInExcluded(el('s'))).toBe(false);
  });
});

describe('findMainContent', () => {
  it('prefers the article with most text and leaves chrome out', () => {
    const d = doc(fixture('news-article.html'));
    const main = findMainContent(d);
    expect(main.method).toBe('article');
    expect(main.roots).toEqual([d.querySelector('article')]);
    const text = textOf(d);
    expect(text.startsWith('Inside the Microsoft & OpenAI deal')).toBe(true);
    for (const chrome of [
      'World desk',
      'Gadget desk',
      'Breaking banner',
      'Trending elsewhere',
      'Ten recipes',
      'Copyright notice',
      'Privacy policy',
      'pull quote',
      'Hidden advertisement',
      'Decorative duplicate',
      'Collapsed teaser',
      'injected script',
      'enable scripts',
      'Newsletter signup',
      'Sign up now',
      "editor's comment",
      'analytics',
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('picks the largest of several articles', () => {
    const d = page(
      `<article id="small"><p>Teaser text.</p></article><article id="big"><p>${LONG}</p></article>`,
    );
    expect(findMainContent(d).roots).toEqual([d.getElementById('big')]);
  });

  it('falls through from tiny teaser articles to the articleBody, keeping the headline above it', () => {
    const d = doc(fixture('time-byline.html'));
    const main = findMainContent(d);
    expect(main.method).toBe('articleBody');
    expect(main.roots).toEqual([d.querySelector('h1'), d.querySelector('[itemprop=articleBody]')]);
    const text = textOf(d);
    expect(text.startsWith('Azure exclusivity ends\n\nOn July 22, 2019')).toBe(true);
    for (const chrome of ['Front page', 'archive date', 'Earlier coverage', 'Footer text'])
      expect(text).not.toContain(chrome);
  });

  it('uses <main>, then [role=main], then the body', () => {
    expect(findMainContent(doc(fixture('jsonld-array.html'))).method).toBe('main');
    const roleMain = page(`<nav>Menu</nav><div role="main"><p>${LONG}</p></div>`);
    expect(findMainContent(roleMain).method).toBe('role-main');
    const bare = page('<nav>Menu</nav><p>Microsoft invested in OpenAI.</p><footer>Legal</footer>');
    const main = findMainContent(bare);
    expect(main.method).toBe('body');
    expect(textOf(bare)).toBe('Microsoft invested in OpenAI.');
  });

  it('ignores an article that sits inside an aside', () => {
    const d = page(
      `<main><p>${LONG}</p><aside><article><p>Related story teaser.</p></article></aside></main>`,
    );
    const main = findMainContent(d);
    expect(main.method).toBe('main');
    expect(textOf(d)).not.toContain('Related story');
  });

  it('gives no text for a page with no article', () => {
    const d = doc(fixture('no-article.html'));
    expect(findMainContent(d).method).toBe('body');
    expect(textOf(d)).toBe('');
  });

  it('has no roots for a document without an element', () => {
    const d = doc('');
    expect(findMainContent(d)).toMatchObject({ roots: [], method: 'none' });
  });

  it('uses Readability for a container-less page full of boilerplate, mapping into the original nodes', () => {
    const d = doc(fixture('div-soup.html'));
    const before = d.toString();
    const main = findMainContent(d);
    expect(main.method).toBe('readability');
    const map = buildTextMap(main.roots, main.skip, { keepText: main.keepText });
    expect(
      map.text.startsWith(
        'How the Microsoft and OpenAI partnership is structured\n\nMicrosoft made its first',
      ),
    ).toBe(true);
    expect(map.text).toContain('Some commentators say Microsoft owns 49% of OpenAI');
    for (const chrome of [
      'Letters:',
      'Markets and money',
      'cookies',
      'Most read',
      'Sponsored',
      'Subscribe today',
      'Careers',
    ]) {
      expect(map.text).not.toContain(chrome);
    }
    expectExactSegments(map);
    for (const seg of map.segments) expect(seg.node.ownerDocument).toBe(d);
    expect(d.toString()).toBe(before);
  });

  it('never changes the document it reads', () => {
    for (const name of ['news-article.html', 'time-byline.html', 'no-article.html']) {
      const d = doc(fixture(name));
      const before = d.toString();
      findMainContent(d);
      expect(d.toString()).toBe(before);
    }
  });
});

describe('findDetachedHeadline', () => {
  it('finds the h1 just before the article body', () => {
    const d = page('<div><h1>Headline</h1></div><div id="body"><p>Text.</p></div>');
    expect(findDetachedHeadline(d, d.getElementById('body')!)).toBe(d.querySelector('h1'));
  });

  it('is null when the root has its own h1 or none precedes it', () => {
    const own = page('<h1>Other</h1><article><h1>Own</h1></article>');
    expect(findDetachedHeadline(own, own.querySelector('article')!)).toBeNull();
    const after = page('<div id="body"><p>Text.</p></div><h1>Later</h1>');
    expect(findDetachedHeadline(after, after.getElementById('body')!)).toBeNull();
  });

  it('takes a site-header h1 only when the page title confirms it', () => {
    const logo = page(
      '<header><h1>Daily Ledger</h1></header><div id="b"><p>x</p></div>',
      '<title>Deal news</title>',
    );
    expect(findDetachedHeadline(logo, logo.getElementById('b')!)).toBeNull();
    const headline = page(
      '<header><h1>Deal news</h1></header><div id="b"><p>x</p></div>',
      '<title>Deal news | Ledger</title>',
    );
    expect(findDetachedHeadline(headline, headline.getElementById('b')!)).toBe(headline.querySelector('h1'));
  });

  it('never takes an h1 from navigation or an aside', () => {
    const d = page('<aside><h1>Sidebar</h1></aside><div id="b"><p>x</p></div>', '<title>Sidebar</title>');
    expect(findDetachedHeadline(d, d.getElementById('b')!)).toBeNull();
  });
});

describe('pickWithReadability', () => {
  it('returns original text nodes and their ancestors', () => {
    const d = doc(fixture('div-soup.html'));
    const pick = pickWithReadability(d)!;
    expect(pick).not.toBeNull();
    const story = d.querySelector('.story')!;
    for (const t of pick.text) expect(story.contains(t) || d.querySelector('h1')!.contains(t)).toBe(true);
    expect(pick.ancestors.has(story)).toBe(true);
  });

  it('is null when there is too little text to trust', () => {
    expect(pickWithReadability(page('<div><p>Short.</p></div>'))).toBeNull();
  });
});

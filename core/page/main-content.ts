// Which part of the page is the article. Cheap, predictable rules first (semantic containers), Readability
// only as a last resort for container-less pages whose body is mostly boilerplate.
import { isExcluded, isInExcluded } from './chrome';
import { type Steps, runSteps, tagOf, walk, walkSteps } from './dom';
import { findDetachedHeadline } from './headline';
import { pickWithReadability } from './readability-fallback';

export type MainContentMethod =
  | 'article'
  | 'articleBody'
  | 'main'
  | 'role-main'
  | 'readability'
  | 'body'
  | 'none';

export interface MainContent {
  /** Elements to read, in document order (the headline first when it sits outside the article element). */
  roots: Element[];
  /** True for an element whose subtree is left out. */
  skip: (el: Element) => boolean;
  /** Set only when Readability picked the text: keeps just the text nodes it chose. */
  keepText?: (node: Text) => boolean;
  method: MainContentMethod;
}

/** Containers in order of preference; within one kind the one with most text wins. */
const CONTAINERS: ReadonlyArray<[string, MainContentMethod]> = [
  ['article', 'article'],
  ['[itemprop=articleBody]', 'articleBody'],
  ['main', 'main'],
  ['[role=main]', 'role-main'],
];

/** A container is the article if it holds this much text, or this share of the body's text. */
const ENOUGH_TEXT = 500;
const ENOUGH_SHARE = 0.25;
/** Readability is tried only for a body with at least this much text, less than this share of it in <p>. */
const READABILITY_MIN_TEXT = 1000;
const PROSE_SHARE = 0.5;

interface TextStats {
  total: number;
  inParagraphs: number;
}

/**
 * Characters other than whitespace. The regex engine drops the rest in one native pass (a loop over characters
 * ran cold on every page); what it allocates is one short-lived string per text node.
 */
function visibleLength(data: string): number {
  return data.replace(INVISIBLE_RUNS, '').length;
}

/** Runs of characters up to the space (controls, spaces) and no-break spaces: not counted as text. */
const INVISIBLE_RUNS = /[\u0000-\u0020\u00a0]+/g;

/**
 * Visible (non-excluded) text of `el`, counted without whitespace; and how much of it sits in <p>. With
 * `limit`, counting may stop once the total reaches it.
 */
function* textStats(el: Element, limit = Number.POSITIVE_INFINITY): Steps<TextStats> {
  let total = 0;
  let inParagraphs = 0;
  let pDepth = 0;
  const steps = walkSteps(el, isExcluded, {
    text(node) {
      const n = visibleLength(node.data);
      total += n;
      if (pDepth > 0) inParagraphs += n;
    },
    enter(e) {
      if (tagOf(e) === 'p') pDepth++;
    },
    leave(e) {
      if (tagOf(e) === 'p') pDepth--;
    },
  });
  while (!steps.next().done) {
    if (total >= limit) break;
    yield;
  }
  return { total, inParagraphs };
}

function withHeadline(doc: Document, root: Element): Element[] {
  const headline = findDetachedHeadline(doc, root);
  return headline === null ? [root] : [headline, root];
}

export function findMainContent(doc: Document): MainContent {
  return runSteps(findMainContentSteps(doc));
}

/** `findMainContent` in steps of a few hundred nodes (the Readability fallback, when needed, is one step). */
export function* findMainContentSteps(doc: Document): Steps<MainContent> {
  const html = doc.documentElement;
  if (html === null) return { roots: [], skip: isExcluded, method: 'none' };
  const body = doc.body ?? html;
  let bodyStats: TextStats | null = null; // a whole-page walk: only when a rule needs it
  function* bodyText(): Steps<TextStats> {
    bodyStats ??= yield* textStats(body);
    return bodyStats;
  }

  for (const [selector, method] of CONTAINERS) {
    let best: Element | null = null;
    let bestLength = 0;
    const candidates = Array.from(doc.querySelectorAll(selector)).filter((el) => !isInExcluded(el));
    // A lone candidate (one <article>) needs only to be shown to have enough text: its text is read once,
    // by the text map, not also counted here to the end.
    const limit = candidates.length === 1 ? ENOUGH_TEXT : Number.POSITIVE_INFINITY;
    for (const el of candidates) {
      const length = (yield* textStats(el, limit)).total;
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (
      best !== null &&
      (bestLength >= ENOUGH_TEXT || bestLength >= ENOUGH_SHARE * (yield* bodyText()).total)
    ) {
      return { roots: withHeadline(doc, best), skip: isExcluded, method };
    }
  }

  const { total, inParagraphs } = yield* bodyText();
  if (total >= READABILITY_MIN_TEXT && inParagraphs < PROSE_SHARE * total) {
    const pick = pickWithReadability(doc);
    if (pick !== null) {
      // Readability tends to drop the headline; keep it when the page has one.
      const headline = Array.from(doc.querySelectorAll('h1')).find((h1) => !isInExcluded(h1));
      if (headline !== undefined) {
        walk(headline, isExcluded, { text: (t) => pick.text.add(t) });
        for (let p: Element | null = headline; p !== null; p = p.parentElement) pick.ancestors.add(p);
      }
      return {
        roots: [body],
        skip: (el) => isExcluded(el) || !pick.ancestors.has(el),
        keepText: (node) => pick.text.has(node),
        method: 'readability',
      };
    }
  }
  return { roots: [body], skip: isExcluded, method: 'body' };
}

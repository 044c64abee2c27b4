// When the page says it was published: metadata first (the publisher's own statement), then JSON-LD, then a
// <time> in the article's byline. Dates in the body text ("on July 22, 2019, the company…") are events, not
// the publication date, so a <time> counts only with `pubdate`/itemprop or in a header or byline.
import type { IsoDate } from '../types';
import { isExcluded, isInExcluded } from './chrome';
import { tagOf } from './dom';
import { normalizeDate } from './iso-date';
import { jsonLdPublished } from './json-ld';

/** <meta> keys (property, name or itemprop, lower case) in order of trust. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'published-date',
  'publish-date',
  'publishdate',
  'pubdate',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'citation_publication_date',
  'date',
];
const META_RANK = new Map(META_KEYS.map((key, i) => [key, i]));

function metaPublished(doc: Document): IsoDate | null {
  let best: IsoDate | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      const rank = key === undefined ? undefined : META_RANK.get(key);
      if (rank === undefined || rank >= bestRank) continue;
      const date = normalizeDate(meta.getAttribute('content'));
      if (date !== null) {
        best = date;
        bestRank = rank;
      }
    }
  }
  return best;
}

/** itemprop=datePublished on a visible element (<time itemprop=datePublished datetime=…>, <span content=…>). */
function microdataPublished(doc: Document): IsoDate | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if (tagOf(el) === 'meta') continue;
    const props = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (!props.includes('datepublished')) continue;
    const date =
      normalizeDate(el.getAttribute('datetime')) ??
      normalizeDate(el.getAttribute('content')) ??
      normalizeDate(el.textContent);
    if (date !== null) return date;
  }
  return null;
}

const BYLINE_HINT = /byline|dateline|author|published|publish|posted|timestamp|pubdate|date|meta|credit/i;
const UPDATED_HINT = /updat|modif|edited|revis/i;
const CONTEXT_LEVELS = 4;

function hints(el: Element): string {
  return [
    el.getAttribute('class'),
    el.id,
    el.getAttribute('rel'),
    el.getAttribute('itemprop'),
    el.getAttribute('data-testid'),
  ]
    .filter((v) => v !== null && v !== '')
    .join(' ');
}

type TimeRank = 0 | 1 | 2 | null;

/**
 * 0: marked as the publication time (`pubdate`); 1: in a header or byline inside the article, or a direct
 * child of it; 2: in a byline just outside the article element. null: anywhere else, or marked as an update.
 */
function rankTime(time: Element, roots: readonly Element[]): TimeRank {
  if (time.hasAttribute('pubdate')) return 0;
  const inRoot = roots.some((r) => r.contains(time));
  let byline = false;
  let el: Element | null = time;
  for (let level = 0; el !== null && level <= CONTEXT_LEVELS; level++, el = el.parentElement) {
    const h = hints(el);
    if (UPDATED_HINT.test(h) && !/publish|posted/i.test(h)) return null;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'main') break;
    if (level > 0 && (tag === 'article' || roots.includes(el))) {
      byline ||= level === 1;
      break;
    }
    if (level > 0 && tag === 'header') byline = true;
    if (BYLINE_HINT.test(h)) byline = true;
  }
  if (!byline) return null;
  return inRoot ? 1 : 2;
}

function timePublished(doc: Document, roots: readonly Element[]): IsoDate | null {
  let best: IsoDate | null = null;
  let bestRank = 3;
  for (const time of Array.from(doc.querySelectorAll('time'))) {
    if (isExcluded(time) || isInExcluded(time)) continue;
    const rank = rankTime(time, roots);
    if (rank === null || rank >= bestRank) continue;
    const date = normalizeDate(time.getAttribute('datetime')) ?? normalizeDate(time.textContent);
    if (date !== null) {
      best = date;
      bestRank = rank;
      if (rank === 0) break;
    }
  }
  return best;
}

/**
 * The page's publication date as YYYY-MM-DD, or null when it does not say (or says something that is not
 * a real date). `roots` are the article's elements (from findMainContent), used to judge <time> elements.
 */
export function findPublishedDate(doc: Document, roots: readonly Element[] = []): IsoDate | null {
  if (doc.documentElement === null) return null;
  return metaPublished(doc) ?? jsonLdPublished(doc) ?? microdataPublished(doc) ?? timePublished(doc, roots);
}

// Pages for the benchmark and the robustness tests, generated from a seed so every run sees the same bytes:
// a long news article about the partnership (~10,000 words, ~60 claims, with site chrome around it) and a
// quiet page of the same shape that never names a party. The prose is filler of our own; the claims are in
// claims.ts.
import { DECOYS, PLANTED_CLAIMS } from './claims';

/** A small seeded generator (mulberry32): the same seed, the same page. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

const SUBJECTS = [
  'The harbour authority',
  'A team of volunteers',
  'The city council',
  'Local bakers',
  'The chamber orchestra',
  'Several hikers',
  "The museum's curator",
  'A small bookshop',
  'The rowing club',
  'Weather forecasters',
  'The night ferry crew',
  'Two librarians',
  'The regional railway',
  'A group of students',
  'The village school',
  'An elderly fisherman',
  'The parish choir',
  'A visiting painter',
];
const VERBS = [
  'spent the morning repairing',
  'quietly rearranged',
  'debated the future of',
  'walked slowly past',
  'photographed',
  'sketched',
  'measured',
  'cleaned',
  'argued at length about',
  'carefully catalogued',
  'described',
  'returned to',
  'wrote a short essay on',
  'planted flowers beside',
];
const OBJECTS = [
  'the old stone bridge',
  'a row of weathered fishing boats',
  'the garden behind the library',
  'the long pier',
  'a collection of antique maps',
  'the narrow streets near the market',
  'the lighthouse on the northern cape',
  'the winter timetable',
  'a box of forgotten letters',
  'the orchard on the hill',
  'the bandstand in the square',
  'the tide tables pinned to the harbour wall',
  'the chapel with the green door',
  'a faded mural of sailing ships',
];
const TAILS = [
  'before the rain arrived',
  'while the tide went out',
  'as the streetlights came on',
  'without much fuss',
  'for most of the afternoon',
  'under a pale autumn sky',
  'long after the crowds had gone home',
  'with surprising patience',
  'in the hour before dusk',
  'despite the cold wind off the water',
  'to the delight of passing children',
  'while gulls circled overhead',
];
const OPENERS = [
  '',
  '',
  '',
  'Later, ',
  'Meanwhile, ',
  'By evening, ',
  'On Thursday, ',
  'As usual, ',
  'Somewhat unexpectedly, ',
  'According to one resident, ',
];
const ASIDES = [
  'The smell of salt and woodsmoke hung over the quay.',
  'Nobody seemed to be in a hurry.',
  'A dog slept in the doorway of the ironmonger.',
  'The church clock was, as ever, seven minutes slow.',
  'Children chalked hopscotch squares on the pavement.',
  'Rain had been promised and never came.',
  'The tea urn in the hall ran dry by noon.',
];

function sentence(rnd: () => number): string {
  if (rnd() < 0.12) return pick(rnd, ASIDES);
  return `${pick(rnd, OPENERS)}${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, TAILS)}.`
    .replace(/^(\w)/, (c) => c.toUpperCase())
    .replace(/, (The|A|An|Two|Local|Several|Weather) /, (_m, w: string) => `, ${w.toLowerCase()} `);
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** `[[x]]` → a link, `__x__` → emphasis. */
function inline(text: string, rnd: () => number): string {
  return text
    .replace(
      /\[\[(.+?)\]\]/g,
      (_m, t: string) => `<a href="/topics/${Math.floor(rnd() * 900) + 100}">${t}</a>`,
    )
    .replace(/__(.+?)__/g, '<em>$1</em>');
}

/** A filler paragraph; now and then a word or two wrapped in a link or <strong>, as real articles do. */
function fillerParagraph(rnd: () => number, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    let s = sentence(rnd);
    if (rnd() < 0.15) s = s.replace(/(the \w+ \w+)/, '<a href="/local">$1</a>');
    else if (rnd() < 0.08) s = s.replace(/(\w+ \w+)\.$/, '<strong>$1</strong>.');
    parts.push(s);
  }
  return parts.join(' ');
}

function chrome(rnd: () => number, title: string, related: string[]): { head: string; foot: string } {
  const sections = ['World', 'Business', 'Technology', 'Science', 'Culture', 'Sport', 'Travel', 'Opinion'];
  const nav = sections.map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ');
  const links = Array.from({ length: 24 }, (_, i) => `<li><a href="/archive/${i}">${sentence(rnd)}</a></li>`);
  return {
    head: `<header class="site"><a class="brand" href="/">The Tideway Gazette</a><nav>${nav}</nav>
<form class="search" role="search"><input name="q" placeholder="Search"><button>Go</button></form></header>`,
    foot: `<aside class="related"><h2>Related</h2><ul>${related.map((r) => `<li><a href="/r">${r}</a></li>`).join('')}</ul></aside>
<footer class="site"><h2>More from the Gazette</h2><ul>${links.join('')}</ul>
<p>© The Tideway Gazette. ${title}. A fictional newspaper for benchmarks.</p></footer>`,
  };
}

function page(opts: {
  title: string;
  headline: string;
  published: string;
  body: string;
  head: string;
  foot: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<meta property="article:published_time" content="${opts.published}T08:00:00Z">
<style>body{font:17px/1.6 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}nav a{margin-right:8px}</style>
</head>
<body>
${opts.head}
<main>
<article>
<h1>${opts.headline}</h1>
<p class="byline">By Rowan Calder · <time datetime="${opts.published}">${opts.published}</time></p>
${opts.body}
</article>
</main>
${opts.foot}
</body>
</html>
`;
}

export interface GeneratedPage {
  html: string;
  /** Words of article text (the filler and the claims). */
  words: number;
  /** The claim sentences planted in it, as they read on the page (markup removed). */
  planted: string[];
}

const SECTION_TITLES = [
  'How it began',
  'The money',
  'Who owns what',
  'The cloud question',
  'Licences and models',
  'Sharing the revenue',
  'The AGI clause',
  'Board seats',
  'Compute commitments',
  'What changed this year',
  'What analysts say',
  'What comes next',
];

/**
 * A long article about the partnership: `words` words of text in sections, `PLANTED_CLAIMS` spread through
 * it (each once, `claims` of them; more than there are cycles through them again), decoys among them.
 */
export function longArticle(opts: { seed?: number; words?: number; claims?: number } = {}): GeneratedPage {
  const rnd = seeded(opts.seed ?? 7);
  const target = opts.words ?? 10_000;
  const count = opts.claims ?? PLANTED_CLAIMS.length;
  const planted: string[] = [];
  const paragraphs: string[] = [];
  let words = 0;
  // Paragraphs of 4–6 sentences; claims go into evenly spaced ones.
  const paragraphCount = Math.round(target / 76);
  const every = paragraphCount / count;
  let next = 0;
  for (let i = 0; i < paragraphCount; i++) {
    let text = fillerParagraph(rnd, 3 + Math.floor(rnd() * 3));
    while (planted.length < count && i >= Math.floor(next)) {
      const claim = PLANTED_CLAIMS[planted.length % PLANTED_CLAIMS.length];
      planted.push(claim.replace(/\[\[|\]\]|__/g, ''));
      text = `${text} ${inline(claim, rnd)} ${sentence(rnd)}`;
      next += every;
    }
    if (i % 9 === 4) text = `${text} ${DECOYS[((i / 9) | 0) % DECOYS.length]}`;
    words += wordCount(text.replace(/<[^>]+>/g, ''));
    const section = i % Math.ceil(paragraphCount / SECTION_TITLES.length) === 0;
    if (section)
      paragraphs.push(`<h2>${SECTION_TITLES[(paragraphs.length * 7) % SECTION_TITLES.length]}</h2>`);
    if (i % 23 === 11) paragraphs.push(`<blockquote><p>${fillerParagraph(rnd, 2)}</p></blockquote>`);
    if (i % 31 === 17) {
      paragraphs.push(`<figure><div class="img"></div><figcaption>${sentence(rnd)}</figcaption></figure>`);
    }
    paragraphs.push(`<p>${text}</p>`);
  }
  const { head, foot } = chrome(rnd, 'Technology', [
    'Microsoft owns 49% of OpenAI, says a reader poll',
    "Azure is OpenAI's exclusive cloud provider, a sidebar claims",
    'Ten harbour walks for the autumn',
  ]);
  const html = page({
    title: 'Microsoft and OpenAI: the long read on a partnership that keeps changing | The Tideway Gazette',
    headline: 'Microsoft and OpenAI: the long read on a partnership that keeps changing',
    published: '2026-06-02',
    body: paragraphs.join('\n'),
    head,
    foot,
  });
  return { html, words, planted };
}

/** A page of the same shape that never names a party: the pre-check must stop there. */
export function quietPage(opts: { seed?: number; words?: number } = {}): GeneratedPage {
  const rnd = seeded(opts.seed ?? 11);
  const target = opts.words ?? 7_000;
  const paragraphs: string[] = [];
  let words = 0;
  let i = 0;
  while (words < target) {
    const text = fillerParagraph(rnd, 3 + Math.floor(rnd() * 4));
    words += wordCount(text.replace(/<[^>]+>/g, ''));
    if (i % 10 === 0)
      paragraphs.push(`<h2>${pick(rnd, ['On the quay', 'At the market', 'Up the hill'])}</h2>`);
    paragraphs.push(`<p>${text}</p>`);
    i++;
  }
  const { head, foot } = chrome(rnd, 'Travel', ['A week of sea fog', 'The ferry timetable changes']);
  const html = page({
    title: 'A slow autumn on the harbour | The Tideway Gazette',
    headline: 'A slow autumn on the harbour',
    published: '2026-10-04',
    body: paragraphs.join('\n'),
    head,
    foot,
  });
  return { html, words, planted: [] };
}

/**
 * Article text of about `bytes` bytes: quiet paragraphs with a claim every `claimEvery` paragraphs (0: none).
 * For very large pages. `claims` lists the claim sentences in order, as they read on the page.
 */
export function bulkParagraphs(opts: { seed?: number; bytes: number; claimEvery?: number }): {
  html: string;
  claims: string[];
} {
  const rnd = seeded(opts.seed ?? 5);
  const out: string[] = [];
  const claims: string[] = [];
  let bytes = 0;
  let n = 0;
  while (bytes < opts.bytes) {
    let text = fillerParagraph(rnd, 5);
    if (opts.claimEvery && n % opts.claimEvery === 0) {
      const claim = PLANTED_CLAIMS[claims.length % PLANTED_CLAIMS.length];
      claims.push(claim.replace(/\[\[|\]\]|__/g, ''));
      text = `${text} ${inline(claim, rnd)}`;
    }
    const p = `<p>${text}</p>\n`;
    out.push(p);
    bytes += p.length;
    n++;
  }
  return { html: out.join(''), claims };
}

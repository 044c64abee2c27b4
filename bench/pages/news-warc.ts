// A generated news crawl for the WARC benchmark: short articles, most about the partnership (a few claims
// each, from claims.ts), some that never name a party, dated across several years so the summary has months.
// Seeded: the same count gives the same bytes.
import { writeWarc } from '../../cli/warc/write-warc';
import { longArticle, quietPage, seeded } from './generate';

const LONG_ARTICLE_DATE = '2026-06-02';

/** The HTML of page `i`: one page in four is quiet, the others carry two or three claims. */
export function newsPage(i: number): string {
  const rnd = seeded(1000 + i);
  const month = 1 + Math.floor(rnd() * 12);
  const year = 2023 + Math.floor(rnd() * 4);
  const day = 1 + Math.floor(rnd() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (i % 4 === 3) return quietPage({ seed: i, words: 350 }).html;
  const { html } = longArticle({ seed: i, words: 350, claims: 2 + (i % 2) });
  return html.replaceAll(LONG_ARTICLE_DATE, date);
}

/** Writes `count` pages as a .warc.gz at `path`. */
export async function writeNewsWarc(path: string, count: number): Promise<void> {
  function* pages() {
    for (let i = 0; i < count; i++) {
      yield { url: `https://news.example/${Math.floor(i / 100)}/story-${i}.html`, body: newsPage(i) };
    }
  }
  await writeWarc(path, pages(), true);
}

// `npm run paraphrases`: writes the paraphrase suite, tests/fixtures/paraphrases/ (Microsoft–OpenAI) and
// tests/fixtures/paraphrases-partners/ (the seven other deals), as pages plus a labels.json in the corpus
// format, from templates and a fixed seed. Labels are derived from the record (record.ts, partners.ts), not
// from the engine. Score with `npm run eval -- tests/fixtures/paraphrases/labels.json`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isMainModule } from '../../cli/scan-args';
import { DECOY_TEMPLATES } from './decoys';
import { CLOUD, HEDGES, LAB, LENDER, lowerFirst, MONEY, PERCENT, PLAIN } from './forms';
import { PAIRS, type Template, TEMPLATES } from './microsoft-openai';
import { PARTNER_PAGES } from './partners';
import { acceptedFor, propositionById, type Time } from './record';
import { type Page, renderPage } from './render';
import { Random } from './random';

export const AS_OF = '2026-11-21';
export const SEED = 20261121;
/** Sentences drawn per template (each with its own names, value form, hedge and page). */
const PER_TEMPLATE = 4;
const DECOYS_PER_TEMPLATE = 3;

/** The pages of the Microsoft–OpenAI suite, by publication date (null: the page gives none). */
const PAGE_DATES: Array<string | null> = [null, '2023-03-15', '2025-06-10', '2025-12-01', '2026-09-15', null];

export interface LabelledClaim {
  quote: string;
  accept: string[];
  topic: string;
  partnership: string;
  id: string;
  why: string;
}

export interface SuitePage extends Page {
  claims: LabelledClaim[];
  decoys: string[];
}

/** Fills a template's slots; the k-th draw of a template takes the k-th form of its value, so all forms appear. */
function fill(text: string, rng: Random, k = rng.int(0, 99)): string {
  const nth = (forms: string[]) => forms[k % forms.length];
  return text
    .replace(/\{M\}/g, () => rng.pick(LENDER))
    .replace(/\{L\}/g, () => rng.pick(LAB))
    .replace(/\{C\}/g, () => rng.pick(CLOUD))
    .replace(/\{\$(\w+)\}/g, (_, key: string) => nth(MONEY[key]))
    .replace(/\{%(\w+)\}/g, (_, key: string) => nth(PERCENT[key]))
    .replace(/\{n\}/g, () => String(rng.int(1, 9)))
    .replace(/\{b\}/g, () => rng.pick(['two', 'three', 'four', 'six']));
}

/** A sentence starts with a capital even when a lower-case alias ("the AI lab") opens it. */
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

const timeOf = (tpl: Template): Time => (tpl.at ? { kind: 'at', date: tpl.at } : { kind: 'current' });

/** Pages where the record gives a clean verdict for this template. */
function pagesFor(tpl: Template): number[] {
  const prop = propositionById.get(tpl.prop);
  if (!prop) throw new Error(`unknown proposition ${tpl.prop}`);
  return PAGE_DATES.map((d, i) => (acceptedFor(prop, timeOf(tpl), d, AS_OF) ? i : -1)).filter((i) => i >= 0);
}

function why(tpl: Template, published: string | null): string {
  const prop = propositionById.get(tpl.prop)!;
  const when = tpl.at ? `points at ${tpl.at}` : `present tense, page ${published ?? 'undated (judged now)'}`;
  return `${prop.id} (${prop.pressOnly ? 'press only' : prop.confidence}; ${prop.events}); ${when}`;
}

export function microsoftOpenAiSuite(): SuitePage[] {
  const rng = new Random(SEED);
  const pages: SuitePage[] = PAGE_DATES.map((published, i) => ({
    file: `mo-${String(i + 1).padStart(2, '0')}.html`,
    title: `Notes on a cloud and AI alliance, part ${i + 1}`,
    published,
    paragraphs: ['Microsoft and OpenAI have worked together for years.'],
    claims: [],
    decoys: [],
  }));
  let n = 0;
  const label = (page: SuitePage, tpl: Template, quote: string, hedged = false) => {
    const prop = propositionById.get(tpl.prop)!;
    const accept = acceptedFor(prop, timeOf(tpl), page.published, AS_OF, hedged)!;
    page.claims.push({
      quote,
      accept,
      topic: prop.topic,
      partnership: 'microsoft-openai',
      id: `mo-${String(++n).padStart(3, '0')}`,
      why: why(tpl, page.published),
    });
  };
  TEMPLATES.forEach((tpl, index) => {
    const allowed = pagesFor(tpl);
    for (let draw = 0; draw < PER_TEMPLATE; draw++) {
      const k = index * PER_TEMPLATE + draw;
      const page = pages[rng.pick(allowed)];
      const hedge = rng.pick(HEDGES);
      const sentence = capital(hedge(fill(tpl.text, rng, k)));
      if (page.paragraphs.includes(sentence)) continue;
      page.paragraphs.push(sentence);
      label(page, tpl, sentence, hedge !== PLAIN);
    }
  });
  // Two claims in one sentence: each clause is labelled on its own.
  for (const [a, b] of PAIRS) {
    const ta = TEMPLATES.filter((x) => x.prop === a);
    const tb = TEMPLATES.filter((x) => x.prop === b);
    for (let k = 0; k < 2; k++) {
      const first = rng.pick(ta);
      const second = rng.pick(tb);
      const allowed = pagesFor(first).filter((i) => pagesFor(second).includes(i));
      if (allowed.length === 0) continue;
      const page = pages[rng.pick(allowed)];
      const clauseA = capital(fill(first.text, rng).replace(/\.$/, ''));
      const clauseB = lowerFirst(fill(second.text, rng).replace(/\.$/, ''));
      page.paragraphs.push(`${clauseA}${rng.pick([', and ', '; ', ', while '])}${clauseB}.`);
      label(page, first, clauseA);
      label(page, second, clauseB);
    }
  }
  for (const tpl of DECOY_TEMPLATES) {
    for (let k = 0; k < DECOYS_PER_TEMPLATE; k++) {
      const page = pages[rng.int(0, pages.length - 1)];
      const sentence = capital(fill(tpl, rng));
      if (page.paragraphs.includes(sentence)) continue;
      page.paragraphs.push(sentence);
      page.decoys.push(sentence);
    }
  }
  // Claims and decoys interleave on the page, as in an article.
  for (const page of pages) page.paragraphs = [page.paragraphs[0], ...rng.shuffle(page.paragraphs.slice(1))];
  return pages;
}

export function writeSuite(dir: string, pages: SuitePage[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.html') || f === 'labels.json') rmSync(`${dir}/${f}`);
  for (const page of pages) writeFileSync(`${dir}/${page.file}`, renderPage(page));
  const labels = {
    about:
      'Paraphrase suite written for this project (scripts/paraphrases/): own sentences from templates, labels derived from ../shared/reference as of "today". Regenerate with npm run paraphrases.',
    today: AS_OF,
    documents: pages.map((p) => ({
      file: p.file,
      published: p.published,
      claims: p.claims,
      optional: [],
      decoys: p.decoys,
    })),
  };
  writeFileSync(`${dir}/labels.json`, `${JSON.stringify(labels, null, 2)}\n`);
}

export const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;

if (isMainModule(import.meta.url)) {
  const mo = microsoftOpenAiSuite();
  writeSuite(`${FIXTURES}paraphrases`, mo);
  writeSuite(`${FIXTURES}paraphrases-partners`, PARTNER_PAGES());
  // Formatted as the repository's formatter wants it, so a regenerated suite passes `npm run lint` as is.
  execFileSync(
    'npx',
    ['biome', 'format', '--write', `${FIXTURES}paraphrases`, `${FIXTURES}paraphrases-partners`],
    {
      stdio: 'ignore',
    },
  );
  const count = (pages: SuitePage[]) =>
    `${pages.reduce((s, p) => s + p.claims.length, 0)} claims, ${pages.reduce((s, p) => s + p.decoys.length, 0)} decoys`;
  console.log(`paraphrases: ${count(mo)}; paraphrases-partners: ${count(PARTNER_PAGES())}`);
}

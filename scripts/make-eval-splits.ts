// Writes cli/eval-splits/{dev,partners}.json from ../shared/corpus: which pages are tuned on and which are
// held out (cli/eval-split.ts says how they are chosen). Run once when the corpus gains pages; the result is
// committed, and tests/unit/cli/eval-split.test.ts checks it still matches the corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import { chooseHeldOut, type SplitFile, type SplitPage } from '../cli/eval-split';
import { isMainModule } from '../cli/scan-args';

const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const OUT = new URL('../cli/eval-splits/', import.meta.url).pathname;

interface CorpusLabels {
  documents: Array<{ file: string; source?: string | null; claims: Array<{ partnership?: string }> }>;
}

function canonicalOf(html: string): string | null {
  return /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/i.exec(html)?.[1] ?? null;
}

/** The pages of one corpus folder, grouped by source and stratified by partnership. */
export function pagesOf(folder: string, stratumOf: (file: string) => string): SplitPage[] {
  const labels = JSON.parse(readFileSync(`${CORPUS}${folder}/labels.json`, 'utf8')) as CorpusLabels;
  return labels.documents.map((doc) => {
    const html = readFileSync(`${CORPUS}${folder}/${doc.file}`, 'utf8');
    return {
      file: doc.file,
      source: doc.source ?? canonicalOf(html) ?? doc.file,
      stratum: stratumOf(doc.file),
    };
  });
}

export function splitFile(folder: string, pages: SplitPage[], stratified: string): SplitFile {
  const heldOut = chooseHeldOut(pages);
  return {
    about: `Fixed split of ../shared/corpus/${folder}/labels.json: tune on "tuned" only; "heldOut" measures generalisation. See docs/evaluation.md.`,
    labels: `../shared/corpus/${folder}/labels.json`,
    method: `held out: pages whose number (NN in name-NN.html) is divisible by 3, with every other page of the same source URL; ${stratified} (scripts/make-eval-splits.ts)`,
    tuned: pages
      .map((p) => p.file)
      .filter((f) => !heldOut.includes(f))
      .sort(),
    heldOut,
  };
}

export const SPLITS: Record<string, () => SplitFile> = {
  dev: () =>
    splitFile(
      'dev',
      pagesOf('dev', () => 'microsoft-openai'),
      'one stratum',
    ),
  partners: () =>
    splitFile(
      'partners',
      pagesOf('partners', (file) => file.replace(/-\d+\.html$/, '')),
      'stratified by partnership (file-name prefix)',
    ),
};

if (isMainModule(import.meta.url)) {
  for (const [name, make] of Object.entries(SPLITS)) {
    const split = make();
    writeFileSync(`${OUT}${name}.json`, `${JSON.stringify(split, null, 1)}\n`);
    console.log(`${name}: ${split.tuned.length} tuned, ${split.heldOut.length} held out`);
  }
}

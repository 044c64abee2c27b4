// A fixed split of a labelled corpus into a part the engine is tuned on and a part it is not, by source page.
// The rule is fixed before looking at any result: a page whose number (the NN of `name-NN.html`) is divisible
// by three is held out, and so is every other page of the same source, so that two excerpts of one article
// never fall on both sides. It gives each partnership (file-name prefix) about a third of its pages.
import { z } from 'zod';

export interface SplitPage {
  file: string;
  /** The source the page came from (its canonical URL); pages of one source stay together. */
  source: string;
  /** Stratum: the partnership, for reporting how many pages each one holds out. */
  stratum: string;
}

/** The page number of `v-12.html`, `seed-000.html` or `amd-openai-07.html`. */
export function pageNumber(file: string): number | null {
  const m = /(\d+)\.html$/.exec(file);
  return m ? Number(m[1]) : null;
}

/** The held-out files: pages numbered by a multiple of three, with the other pages of their sources. */
export function chooseHeldOut(pages: readonly SplitPage[]): string[] {
  const heldSources = new Set(pages.filter((p) => (pageNumber(p.file) ?? 1) % 3 === 0).map((p) => p.source));
  return pages
    .filter((p) => heldSources.has(p.source))
    .map((p) => p.file)
    .sort();
}

export const splitFileSchema = z.object({
  about: z.string(),
  labels: z.string(),
  method: z.string(),
  tuned: z.array(z.string()),
  heldOut: z.array(z.string()),
});
export type SplitFile = z.infer<typeof splitFileSchema>;

export type SplitName = 'tuned' | 'held-out';

/** Which part a document is in, or null when the split does not list it. */
export function splitOf(split: SplitFile, file: string): SplitName | null {
  if (split.heldOut.includes(file)) return 'held-out';
  if (split.tuned.includes(file)) return 'tuned';
  return null;
}

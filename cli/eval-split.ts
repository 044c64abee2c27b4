// A fixed split of a labelled corpus into a part the engine is tuned on and a part it is not, by source page.
// Pages are grouped by their source (two excerpts of one article never fall on both sides) and chosen by a
// stable hash of that source, within each stratum (partnership), never by looking at results.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const HELD_OUT_FRACTION = 0.3;

export interface SplitPage {
  file: string;
  /** The source the page came from (its canonical URL); pages of one source stay together. */
  source: string;
  /** Stratum: each stratum gets its own held-out pages (the partnership). */
  stratum: string;
}

/** 32 bits of SHA-256 of a key: the order in which sources are taken for the held-out part. */
export function stableRank(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0);
}

/**
 * The held-out files: in each stratum, sources in hash order until the held-out pages reach the fraction
 * (rounded, at least one page).
 */
export function chooseHeldOut(pages: readonly SplitPage[], fraction = HELD_OUT_FRACTION): string[] {
  const held: string[] = [];
  const strata = [...new Set(pages.map((p) => p.stratum))].sort();
  for (const stratum of strata) {
    const inStratum = pages.filter((p) => p.stratum === stratum);
    const target = Math.max(1, Math.round(fraction * inStratum.length));
    const sources = [...new Set(inStratum.map((p) => p.source))].sort(
      (a, b) => stableRank(a) - stableRank(b) || a.localeCompare(b),
    );
    let taken = 0;
    for (const source of sources) {
      if (taken >= target) break;
      // A source shared with another stratum goes wherever its first page's stratum put it.
      const files = pages.filter((p) => p.source === source).map((p) => p.file);
      if (files.some((f) => held.includes(f))) continue;
      held.push(...files);
      taken += inStratum.filter((p) => p.source === source).length;
    }
  }
  return held.sort();
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

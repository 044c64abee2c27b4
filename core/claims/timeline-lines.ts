// A timeline written as lines ("2019 – X invests $1 billion. In November, …"): every sentence of a line is told
// of the year its stamp names, in the present of that year, as "In 2019, …" would be. Each block's stamp is read
// once, and only for a sentence that asks.
import type { Span } from '../types';
import { foldTypography } from './text-fold';
import { stampYear } from './time-frame';
import { lastStartingAt } from '../page/span-search';

/** For each sentence, the year of the timeline line (block) it stands in, or null. `blockText` gives a block's text. */
export function lineYears(
  blocks: readonly Span[],
  blockText: (block: Span) => string,
): (span: Span) => number | null {
  const years = new Map<number, number | null>();
  return (span) => {
    const i = lastStartingAt(blocks, span.start);
    if (i < 0) return null;
    let year = years.get(i);
    if (year === undefined) {
      // A stamp is short: the block's first characters hold it.
      year = stampYear(foldTypography(blockText(blocks[i]).slice(0, 24)));
      years.set(i, year);
    }
    return year;
  };
}

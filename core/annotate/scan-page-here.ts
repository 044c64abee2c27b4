// A page scan (core/annotate/page-scan) with the engine at hand, judging on this thread whenever no one else
// judges: for the CLI and the tests. The annotator loads the engine only when it needs it instead.
import type { FactBase } from '../factbase/schema';
import { judgeHere } from './judge-here';
import { type PageScan, type ScanOptions, scanPage } from './page-scan';

export function scanPageHere(
  doc: Document,
  factBase: FactBase,
  opts: Omit<ScanOptions, 'here'>,
): Promise<PageScan | null> {
  return scanPage(doc, factBase, { ...opts, here: async () => judgeHere });
}

// A table's cell says little on its own ("Up to $15bn combined", "Primary training and cloud provider"): the row's
// first cell names whose terms they are, the column's header which term. A cell that holds no claim by itself is
// read with them before it ("B and C, Money in: Up to $15bn combined"), its claims placed back on the cell.
import type { TableCell } from '../types';
import { type SentenceToldAs, toldAfter } from './term-told-back';

/** How long a head may be to be read before a cell: a row's name or a column's label, not a paragraph. */
const HEAD_CHARS = 80;

/** The cells told with their heads, by block index. */
export function cellsByBlock(cells: readonly TableCell[]): ReadonlyMap<number, TableCell> {
  return new Map(cells.map((c) => [c.block, c]));
}

/** The cell's sentence read after its row's first cell and its column's header, or null when neither says anything. */
export function cellToldWithHeads(
  sentence: string,
  cell: TableCell,
  blockText: (block: number) => string,
): SentenceToldAs | null {
  const head = (block: number) => {
    const text = block >= 0 ? blockText(block).trim() : '';
    return text.length <= HEAD_CHARS ? text.replace(/[\s:.,;]+$/, '') : '';
  };
  const heads = [head(cell.rowHead), head(cell.colHead)].filter((h) => h !== '');
  if (heads.length === 0) return null;
  return toldAfter(`${heads.join(', ')}: `, sentence);
}

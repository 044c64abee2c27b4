import { STATUS_SYMBOL } from '@/core/annotate/labels';
import type { Status } from '@/core/types';

/** The status's symbol, for sighted readers; the word next to it is what assistive technology reads. */
export function StatusSymbol({ status }: { status: Status }) {
  return (
    <span className="symbol" data-status={status} aria-hidden="true">
      {STATUS_SYMBOL[status]}
    </span>
  );
}

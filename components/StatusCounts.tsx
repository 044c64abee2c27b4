import { STATUS_WORD } from '@/core/annotate/labels';
import type { StatusCounts as Counts } from '@/core/report/page-report';
import { STATUSES } from '@/core/types';
import { StatusSymbol } from './StatusSymbol';

/** How many claims of each status the page has. */
export function StatusCounts({ counts }: { counts: Counts }) {
  return (
    <ul className="counts" aria-label="Claims by status">
      {STATUSES.map((status) => (
        <li key={status} data-status={status} data-count={counts[status]}>
          <StatusSymbol status={status} />
          <span className="count">{counts[status]}</span> <span>{STATUS_WORD[status].toLowerCase()}</span>
        </li>
      ))}
    </ul>
  );
}

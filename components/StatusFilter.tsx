import { STATUS_WORD } from '@/core/annotate/labels';
import type { StatusCounts } from '@/core/report/page-report';
import type { Status } from '@/core/types';
import { StatusSymbol } from './StatusSymbol';

/** Needs-attention statuses first, then supported. */
export const FILTER_ORDER: Status[] = ['contradicted', 'outdated', 'unverified', 'supported'];

interface Props {
  counts: StatusCounts;
  /** The status shown alone, or null for all. */
  value: Status | null;
  onChange: (status: Status | null) => void;
}

/** How many claims of each status the page has; each count is a toggle that shows only that status. */
export function StatusFilter({ counts, value, onChange }: Props) {
  return (
    <ul className="counts" aria-label="Claims by status (press one to show only those)">
      {FILTER_ORDER.map((status) => (
        <li key={status} data-status={status} data-count={counts[status]}>
          <button
            type="button"
            className="count-filter"
            aria-pressed={value === status}
            disabled={counts[status] === 0}
            onClick={() => onChange(value === status ? null : status)}
          >
            <StatusSymbol status={status} />
            <span className="count">{counts[status]}</span> {STATUS_WORD[status].toLowerCase()}
          </button>
        </li>
      ))}
    </ul>
  );
}

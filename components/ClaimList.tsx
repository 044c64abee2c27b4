import { STATUS_WORD } from '@/core/annotate/labels';
import type { ReportedClaim } from '@/core/report/page-report';
import { StatusSymbol } from './StatusSymbol';

interface Props {
  claims: ReportedClaim[];
  /** The reader picked a claim: show it on the page. */
  onSelect: (annotationId: string) => void;
}

/** The page's claims in reading order; each one a button that scrolls the page to it. */
export function ClaimList({ claims, onSelect }: Props) {
  return (
    <ol className="claims">
      {claims.map((c) => (
        <li key={c.annotationId}>
          <button
            type="button"
            className="claim"
            data-status={c.status}
            data-annotation={c.annotationId}
            onClick={() => onSelect(c.annotationId)}
          >
            <span className="claim-status">
              <StatusSymbol status={c.status} /> {STATUS_WORD[c.status]}
            </span>
            <span className="claim-text">{c.text}</span>
            <span className="claim-why">{c.explanation}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

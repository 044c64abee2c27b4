import type { TimelineTarget } from '@/core/annotate/card-model';
import { STATUS_WORD } from '@/core/annotate/labels';
import type { ReportedClaim } from '@/core/report/page-report';
import { StatusSymbol } from './StatusSymbol';

interface Props {
  claims: ReportedClaim[];
  /** The reader picked a claim: show it on the page. */
  onSelect: (annotationId: string) => void;
  /** "How this term changed": open the timeline at the claim's topic. */
  onTimeline?: (target: TimelineTarget) => void;
  published: string | null;
  label: string;
}

/** Claims, each a button that scrolls the page to it, with a way to its timeline. */
export function ClaimList({ claims, onSelect, onTimeline, published, label }: Props) {
  return (
    <ol className="claims" aria-label={label}>
      {claims.map((c) => (
        // Claims sharing a highlight share its id; the fact each rests on tells them apart.
        <li key={`${c.annotationId}-${c.factId ?? c.topic}-${c.status}`}>
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
          {onTimeline && c.partnership && (
            <button
              type="button"
              className="link claim-timeline"
              onClick={() =>
                onTimeline({
                  partnership: c.partnership ?? '',
                  topic: c.topic,
                  factId: c.factId,
                  status: c.status,
                  published,
                })
              }
            >
              How this term changed
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

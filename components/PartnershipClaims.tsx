import { useId } from 'react';
import type { TimelineTarget } from '@/core/annotate/card-model';
import { STATUS_WORD } from '@/core/annotate/labels';
import type { PartnershipGroup } from '@/core/report/partnership-groups';
import { type ReportedClaim, needsLook } from '@/core/report/page-report';
import type { AmendmentContext, Status } from '@/core/types';
import { AmendmentNote } from './AmendmentNote';
import { ClaimList } from './ClaimList';

interface Props {
  group: PartnershipGroup<ReportedClaim>;
  /** The status shown alone, or null for all. */
  filter: Status | null;
  amendment: AmendmentContext | null;
  published: string | null;
  onSelect: (annotationId: string) => void;
  onTimeline: (target: TimelineTarget) => void;
}

/** One partnership's claims on the page: those that need attention first, then the supported ones. */
export function PartnershipClaims({ group, filter, amendment, published, onSelect, onTimeline }: Props) {
  const id = useId();
  const shown = group.claims.filter((c) => filter === null || c.status === filter);
  const attention = shown.filter((c) => needsLook(c.status));
  const rest = shown.filter((c) => !needsLook(c.status));
  const total = group.claims.length;
  return (
    <section className="group" aria-labelledby={id} data-partnership={group.id ?? ''}>
      <h2 id={id} className="group-name">
        {group.name}
      </h2>
      <p className="group-counts">
        {total === 1 ? '1 claim' : `${total} claims`}, {group.attention} need
        {group.attention === 1 ? 's' : ''} attention
      </p>
      {attention.length > 0 && (
        <>
          <h3 className="list-heading">
            Needs attention{filter ? `: ${STATUS_WORD[filter].toLowerCase()}` : ''}
          </h3>
          <ClaimList
            claims={attention}
            label={`${group.name}: needs attention`}
            published={published}
            onSelect={onSelect}
            onTimeline={onTimeline}
          />
        </>
      )}
      {rest.length > 0 && (
        <>
          <h3 className="list-heading">Supported</h3>
          <ClaimList
            claims={rest}
            label={`${group.name}: supported`}
            published={published}
            onSelect={onSelect}
            onTimeline={onTimeline}
          />
        </>
      )}
      {shown.length === 0 && <p className="empty">None with this status.</p>}
      {amendment && group.id && (
        <AmendmentNote partnership={group.name} amendment={amendment} heading="Latest change" level={3} />
      )}
    </section>
  );
}

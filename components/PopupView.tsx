import { useState } from 'react';
import type { TimelineTarget } from '@/core/annotate/card-model';
import { countByStatus, needsAttention } from '@/core/report/page-report';
import { groupByPartnership } from '@/core/report/partnership-groups';
import type { AmendmentContext, Status } from '@/core/types';
import type { ExportFormat, TabView } from '@/utils/messaging';
import { FactBaseStamp } from './FactBaseStamp';
import { PartnershipClaims } from './PartnershipClaims';
import { StatusFilter } from './StatusFilter';
import { AUTO_DESCRIPTION, Switch } from './Switch';

export type SwitchName = 'everywhere' | 'site' | 'auto';

export interface PopupViewProps {
  /** What the tab shows; null while the popup is still asking. */
  view: TabView | null;
  /** The fact base in use; null until known. */
  factBase: { version: string; published: string } | null;
  /** The partnerships of the fact base in use (names for the page's claims); empty until known. */
  partnerships: { id: string; name: string }[];
  /** The latest change to each partnership's terms, by partnership id, as of the page's check. */
  amendments: Record<string, AmendmentContext>;
  switches: { everywhere: boolean; site: boolean; auto: boolean };
  /** A line about the last export (saved, or why not). */
  notice?: string | null;
  onSwitch: (name: SwitchName, on: boolean) => void;
  onSelectClaim: (annotationId: string) => void;
  onTimeline: (target: TimelineTarget) => void;
  onExport: (format: ExportFormat) => void;
  onOpenOptions: () => void;
  /** Present in builds with an update address: the "Check for updates" action and what it found. */
  updates?: { checking: boolean; notice: string | null; onCheck: () => void };
}

function Summary({
  view,
  filter,
  onFilter,
}: {
  view: TabView | null;
  filter: Status | null;
  onFilter: (s: Status | null) => void;
}) {
  if (view === null || view.kind === 'scanning') return <p className="summary">Checking this page…</p>;
  if (view.kind === 'unavailable') {
    return (
      <p className="summary">
        Not available on this page. Partnership Lens reads web pages only, and the browser keeps extensions
        out of some of them.
      </p>
    );
  }
  if (view.kind === 'off') {
    return (
      <p className="summary">
        {view.scope === 'everywhere'
          ? 'Annotations are off everywhere.'
          : `Annotations are off on ${view.host}.`}
      </p>
    );
  }
  const { claims } = view.report;
  if (claims.length === 0) return <p className="summary">No partnership claims found on this page.</p>;
  const attention = needsAttention(claims);
  return (
    <>
      <p className="summary">
        {claims.length === 1 ? '1 partnership claim' : `${claims.length} partnership claims`} on this page
      </p>
      <p className="attention" data-count={attention}>
        {attention === 0
          ? 'None needs attention.'
          : `${attention} ${attention === 1 ? 'needs' : 'need'} attention: outdated, contradicted or unverified.`}
      </p>
      <StatusFilter counts={countByStatus(claims)} value={filter} onChange={onFilter} />
    </>
  );
}

/** The popup: what the page says about the partnership, how it stands, and the reader's switches. */
export function PopupView(props: PopupViewProps) {
  const { view, switches } = props;
  const host = view && view.kind !== 'unavailable' ? view.host : null;
  const claims = view?.kind === 'ready' ? view.report.claims : [];
  const published = view?.kind === 'ready' ? view.report.published : null;
  const [filter, setFilter] = useState<Status | null>(null);
  const groups = groupByPartnership(claims, { partnerships: props.partnerships });
  return (
    <main className="popup">
      <header>
        <h1>Partnership Lens</h1>
        {host && <p className="host">{host}</p>}
      </header>
      <section aria-live="polite" aria-label="This page">
        <Summary view={view} filter={filter} onFilter={setFilter} />
      </section>
      {groups.map((group) => (
        <PartnershipClaims
          key={group.id ?? ''}
          group={group}
          filter={filter}
          amendment={group.id ? (props.amendments[group.id] ?? null) : null}
          published={published}
          onSelect={props.onSelectClaim}
          onTimeline={props.onTimeline}
        />
      ))}
      {claims.length > 0 && (
        <section aria-labelledby="export-heading" className="export">
          <h2 id="export-heading">Export this page's claims</h2>
          <div className="buttons">
            <button type="button" onClick={() => props.onExport('w3c')}>
              W3C annotations (JSON-LD)
            </button>
            <button type="button" onClick={() => props.onExport('csv')}>
              CSV
            </button>
          </div>
          {props.notice && (
            <p className="notice" role="status">
              {props.notice}
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="switches-heading" className="switches">
        <h2 id="switches-heading">Annotations</h2>
        <Switch
          name="everywhere"
          label="Annotations on all sites"
          checked={switches.everywhere}
          onChange={(on) => props.onSwitch('everywhere', on)}
        />
        {host && (
          <Switch
            name="site"
            label={`Annotations on ${host}`}
            checked={switches.site}
            disabled={!switches.everywhere}
            onChange={(on) => props.onSwitch('site', on)}
          />
        )}
        <Switch
          name="auto"
          label="Check pages as they load"
          description={AUTO_DESCRIPTION}
          checked={switches.auto}
          disabled={!switches.everywhere}
          onChange={(on) => props.onSwitch('auto', on)}
        />
      </section>
      <footer>
        {props.factBase && (
          <FactBaseStamp version={props.factBase.version} published={props.factBase.published} />
        )}
        <div className="actions">
          {props.updates && (
            <button
              type="button"
              className="link"
              onClick={props.updates.onCheck}
              disabled={props.updates.checking}
            >
              {props.updates.checking ? 'Checking…' : 'Check for updates'}
            </button>
          )}
          <button type="button" className="link" onClick={props.onOpenOptions}>
            Options
          </button>
        </div>
      </footer>
      {props.updates?.notice && (
        <p className="update-notice" role="status">
          {props.updates.notice}
        </p>
      )}
    </main>
  );
}

import { useId, useState } from 'react';
import { STATUS_WORD } from '@/core/annotate/labels';
import {
  type Timeline,
  type TimelineEvent,
  type TimelineSegment,
  positionOf,
  topicLabel,
} from '@/core/report/timeline';
import type { IsoDate, Status } from '@/core/types';
import { SourceLink } from './SourceLink';
import { StatusSymbol } from './StatusSymbol';

/** The claim the reader came from: where it sits (its topic, the fact it rests on) and when it was published. */
export interface TimelineClaim {
  topic: string;
  factId: string | null;
  status: Status | null;
  published: IsoDate | null;
}

interface Props {
  timeline: Timeline;
  partnerships: { id: string; name: string }[];
  onPartnership: (id: string) => void;
  claim?: TimelineClaim | null;
}

type Focus =
  | { kind: 'event'; event: TimelineEvent }
  | { kind: 'segment'; lane: string; segment: TimelineSegment };

const MIN_LABEL_GAP = 4.5; // percent of the width between two event labels on one row

/** Event labels on as few rows as keep them apart. */
function rowsFor(t: Timeline): Map<string, number> {
  const rows: number[] = [];
  const out = new Map<string, number>();
  for (const e of t.events) {
    const x = positionOf(t, e.date);
    let row = rows.findIndex((last) => x - last >= MIN_LABEL_GAP);
    if (row === -1) row = rows.length;
    rows[row] = x;
    out.set(e.id, row);
  }
  return out;
}

function period(s: TimelineSegment): string {
  return s.to ? `${s.from.when} to ${s.to.when}` : `since ${s.from.when}`;
}

function years(t: Timeline): number[] {
  const first = Number(t.start.slice(0, 4)) + 1;
  const last = Number(t.end.slice(0, 4));
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

function Detail({ focus, claimFact }: { focus: Focus | null; claimFact: string | null }) {
  if (focus === null)
    return (
      <p className="tl-hint">Point at or tab to an event or a period to read what changed and its source.</p>
    );
  if (focus.kind === 'event') {
    const e = focus.event;
    return (
      <>
        <p>
          <strong>
            {e.id} · <time dateTime={e.date}>{e.when}</time>
          </strong>{' '}
          ({e.confidence === 'confirmed' ? 'confirmed by the parties' : 'reported by the press only'})
        </p>
        <p>{e.summary}</p>
        {e.sources.length > 0 ? (
          <p className="source">
            Primary source: <SourceLink source={e.sources[0]} />
          </p>
        ) : (
          <p className="source">{e.sourceNote ?? 'No primary source is known.'}</p>
        )}
      </>
    );
  }
  const s = focus.segment;
  return (
    <>
      <p>
        <strong>
          {focus.lane}, {period(s)}
        </strong>
      </p>
      <ul>
        {s.facts.map((f) => (
          <li key={f.id} data-claim-fact={f.id === claimFact ? '' : undefined}>
            {f.summary}
            {f.confidence === 'reported' ? ' (reported by the press only)' : ''}
            {f.id === claimFact ? ' — what the claim you came from rests on' : ''}
          </li>
        ))}
      </ul>
      <p>
        Began with {s.from.id} (<time dateTime={s.from.date}>{s.from.when}</time>): {s.from.summary}
      </p>
      {s.from.sources[0] && (
        <p className="source">
          Primary source: <SourceLink source={s.from.sources[0]} />
        </p>
      )}
    </>
  );
}

/**
 * How a partnership's terms changed: one lane per topic, each period a segment from the event that began it to
 * the one that ended it, every event on the axis, today marked, and the claim the reader came from placed on it.
 * Every mark is a button with its words (not colour alone); focus or hover shows the event or period below.
 */
export function TimelineView({ timeline: t, partnerships, onPartnership, claim }: Props) {
  const [focus, setFocus] = useState<Focus | null>(null);
  const pickId = useId();
  const detailId = useId();
  const rows = rowsFor(t);
  const rowCount = Math.max(1, ...[...rows.values()].map((r) => r + 1));
  const x = (date: IsoDate) => `${positionOf(t, date).toFixed(2)}%`;
  const claimFact = claim?.factId ?? null;
  // What the claim asserts, in the fact base's words: the fact it rests on, found on its lane.
  const asserted =
    claimFact === null
      ? null
      : (t.lanes.flatMap((l) => l.segments.flatMap((s) => s.facts)).find((f) => f.id === claimFact)
          ?.summary ?? null);
  const show = (f: Focus) => ({ onMouseEnter: () => setFocus(f), onFocus: () => setFocus(f) });

  return (
    <div className="timeline" data-partnership={t.partnership.id}>
      {partnerships.length > 1 && (
        <p className="tl-pick">
          <label htmlFor={pickId}>Partnership </label>
          <select id={pickId} value={t.partnership.id} onChange={(e) => onPartnership(e.currentTarget.value)}>
            {partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <h3>{t.partnership.name}</h3>
      {claim && (
        <p className="tl-claim-note" data-testid="timeline-claim">
          {claim.status && (
            <>
              <StatusSymbol status={claim.status} /> {STATUS_WORD[claim.status]} claim about{' '}
            </>
          )}
          {!claim.status && 'A claim about '}
          {topicLabel(claim.topic).toLowerCase()}
          {claim.published ? (
            <>
              , in an article published <time dateTime={claim.published}>{claim.published}</time> (marked ◆ on
              its lane)
            </>
          ) : (
            ' (the article gives no date)'
          )}
          {claimFact ? '; the period it rests on is outlined.' : '.'}
          {asserted && (
            <>
              {' '}
              It rests on: <q>{asserted}</q>
            </>
          )}
        </p>
      )}
      <div className="tl-chart">
        <ol className="tl-events" aria-label="Events" style={{ height: `${rowCount * 1.9 + 0.4}em` }}>
          {t.events.map((e) => (
            <li key={e.id} style={{ left: x(e.date), top: `${(rows.get(e.id) ?? 0) * 1.9}em` }}>
              <button
                type="button"
                className="tl-event"
                data-event={e.id}
                data-confidence={e.confidence}
                aria-describedby={detailId}
                aria-label={`${e.id}, ${e.when}: ${e.summary}`}
                {...show({ kind: 'event', event: e })}
              >
                {e.id}
              </button>
            </li>
          ))}
        </ol>
        <div className="tl-axis" aria-hidden="true">
          {years(t).map((y) => (
            <span key={y} style={{ left: x(`${y}-01-01`) }}>
              {y}
            </span>
          ))}
        </div>
        <div className="tl-lanes">
          {t.lanes.map((lane) => {
            const isClaimLane = claim?.topic === lane.topic;
            return (
              <section key={lane.topic} className="tl-lane" aria-label={lane.label} data-topic={lane.topic}>
                <h4>{lane.label}</h4>
                <ol className="tl-track">
                  {lane.segments.map((s) => {
                    const end = s.to?.date ?? t.today;
                    const left = positionOf(t, s.from.date);
                    const width = Math.max(0.8, positionOf(t, end) - left);
                    const reported = s.facts.every((f) => f.confidence === 'reported');
                    const holdsClaim = claimFact !== null && s.facts.some((f) => f.id === claimFact);
                    return (
                      <li
                        key={`${s.from.id}`}
                        style={{ left: `${left.toFixed(2)}%`, width: `${width.toFixed(2)}%` }}
                      >
                        <button
                          type="button"
                          className="tl-segment"
                          data-from={s.from.id}
                          data-to={s.to?.id ?? ''}
                          data-reported={reported ? '' : undefined}
                          data-claim={holdsClaim ? '' : undefined}
                          aria-describedby={detailId}
                          aria-label={`${lane.label}, ${period(s)}${reported ? ', reported only' : ''}${holdsClaim ? ', what the claim rests on' : ''}: ${s.facts.map((f) => f.summary).join(' ')}`}
                          {...show({ kind: 'segment', lane: lane.label, segment: s })}
                        >
                          {s.facts[0].summary}
                        </button>
                      </li>
                    );
                  })}
                  {isClaimLane && claim?.published && (
                    <li className="tl-published" style={{ left: x(claim.published) }}>
                      <span aria-hidden="true">◆</span>
                      <span className="visually-hidden">Article published {claim.published}</span>
                    </li>
                  )}
                </ol>
              </section>
            );
          })}
        </div>
        <div className="tl-today" style={{ left: x(t.today) }}>
          <span>Today</span>
        </div>
      </div>
      <p className="tl-legend">
        Each row is one term; each bar is a period from the event that began it to the one that ended it (an
        open bar still holds). Hatched: reported by the press only. Outlined: what the claim you came from
        rests on.
      </p>
      <div id={detailId} className="tl-detail" aria-live="polite">
        <Detail focus={focus} claimFact={claimFact} />
      </div>
    </div>
  );
}

// The address of the timeline of terms in the options page, with the claim the reader came from:
// `options.html#timeline?partnership=…&topic=…&fact=…&status=…&published=…`. Only ids, a status and a date
// travel: never the page's text.
import type { TimelineTarget } from '@/core/annotate/card-model';
import { STATUSES, type Status } from '@/core/types';

export const TIMELINE_SECTION = 'timeline';

export function timelineHash(target: Partial<TimelineTarget> & { partnership: string }): string {
  const q = new URLSearchParams({ partnership: target.partnership });
  if (target.topic) q.set('topic', target.topic);
  if (target.factId) q.set('fact', target.factId);
  if (target.status) q.set('status', target.status);
  if (target.published) q.set('published', target.published);
  return `#${TIMELINE_SECTION}?${q}`;
}

export interface TimelineRequest {
  partnership: string | null;
  claim: { topic: string; factId: string | null; status: Status | null; published: string | null } | null;
}

/** Reads an options-page hash; null when it does not ask for the timeline. */
export function readTimelineHash(hash: string): TimelineRequest | null {
  const m = /^#timeline(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const q = new URLSearchParams(m[1] ?? '');
  const topic = q.get('topic');
  const status = q.get('status');
  const published = q.get('published');
  return {
    partnership: q.get('partnership'),
    claim: topic
      ? {
          topic,
          factId: q.get('fact'),
          status: STATUSES.includes(status as Status) ? (status as Status) : null,
          published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null,
        }
      : null,
  };
}

const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A "how this term changed" request as the background receives it from a page's content script: checked field
 * by field (ids, a known status, a date), null when anything is off. Only these fields go into the address.
 */
export function readTimelineTarget(data: unknown): TimelineTarget | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const id = (v: unknown) => typeof v === 'string' && ID.test(v);
  if (!id(d.partnership) || !id(d.topic)) return null;
  if (d.factId !== null && !id(d.factId)) return null;
  if (!STATUSES.includes(d.status as Status)) return null;
  if (d.published !== null && !(typeof d.published === 'string' && DATE.test(d.published))) return null;
  return {
    partnership: d.partnership as string,
    topic: d.topic as string,
    factId: d.factId as string | null,
    status: d.status as Status,
    published: d.published as string | null,
  };
}

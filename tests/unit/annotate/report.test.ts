import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { latestAmendment, partnershipOf } from '../../../core/report/latest-amendment';
import { countByStatus, needsAttention } from '../../../core/report/page-report';

describe('page report', () => {
  it('counts claims by status and those needing attention', () => {
    const claims = [
      { status: 'outdated' },
      { status: 'contradicted' },
      { status: 'outdated' },
      { status: 'supported' },
    ] as const;
    expect(countByStatus(claims)).toEqual({ supported: 1, outdated: 2, contradicted: 1, unverified: 0 });
    expect(needsAttention(claims)).toBe(3);
  });
});

describe('latest amendment', () => {
  const fb = bundledFactBase();
  const id = fb.partnerships[0].id;

  it('is the latest confirmed event up to the date, with its primary source', () => {
    const confirmed = fb.events.filter((e) => e.partnership === id && e.confidence === 'confirmed');
    const latest = confirmed.reduce((a, b) => (b.date >= a.date ? b : a));
    const got = latestAmendment(fb, id, '2099-01-01')!;
    expect(got.eventId).toBe(latest.id);
    expect(got.source?.url).toBe(latest.sources[0]?.url);
  });

  it('knows nothing before the partnership began', () => {
    expect(latestAmendment(fb, id, '1999-01-01')).toBeNull();
  });

  it('as of a date, ignores later events', () => {
    const got = latestAmendment(fb, id, '2023-12-31')!;
    expect(got.date <= '2023-12-31').toBe(true);
    const later = fb.events.filter(
      (e) => e.partnership === id && e.confidence === 'confirmed' && e.date > got.date,
    );
    expect(later.every((e) => e.date > '2023-12-31')).toBe(true);
  });

  it('finds the partnership most claims rest on', () => {
    expect(partnershipOf([{ partnership: id }, { partnership: null }], fb)?.id).toBe(id);
    expect(partnershipOf([], fb)?.id).toBe(fb.partnerships.length === 1 ? id : undefined);
  });
});

// The rule that labels the paraphrase suite: a proposition's periods, the time a sentence points at and the
// page's date give the status as of "today" (../shared/reference/verdicts.md).
import { describe, expect, it } from 'vitest';
import {
  acceptedFor,
  holdsAt,
  PROPOSITIONS,
  propositionById,
  statusOf,
} from '../../../scripts/paraphrases/record';

const NOW = '2026-11-21';
const prop = (id: string) => {
  const p = propositionById.get(id);
  if (!p) throw new Error(id);
  return p;
};
const current = { kind: 'current' } as const;

describe('statusOf', () => {
  it('a term that still holds is supported, whenever the page was written', () => {
    expect(statusOf(prop('model-rights-2032'), current, null, NOW)).toBe('supported');
    expect(statusOf(prop('model-rights-2032'), current, '2025-12-01', NOW)).toBe('supported');
  });

  it('a term stated as current that has since ended is outdated, also when it was stale on publication', () => {
    expect(statusOf(prop('exclusive-cloud'), current, '2023-03-15', NOW)).toBe('outdated');
    expect(statusOf(prop('exclusive-cloud'), current, null, NOW)).toBe('outdated');
    expect(statusOf(prop('rofr'), current, '2026-09-15', NOW)).toBe('outdated');
  });

  it('a term known only from the press is taken as stated when said plainly, unverified as hearsay', () => {
    const seatGivenUp = prop('observer-seat-given-up');
    expect(seatGivenUp.pressOnly).toBe(true);
    expect(statusOf(seatGivenUp, current, null, NOW)).toBe('supported');
    expect(statusOf(seatGivenUp, current, null, NOW, true)).toBe('unverified');
    expect(acceptedFor(seatGivenUp, { kind: 'at', date: '2024-08-01' }, null, NOW, true)).toEqual([
      'unverified',
    ]);
    // A hedge changes nothing around a confirmed term, nor around a wrong one.
    expect(statusOf(prop('observer-seat'), { kind: 'at', date: '2024-03-01' }, null, NOW, true)).toBe(
      'supported',
    );
    expect(statusOf(prop('voting-seat'), current, null, NOW, true)).toBe('contradicted');
  });

  it('a statement about a stated past date is supported when it held then, contradicted when not', () => {
    expect(statusOf(prop('exclusive-cloud'), { kind: 'at', date: '2020-06-01' }, null, NOW)).toBe(
      'supported',
    );
    expect(statusOf(prop('exclusive-cloud'), { kind: 'at', date: '2016-12-01' }, null, NOW)).toBe(
      'contradicted',
    );
  });

  it('the day a term ends belongs to its successor', () => {
    expect(holdsAt(prop('exclusive-cloud'), '2025-01-20')).toBe(true);
    expect(holdsAt(prop('exclusive-cloud'), '2025-01-21')).toBe(false);
    expect(holdsAt(prop('rofr'), '2025-01-21')).toBe(true);
  });

  it('wrong figures are contradicted and press-only figures unverified, whatever the tense', () => {
    expect(statusOf(prop('stake-49'), current, '2023-03-15', NOW)).toBe('contradicted');
    expect(statusOf(prop('invest-2023-10b'), { kind: 'at', date: '2023-01-23' }, null, NOW)).toBe(
      'unverified',
    );
  });

  it('gives no verdict for a present-tense claim of something that only became true after publication', () => {
    expect(statusOf(prop('any-cloud'), current, '2023-03-15', NOW)).toBeNull();
    expect(acceptedFor(prop('any-cloud'), current, '2023-03-15', NOW)).toBeNull();
  });

  it('accepts the second reading only where the record is unsettled, and only for the present', () => {
    expect(acceptedFor(prop('stake-27'), current, null, NOW)).toEqual(['supported', 'outdated']);
    expect(acceptedFor(prop('stake-27'), { kind: 'at', date: '2025-11-01' }, null, NOW)).toEqual([
      'supported',
    ]);
  });

  it('every proposition cites the events it rests on, and confirmed ones have periods', () => {
    for (const p of PROPOSITIONS) {
      expect(p.events.length).toBeGreaterThan(0);
      if (p.confidence === 'confirmed') expect(p.held.length).toBeGreaterThan(0);
    }
  });
});

// The options page never says "Up to date" about a statement past its expiry: it says since when it is stale.
import { describe, expect, it } from 'vitest';
import { checkResultText, staleSince } from '../../components/FactBaseUpdates';

const base = { version: '1.1.0', reason: 'version 1.1.0 is not newer than 1.1.0' };

describe('stale statements on the options page', () => {
  it('"Up to date" only while the newest verified statement is valid', () => {
    const status = { ...base, result: 'current' as const, expires: '2026-12-01' };
    expect(checkResultText(status, '2026-12-01')).toBe('Up to date: no newer fact base is published.');
    expect(staleSince(status, '2026-12-02')).toBe('2026-12-01');
    expect(checkResultText(status, '2026-12-02')).toBe(
      'Stale since 2026-12-01: the update address has published no fresh signed statement since then.',
    );
  });

  it('a replayed, expired latest.json: stale, with the reason of the refusal', () => {
    const status = {
      result: 'refused' as const,
      version: '1.1.0',
      reason: 'latest.json expired on 2026-12-01 (stale since then)',
      expires: '2026-12-01',
    };
    expect(checkResultText(status, '2027-01-15')).toMatch(
      /^Stale since 2026-12-01: .* Last check refused: latest\.json expired on 2026-12-01/,
    );
  });

  it('a status from before expiries (none recorded) reads as before', () => {
    expect(checkResultText({ ...base, result: 'current' }, '2030-01-01')).toBe(
      'Up to date: no newer fact base is published.',
    );
  });
});

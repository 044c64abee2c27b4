// The background's memory of updates: the last good fact base, the last attempt, and the bundled copy as
// the fallback whenever stored data cannot be trusted.
import { describe, expect, it } from 'vitest';
import { LATEST_FORMAT } from '../../../core/factbase/release-format';
import type { UpdateCheckResult } from '../../../core/factbase/update-check';
import {
  loadActiveFactBase,
  readUpdateStatus,
  recordCheckResult,
  runUpdate,
  STORAGE_KEYS,
} from '../../../core/factbase/update-store';
import { memoryStorage } from './memory-storage';
import { factBaseAt } from './release-fixture';

/** The copy "shipped with the extension" in these tests: the project's data, pinned at 1.0.0. */
const bundled = factBaseAt('1.0.0');
const T1 = new Date('2026-11-22T08:00:00Z');
const T2 = new Date('2026-11-23T08:00:00Z');

const updated = (version: string): UpdateCheckResult => ({
  kind: 'updated',
  factBase: factBaseAt(version),
  version,
  published: '2026-12-01',
  sha256: 'a'.repeat(64),
  // Not verified here (no `trust`): tests/unit/factbase-update/stored-trust.test.ts verifies for real.
  latest: {
    format: LATEST_FORMAT,
    schemaVersion: 1,
    version,
    published: '2026-12-01',
    expires: '2027-01-01',
    bundle: `factbase-${version}.json`,
    size: 1,
    sha256: 'a'.repeat(64),
    minExtensionVersion: '0.0.0',
    signature: 'unsigned',
  },
});

describe('loadActiveFactBase', () => {
  it('uses the bundled copy when nothing is stored', async () => {
    const { storage } = memoryStorage();
    expect(await loadActiveFactBase(storage, bundled)).toEqual({
      factBase: bundled,
      origin: 'bundled',
      version: '1.0.0',
      problem: null,
    });
  });

  it('falls back to the bundled copy when stored data is corrupt at start-up, and clears it', async () => {
    const half = JSON.parse(JSON.stringify({ version: '1.1.0', factBase: factBaseAt('1.1.0') }));
    delete half.factBase.events;
    for (const corrupt of [half, 'garbage', { version: '1.1.0' }, 42]) {
      const { storage, data } = memoryStorage({ [STORAGE_KEYS.factBase]: corrupt });
      const active = await loadActiveFactBase(storage, bundled);
      expect(active.origin).toBe('bundled');
      expect(active.factBase).toBe(bundled);
      expect(active.problem).toMatch(/^stored fact base is corrupt and was set aside \(/);
      expect(data.get(STORAGE_KEYS.factBase)).toBeNull();
    }
  });

  it('falls back to the bundled copy when storage itself fails', async () => {
    const active = await loadActiveFactBase(
      {
        get: async () => {
          throw new Error('quota exceeded');
        },
        set: async () => {},
      },
      bundled,
    );
    expect(active).toMatchObject({
      origin: 'bundled',
      problem: 'stored fact base could not be read (quota exceeded)',
    });
  });

  it('prefers the bundled copy once an extension update ships data as new as the download', async () => {
    const { storage } = memoryStorage();
    await recordCheckResult(storage, updated('1.1.0'), { bundled, now: T1 });
    expect((await loadActiveFactBase(storage, bundled)).origin).toBe('downloaded');
    const newerBundled = factBaseAt('1.1.0');
    expect(await loadActiveFactBase(storage, newerBundled)).toMatchObject({
      origin: 'bundled',
      version: '1.1.0',
    });
  });
});

describe('runUpdate', () => {
  it('keeps the last good fact base through later refusals, and records each attempt', async () => {
    const { storage } = memoryStorage();
    const first = await runUpdate(storage, { bundled, now: () => T1, check: async () => updated('1.1.0') });
    expect(first.active).toMatchObject({ origin: 'downloaded', version: '1.1.0' });

    const seen: unknown[] = [];
    const second = await runUpdate(storage, {
      bundled,
      now: () => T2,
      check: async (current) => {
        seen.push(current);
        return { kind: 'refused', reason: 'signature does not verify' };
      },
    });
    expect(seen).toEqual([{ version: '1.1.0', schemaVersion: 3 }]);
    expect(second.active).toMatchObject({ origin: 'downloaded', version: '1.1.0' });
    expect(second.status).toEqual({
      lastAttempt: T2.toISOString(),
      result: 'refused',
      reason: 'signature does not verify',
      version: '1.1.0',
      origin: 'downloaded',
      lastSuccess: T1.toISOString(),
      storageProblem: null,
      expires: '2027-01-01', // of the statement kept with the data in use
    });
    expect(await readUpdateStatus(storage)).toEqual(second.status);
  });

  it('recovers from corrupted storage at start-up: bundled copy, problem recorded, next update stored', async () => {
    const { storage } = memoryStorage({
      [STORAGE_KEYS.factBase]: { version: '1.1.0', factBase: { manifest: 'truncated' } },
      [STORAGE_KEYS.status]: 'not a status',
    });
    expect(await readUpdateStatus(storage)).toBeNull();
    const currents: unknown[] = [];
    const { status, active } = await runUpdate(storage, {
      bundled,
      now: () => T1,
      check: async (current) => {
        currents.push(current);
        return updated('1.2.0');
      },
    });
    expect(currents).toEqual([{ version: '1.0.0', schemaVersion: 3 }]);
    expect(status).toMatchObject({ result: 'updated', version: '1.2.0', origin: 'downloaded' });
    expect(status.storageProblem).toMatch(/^stored fact base is corrupt/);
    expect(active).toMatchObject({ origin: 'downloaded', version: '1.2.0', problem: null });
  });

  it('records a storage problem its caller met before the run (data already set aside)', async () => {
    const { storage } = memoryStorage();
    const { status } = await runUpdate(storage, {
      bundled,
      now: () => T1,
      storageProblem: 'stored fact base is corrupt and was set aside (x)',
      check: async () => ({ kind: 'refused', reason: 'HTTP 404 (latest.json)' }),
    });
    expect(status).toMatchObject({
      result: 'refused',
      origin: 'bundled',
      storageProblem: 'stored fact base is corrupt and was set aside (x)',
    });
  });

  it('records a check that throws as refused, and keeps the data in use', async () => {
    const { storage } = memoryStorage();
    const { status, active } = await runUpdate(storage, {
      bundled,
      now: () => T1,
      check: async () => {
        throw new Error('boom');
      },
    });
    expect(status).toMatchObject({ result: 'refused', reason: 'internal error: boom', lastSuccess: null });
    expect(active.factBase).toBe(bundled);
  });

  it('never replaces a newer stored fact base with an older accepted one (two checks at once)', async () => {
    const { storage } = memoryStorage();
    await recordCheckResult(storage, updated('1.3.0'), { bundled, now: T1 });
    const status = await recordCheckResult(storage, updated('1.2.0'), { bundled, now: T2 });
    expect(status).toMatchObject({
      result: 'current',
      reason: 'version 1.2.0 is not newer than 1.3.0',
      version: '1.3.0',
    });
    expect((await loadActiveFactBase(storage, bundled)).version).toBe('1.3.0');
  });
});

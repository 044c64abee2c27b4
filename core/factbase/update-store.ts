// What the background keeps between update checks, behind a two-method storage adapter (browser.storage.local
// in the extension, a Map in tests): the last good downloaded fact base and the outcome of the last check.
// Stored data is never trusted as it is: it is parsed again when read, and set aside for the bundled copy
// when it does not parse (a corrupt or half-written entry, or data an older schema wrote).
import { z } from './zod';
import { parseFactBase } from './load';
import type { FactBase } from './schema';
import { compareVersions } from './semver';
import type { UpdateCheckResult } from './update-check';
import { STORAGE_KEYS } from './update-keys';

export interface KeyValueStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export { STORAGE_KEYS };

export interface StoredFactBase {
  version: string;
  published: string;
  /** SHA-256 of the bundle it came from, as latest.json announced it. */
  sha256: string;
  /** When it was accepted (ISO timestamp). */
  acceptedAt: string;
  factBase: FactBase;
}

const statusSchema = z.object({
  lastAttempt: z.string(),
  result: z.enum(['updated', 'current', 'refused']),
  reason: z.string().nullable(),
  version: z.string(),
  origin: z.enum(['bundled', 'downloaded']),
  lastSuccess: z.string().nullable(),
  storageProblem: z.string().nullable(),
});

export interface UpdateStatus {
  /** When the last check ended (ISO timestamp). */
  lastAttempt: string;
  result: 'updated' | 'current' | 'refused';
  /** Why it was refused, or what "current" found; null after an update. */
  reason: string | null;
  /** The fact-base version in use after the check, and where it comes from. */
  version: string;
  origin: 'bundled' | 'downloaded';
  /** The last check that ended with "updated" or "current". */
  lastSuccess: string | null;
  /** Set when stored data was found corrupt and set aside. */
  storageProblem: string | null;
}

export interface ActiveFactBase {
  factBase: FactBase;
  origin: 'bundled' | 'downloaded';
  version: string;
  /** Why the stored copy was set aside, when it was. */
  problem: string | null;
}

/**
 * The fact base to use: the stored download when it parses and is newer than the bundled copy (an extension
 * update may ship newer data than the last download), else the bundled one. Corrupt stored data is cleared.
 */
export async function loadActiveFactBase(
  storage: KeyValueStorage,
  bundled: FactBase,
): Promise<ActiveFactBase> {
  const fromBundle = (problem: string | null): ActiveFactBase => ({
    factBase: bundled,
    origin: 'bundled',
    version: bundled.manifest.version,
    problem,
  });
  let stored: unknown;
  try {
    stored = await storage.get(STORAGE_KEYS.factBase);
  } catch (e) {
    return fromBundle(`stored fact base could not be read (${(e as Error)?.message ?? e})`);
  }
  if (stored === undefined || stored === null) return fromBundle(null);
  let factBase: FactBase;
  try {
    if (typeof stored !== 'object' || !('factBase' in stored)) throw new Error('not a stored fact base');
    factBase = parseFactBase((stored as { factBase: unknown }).factBase);
  } catch (e) {
    await storage.set(STORAGE_KEYS.factBase, null).catch(() => undefined);
    return fromBundle(`stored fact base is corrupt and was set aside (${(e as Error).message})`);
  }
  if (compareVersions(factBase.manifest.version, bundled.manifest.version) <= 0) return fromBundle(null);
  return { factBase, origin: 'downloaded', version: factBase.manifest.version, problem: null };
}

/** The last recorded check, or null when there is none or it does not read. */
export async function readUpdateStatus(storage: KeyValueStorage): Promise<UpdateStatus | null> {
  try {
    const parsed = statusSchema.safeParse(await storage.get(STORAGE_KEYS.status));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps an accepted update (unless something newer was stored meanwhile) and records the outcome. */
export async function recordCheckResult(
  storage: KeyValueStorage,
  result: UpdateCheckResult,
  context: { bundled: FactBase; now: Date; storageProblem?: string | null },
): Promise<UpdateStatus> {
  const at = context.now.toISOString();
  const previous = await readUpdateStatus(storage);
  let outcome: Pick<UpdateStatus, 'result' | 'reason'>;
  if (result.kind === 'updated') {
    const active = await loadActiveFactBase(storage, context.bundled);
    if (compareVersions(result.version, active.version) > 0) {
      const entry: StoredFactBase = {
        version: result.version,
        published: result.published,
        sha256: result.sha256,
        acceptedAt: at,
        factBase: result.factBase,
      };
      await storage.set(STORAGE_KEYS.factBase, entry);
      outcome = { result: 'updated', reason: null };
    } else {
      outcome = {
        result: 'current',
        reason: `version ${result.version} is not newer than ${active.version}`,
      };
    }
  } else {
    outcome = { result: result.kind, reason: result.reason };
  }
  const after = await loadActiveFactBase(storage, context.bundled);
  const status: UpdateStatus = {
    lastAttempt: at,
    ...outcome,
    version: after.version,
    origin: after.origin,
    lastSuccess: outcome.result === 'refused' ? (previous?.lastSuccess ?? null) : at,
    storageProblem: context.storageProblem ?? null,
  };
  await storage.set(STORAGE_KEYS.status, status);
  return status;
}

export type CheckFn = (current: { version: string; schemaVersion: number }) => Promise<UpdateCheckResult>;

/**
 * One scheduled update: load what is in use, run `check` against it, keep the result.
 * Returns the recorded status and the fact base to use from now on. Never throws for a failed check.
 */
export async function runUpdate(
  storage: KeyValueStorage,
  options: {
    bundled: FactBase;
    check: CheckFn;
    now?: () => Date;
    /** A problem with stored data the caller met (and set aside) before this run, to record with it. */
    storageProblem?: string | null;
  },
): Promise<{ status: UpdateStatus; active: ActiveFactBase }> {
  const now = options.now ?? (() => new Date());
  const active = await loadActiveFactBase(storage, options.bundled);
  let result: UpdateCheckResult;
  try {
    result = await options.check({
      version: active.version,
      schemaVersion: active.factBase.manifest.schemaVersion,
    });
  } catch (e) {
    result = { kind: 'refused', reason: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
  const status = await recordCheckResult(storage, result, {
    bundled: options.bundled,
    now: now(),
    storageProblem: active.problem ?? options.storageProblem ?? null,
  });
  return { status, active: await loadActiveFactBase(storage, options.bundled) };
}

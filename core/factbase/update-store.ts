// What the background keeps between update checks, behind a two-method storage adapter (browser.storage.local
// in the extension, a Map in tests): the last good downloaded fact base and the outcome of the last check.
// Stored data is never trusted as it is: it is parsed again when read, and set aside for the bundled copy
// when it does not parse (a corrupt or half-written entry, or data an older schema wrote). With `trust` (the
// keys of the running extension, as the background always passes them) it is also verified again on every
// load: the signed statement kept with it must verify with the key it names, that key must still be trusted,
// and the data must be what the statement signed. An extension release that retires a key evicts the data
// signed with it.
import { z } from './zod';
import { buildBundle, type Latest, latestSchema, releaseStatement } from './release-format';
import { parseFactBase } from './load';
import type { FactBase } from './schema';
import { compareVersions } from './semver';
import { decodePublicKey, keyIdOf, verifyEd25519 } from './signature';
import { fromBase64 } from './encoding';
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
  /** The signed latest.json it came with (or its latest re-signed statement), verified again on each load. */
  latest?: Latest;
  /** keyIdOf the key that signed `latest`. */
  keyId?: string;
}

/** The keys the running extension trusts (base64 raw Ed25519), for verifying stored data again. */
export interface StoreTrust {
  publicKeys: readonly string[];
}

const statusSchema = z.object({
  lastAttempt: z.string(),
  result: z.enum(['updated', 'current', 'refused']),
  reason: z.string().nullable(),
  version: z.string(),
  origin: z.enum(['bundled', 'downloaded']),
  lastSuccess: z.string().nullable(),
  storageProblem: z.string().nullable(),
  expires: z.string().nullable().default(null),
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
  /**
   * The last day the newest signed statement seen (of the data in use, or found current) was valid: past it,
   * the options page says "stale since". Null (or absent, in a status an older version wrote) before any.
   */
  expires?: string | null;
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
  trust?: StoreTrust,
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
  if (trust !== undefined) {
    const problem = await storedProblem(stored as StoredFactBase, factBase, trust);
    if (problem !== null) {
      await storage.set(STORAGE_KEYS.factBase, null).catch(() => undefined);
      return fromBundle(`stored fact base was set aside: ${problem}`);
    }
  }
  if (compareVersions(factBase.manifest.version, bundled.manifest.version) <= 0) return fromBundle(null);
  return { factBase, origin: 'downloaded', version: factBase.manifest.version, problem: null };
}

/** Why stored data does not verify against the keys trusted now, or null. */
async function storedProblem(
  stored: StoredFactBase,
  factBase: FactBase,
  trust: StoreTrust,
): Promise<string | null> {
  const parsed = latestSchema.safeParse(stored.latest);
  if (!parsed.success || typeof stored.keyId !== 'string') return 'it has no signed statement';
  const latest = parsed.data;
  const key = await trustedKey(trust, stored.keyId);
  if (key === null) return `its signing key ${stored.keyId} is no longer trusted by this extension`;
  const signature = fromBase64(latest.signature);
  if (!signature || (await verifyEd25519([key], signature, releaseStatement(latest))) !== 'valid') {
    return 'its signed statement does not verify';
  }
  const built = await buildBundle(factBase);
  if (
    built.sha256 !== latest.sha256 ||
    built.bytes.length !== latest.size ||
    factBase.manifest.version !== latest.version
  ) {
    return 'the data is not what its statement signed';
  }
  return null;
}

async function trustedKey(trust: StoreTrust, keyId: string): Promise<Uint8Array<ArrayBuffer> | null> {
  for (const base64 of trust.publicKeys) {
    const raw = decodePublicKey(base64);
    if (raw !== null && (await keyIdOf(raw)) === keyId) return raw;
  }
  return null;
}

/** The id of the trusted key that signed `latest`, or null when none did. */
export async function signingKeyId(latest: Latest, trust: StoreTrust): Promise<string | null> {
  const signature = fromBase64(latest.signature);
  if (!signature) return null;
  for (const base64 of trust.publicKeys) {
    const raw = decodePublicKey(base64);
    if (raw === null) continue;
    if ((await verifyEd25519([raw], signature, releaseStatement(latest))) === 'valid') return keyIdOf(raw);
  }
  return null;
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
  context: { bundled: FactBase; now: Date; storageProblem?: string | null; trust?: StoreTrust },
): Promise<UpdateStatus> {
  const at = context.now.toISOString();
  const previous = await readUpdateStatus(storage);
  let outcome: Pick<UpdateStatus, 'result' | 'reason'>;
  let expires = previous?.expires ?? null;
  if (result.kind === 'updated') {
    const active = await loadActiveFactBase(storage, context.bundled, context.trust);
    if (compareVersions(result.version, active.version) > 0) {
      const keyId = context.trust ? await signingKeyId(result.latest, context.trust) : null;
      const entry: StoredFactBase = {
        version: result.version,
        published: result.published,
        sha256: result.sha256,
        acceptedAt: at,
        factBase: result.factBase,
        latest: result.latest,
        ...(keyId !== null ? { keyId } : {}),
      };
      await storage.set(STORAGE_KEYS.factBase, entry);
      outcome = { result: 'updated', reason: null };
      expires = result.latest?.expires ?? expires;
    } else {
      outcome = {
        result: 'current',
        reason: `version ${result.version} is not newer than ${active.version}`,
      };
    }
  } else {
    outcome = { result: result.kind, reason: result.reason };
    if (result.kind === 'current' && result.latest !== undefined) {
      expires = result.latest.expires;
      await refreshStatement(storage, result.latest, context.trust);
    }
  }
  const after = await loadActiveFactBase(storage, context.bundled, context.trust);
  const status: UpdateStatus = {
    lastAttempt: at,
    ...outcome,
    version: after.version,
    origin: after.origin,
    lastSuccess: outcome.result === 'refused' ? (previous?.lastSuccess ?? null) : at,
    storageProblem: context.storageProblem ?? null,
    expires,
  };
  await storage.set(STORAGE_KEYS.status, status);
  return status;
}

/** A re-signed statement of the stored release (same bytes, later expiry) replaces the one kept with it. */
async function refreshStatement(storage: KeyValueStorage, latest: Latest, trust?: StoreTrust): Promise<void> {
  const stored = (await storage.get(STORAGE_KEYS.factBase).catch(() => null)) as StoredFactBase | null;
  if (stored === null || typeof stored !== 'object' || stored.version !== latest.version) return;
  if (stored.sha256 !== latest.sha256 || (stored.latest && stored.latest.expires >= latest.expires)) return;
  const keyId = trust ? await signingKeyId(latest, trust) : null;
  await storage.set(STORAGE_KEYS.factBase, { ...stored, latest, ...(keyId !== null ? { keyId } : {}) });
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
    /** The keys trusted now: stored data is verified again against them (see loadActiveFactBase). */
    trust?: StoreTrust;
  },
): Promise<{ status: UpdateStatus; active: ActiveFactBase }> {
  const now = options.now ?? (() => new Date());
  const active = await loadActiveFactBase(storage, options.bundled, options.trust);
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
    trust: options.trust,
  });
  return { status, active: await loadActiveFactBase(storage, options.bundled, options.trust) };
}

// The extension's update channel, minus the browser: fetch latest.json, check its signature and what it
// announces, then fetch the bundle and check it byte for byte. Accepts only a signed, intact, valid,
// supported and newer fact base; anything else is refused with a short reason and the caller keeps the
// data it has. Pure apart from the `fetch` it is given.
import { readBundle, readLatest } from './accept-release';
import { decodePublicKey } from './signature';
import { type FetchLike, fetchCapped, formatBytes } from './fetch-capped';
import { addDays } from '../iso-days';
import { type Latest, MAX_VALID_DAYS } from './release-format';
import { SCHEMA_VERSION, type FactBase } from './schema';
import { compareVersions, isDottedVersion } from './semver';

export type { FetchLike } from './fetch-capped';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** latest.json is a few hundred bytes; anything past this is not one. */
export const LATEST_MAX_BYTES = 64 * 1024;
/**
 * The largest step up in the data's major version, and the largest part of a version, a release may make.
 * A release signed by mistake as 999999999.0.0 could never be replaced by a sane version after it.
 */
export const MAX_MAJOR_STEP = 3;
export const MAX_VERSION_PART = 99_999;

export interface UpdateCheckOptions {
  /** URL of latest.json (https; see allowLoopbackHttp). */
  latestUrl: string;
  fetch: FetchLike;
  /** Trusted key(s): base64 of the raw 32-byte Ed25519 public key. Several while keys are rotated. */
  publicKey: string | readonly string[];
  /** The fact base in use. `null` accepts any version (the CLI's `verify`). */
  current: { version: string; schemaVersion: number } | null;
  /**
   * The running extension's version (runtime.getManifest().version), compared with minExtensionVersion.
   * `null` skips that comparison (the CLI's `verify`).
   */
  extensionVersion: string | null;
  /** Per file, headers and body together. Default 10 s. */
  timeoutMs?: number;
  /** Largest bundle accepted. Default 2 MB. */
  maxBytes?: number;
  /** http:// allowed for 127.0.0.1, localhost and [::1]. Default false. */
  allowLoopbackHttp?: boolean;
  /** The fact-base schema version this code reads. Default SCHEMA_VERSION. */
  supportedSchemaVersion?: number;
  /** The clock, for the statement's expiry. Default the system's. */
  now?: () => Date;
}

export type UpdateCheckResult =
  | {
      kind: 'updated';
      factBase: FactBase;
      version: string;
      published: string;
      sha256: string;
      /** The signed latest.json, kept with the data and verified again whenever it is loaded. */
      latest: Latest;
    }
  /** Nothing newer is published; `reason` says what was found ("version 1.0.0 is not newer than 1.0.0"). */
  | { kind: 'current'; version: string; reason: string; latest?: Latest }
  | { kind: 'refused'; reason: string };

/** One check of the update channel. Never throws. */
export async function checkForUpdate(options: UpdateCheckOptions): Promise<UpdateCheckResult> {
  try {
    return await check(options);
  } catch (e) {
    return { kind: 'refused', reason: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function check(options: UpdateCheckOptions): Promise<UpdateCheckResult> {
  const refused = (reason: string): UpdateCheckResult => ({ kind: 'refused', reason });
  const keys = (typeof options.publicKey === 'string' ? [options.publicKey] : options.publicKey).map(
    decodePublicKey,
  );
  if (keys.length === 0 || keys.some((k) => k === null)) {
    return refused('the public key is not a base64 Ed25519 key');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const allowLoopbackHttp = options.allowLoopbackHttp ?? false;

  const latestFile = await fetchCapped(options.latestUrl, options.fetch, {
    timeoutMs,
    maxBytes: Math.min(maxBytes, LATEST_MAX_BYTES),
    allowLoopbackHttp,
  });
  if (!latestFile.ok) return refused(`${latestFile.reason} (latest.json)`);
  const read = await readLatest(latestFile.bytes, keys as Uint8Array<ArrayBuffer>[]);
  if (!read.ok) return refused(read.reason);
  const latest = read.value;

  const stale = freshnessProblem(latest, (options.now ?? (() => new Date()))());
  if (stale) return refused(stale);
  const announced = announcedProblem(latest, options);
  if (announced) return announced;
  if (latest.size > maxBytes) return refused(`file larger than ${formatBytes(maxBytes)} (bundle)`);

  let bundleUrl: string;
  try {
    bundleUrl = new URL(latest.bundle, latestFile.url).href;
  } catch {
    return refused('latest.json names a bundle URL that cannot be read');
  }
  const bundleFile = await fetchCapped(bundleUrl, options.fetch, { timeoutMs, maxBytes, allowLoopbackHttp });
  if (!bundleFile.ok) return refused(`${bundleFile.reason} (bundle)`);
  const bundle = await readBundle(bundleFile.bytes, latest);
  if (!bundle.ok) return refused(bundle.reason);
  return {
    kind: 'updated',
    factBase: bundle.value,
    version: latest.version,
    published: latest.published,
    sha256: latest.sha256,
    latest,
  };
}

/**
 * Why a signed statement is not current: past its expiry (a host replaying an old latest.json, or
 * maintainers who stopped re-signing), or claiming a validity longer than any release may.
 */
export function freshnessProblem(latest: Pick<Latest, 'expires'>, now: Date): string | null {
  const today = now.toISOString().slice(0, 10);
  if (latest.expires < today) return `latest.json expired on ${latest.expires} (stale since then)`;
  if (latest.expires > addDays(today, MAX_VALID_DAYS)) {
    return `latest.json claims to stay valid until ${latest.expires}, more than ${MAX_VALID_DAYS} days ahead`;
  }
  return null;
}

/** Why a version is beyond a sane bound, from `current` (or from nothing), or null. */
export function versionJumpProblem(version: string, current: string | null): string | null {
  const parts = version.split('.').map(Number);
  if (parts.some((p) => p > MAX_VERSION_PART)) {
    return `version ${version} is beyond any sane version (parts above ${MAX_VERSION_PART})`;
  }
  if (current !== null && parts[0] > Number(current.split('.')[0]) + MAX_MAJOR_STEP) {
    return `version ${version} jumps more than ${MAX_MAJOR_STEP} major versions past ${current}`;
  }
  return null;
}

/** What the signed latest.json announces that rules the update out before the bundle is downloaded. */
function announcedProblem(latest: Latest, options: UpdateCheckOptions): UpdateCheckResult | null {
  const supported = options.supportedSchemaVersion ?? SCHEMA_VERSION;
  if (latest.schemaVersion !== supported) {
    return { kind: 'refused', reason: `schema version ${latest.schemaVersion} is not supported` };
  }
  const extension = options.extensionVersion;
  if (
    extension !== null &&
    (!isDottedVersion(extension) || compareVersions(extension, latest.minExtensionVersion) < 0)
  ) {
    return {
      kind: 'refused',
      reason: `needs extension version ${latest.minExtensionVersion} or later (this is ${extension})`,
    };
  }
  const { current } = options;
  const jump = versionJumpProblem(latest.version, current?.version ?? null);
  if (jump) return { kind: 'refused', reason: jump };
  if (!current) return null;
  // A schema change bumps the data's major version (docs/publishing.md), so versions compare across schemas.
  const order = compareVersions(latest.version, current.version);
  const reason = `version ${latest.version} is not newer than ${current.version}`;
  if (order === 0) return { kind: 'current', version: current.version, reason, latest };
  if (order < 0) return { kind: 'refused', reason };
  return null;
}

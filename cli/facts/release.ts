// Signing a built bundle into a latest.json: shared by `sign` and `publish`.
import { urlProblem } from '../../core/factbase/fetch-capped';
import {
  ANY_EXTENSION_VERSION,
  DEFAULT_VALID_DAYS,
  type Latest,
  LATEST_FORMAT,
  MAX_VALID_DAYS,
  releaseStatement,
} from '../../core/factbase/release-format';
import { addDays } from '../../core/iso-days';
import { isDottedVersion } from '../../core/factbase/semver';
import { signEd25519 } from '../../core/factbase/signature';
import { UsageError } from './command';
import type { SigningKey } from './keys';

export interface BundleInfo {
  bytes: Uint8Array;
  sha256: string;
  version: string;
  schemaVersion: number;
  published: string;
  fileName: string;
}

export const RELEASE_OPTIONS = {
  key: { type: 'string' },
  'base-url': { type: 'string' },
  'min-extension-version': { type: 'string' },
  'valid-days': { type: 'string' },
} as const;

/** `--valid-days`: how long the signed statement stays valid from today; DEFAULT_VALID_DAYS when absent. */
export function validDaysOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_VALID_DAYS;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > MAX_VALID_DAYS) {
    throw new UsageError(`--valid-days must be a whole number from 1 to ${MAX_VALID_DAYS}, not "${value}"`);
  }
  return days;
}

/** `--min-extension-version`, checked; "0.0.0" (any) when absent. */
export function minExtensionVersionOption(value: string | undefined): string {
  if (value === undefined) return ANY_EXTENSION_VERSION;
  if (!isDottedVersion(value)) {
    throw new UsageError(`--min-extension-version must be a version such as 1.2.0, not "${value}"`);
  }
  return value;
}

/** The bundle's URL as latest.json names it: relative, or under `--base-url` (https). */
export function bundleUrl(fileName: string, baseUrl: string | undefined): string {
  if (baseUrl === undefined) return fileName;
  if (urlProblem(baseUrl, true)) throw new UsageError(`--base-url must be an https URL, not "${baseUrl}"`);
  return new URL(fileName, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

export async function signRelease(
  bundle: BundleInfo,
  options: {
    key: SigningKey;
    bundleUrl: string;
    minExtensionVersion: string;
    /** Days from `today` the statement stays valid. Default DEFAULT_VALID_DAYS. */
    validDays?: number;
    /** Today (YYYY-MM-DD, UTC); default the clock's. */
    today?: string;
  },
): Promise<Latest> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const fields = {
    schemaVersion: bundle.schemaVersion,
    version: bundle.version,
    published: bundle.published,
    expires: addDays(today, options.validDays ?? DEFAULT_VALID_DAYS),
    bundle: options.bundleUrl,
    sha256: bundle.sha256,
    size: bundle.bytes.length,
    minExtensionVersion: options.minExtensionVersion,
  };
  const signature = await signEd25519(options.key.privateKey, releaseStatement(fields));
  return { format: LATEST_FORMAT, ...fields, signature };
}

/** latest.json as written: indented for people; the signature covers the statement, not this text. */
export function latestJsonText(latest: Latest): string {
  return `${JSON.stringify(latest, null, 2)}\n`;
}

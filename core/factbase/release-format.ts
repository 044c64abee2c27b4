// The two files of a published fact base (docs/publishing.md has the full description):
//
// factbase-<version>.json, the bundle: the canonical JSON (canonical-json.ts) of
//   { format, schemaVersion, version, published, factBaseSha256, factBase }
//   factBaseSha256 is the hex SHA-256 of canonicalJson(factBase). The file's own SHA-256 is in latest.json.
//
// latest.json, the pointer the extension polls:
//   { format, schemaVersion, version, published, expires, bundle, size, sha256, minExtensionVersion, signature }
//   bundle: URL of the bundle, relative to latest.json or absolute; sha256/size: of the bundle file's bytes;
//   expires: the last day the statement may be taken as current (maintainers re-sign before it, even when no
//   new data is published: a host replaying an old latest.json then shows as stale, never as "up to date");
//   signature: base64 Ed25519 signature over the UTF-8 bytes of the release statement below.
//
// The release statement is canonicalJson({ format: STATEMENT_FORMAT, schemaVersion, version, published,
// expires, bundle, sha256, size, minExtensionVersion }): every field of latest.json but the signature. The
// bundle URL is signed as written (a relative URL, the default, still lets a mirror serve the same signed
// release). Signing the statement rather than the bundle bytes means latest.json's own claims (version,
// schema, minimum extension, expiry) are signed too, and the extension can refuse an unsupported schema or an
// old version before downloading the bundle.
import { z } from './zod';
import { canonicalJson } from './canonical-json';
import { sha256Hex, utf8Bytes } from './encoding';
import type { FactBase } from './schema';
import { isDottedVersion, isSemver } from './semver';

export const BUNDLE_FORMAT = 'partnership-lens/fact-base-bundle@1';
export const LATEST_FORMAT = 'partnership-lens/latest@2';
export const STATEMENT_FORMAT = 'partnership-lens/release-statement@2';

/** How long a statement stays valid when the maintainer does not say (`facts publish --valid-days`). */
export const DEFAULT_VALID_DAYS = 30;
/** The longest validity the extension accepts: a statement claiming more is refused. */
export const MAX_VALID_DAYS = 400;

/** "Any extension version": the default minimum. */
export const ANY_EXTENSION_VERSION = '0.0.0';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'lower-case hex SHA-256');
const semver = z.string().refine(isSemver, 'semantic version x.y.z');

export const latestSchema = z.object({
  format: z.literal(LATEST_FORMAT),
  schemaVersion: z.number().int().positive(),
  version: semver,
  published: z.iso.date(),
  expires: z.iso.date(),
  bundle: z.string().min(1).max(2048),
  size: z.number().int().positive(),
  sha256,
  minExtensionVersion: z.string().refine(isDottedVersion, 'version of 1 to 4 dot-separated integers'),
  signature: z.string().min(1).max(200),
});
export type Latest = z.infer<typeof latestSchema>;

/** The envelope of a bundle: its fact base is checked separately, by parseFactBase. */
export const bundleEnvelopeSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.number().int().positive(),
  version: semver,
  published: z.iso.date(),
  factBaseSha256: sha256,
  factBase: z.unknown(),
});
export type BundleEnvelope = z.infer<typeof bundleEnvelopeSchema>;

export type ReleaseFields = Pick<
  Latest,
  'schemaVersion' | 'version' | 'published' | 'expires' | 'bundle' | 'sha256' | 'size' | 'minExtensionVersion'
>;

/** The bytes the signature covers. */
export function releaseStatement(fields: ReleaseFields): Uint8Array<ArrayBuffer> {
  const { schemaVersion, version, published, expires, bundle, sha256, size, minExtensionVersion } = fields;
  return utf8Bytes(
    canonicalJson({
      format: STATEMENT_FORMAT,
      schemaVersion,
      version,
      published,
      expires,
      bundle,
      sha256,
      size,
      minExtensionVersion,
    }),
  );
}

export interface BuiltBundle {
  /** The file's exact bytes. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  fileName: string;
  version: string;
  schemaVersion: number;
  published: string;
}

/** The bundle of a (validated) fact base: same fact base, same bytes, same hash. */
export async function buildBundle(factBase: FactBase): Promise<BuiltBundle> {
  const { schemaVersion, version, published } = factBase.manifest;
  const factBaseSha256 = await sha256Hex(utf8Bytes(canonicalJson(factBase)));
  const bytes = utf8Bytes(
    canonicalJson({ format: BUNDLE_FORMAT, schemaVersion, version, published, factBaseSha256, factBase }),
  );
  return {
    bytes,
    sha256: await sha256Hex(bytes),
    fileName: bundleFileName(version),
    version,
    schemaVersion,
    published,
  };
}

export function bundleFileName(version: string): string {
  return `factbase-${version}.json`;
}

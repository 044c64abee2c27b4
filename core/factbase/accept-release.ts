// Deciding whether downloaded bytes are a release we may trust, with no I/O: the fetching is in
// update-check.ts, the CLI's `verify` reads local files. Every refusal is one short human sentence.
import { entrySource } from '../claims/lexicon/compile-lexicon';
import { canonicalJson } from './canonical-json';
import { fromBase64, sha256Hex, utf8Bytes, utf8Text } from './encoding';
import { parseFactBase } from './load';
import {
  type BundleEnvelope,
  bundleEnvelopeSchema,
  type Latest,
  latestSchema,
  releaseStatement,
} from './release-format';
import { regexSetProblem } from './regex-safety';
import type { FactBase } from './schema';
import { verifyEd25519 } from './signature';

/**
 * Every regular expression source a release carries (today: the patterns' cues and exceptions), checked by
 * regex-safety.ts before the release is used. The one place that knows where a release keeps them.
 */
export function releaseRegexSources(factBase: FactBase): string[] {
  // Fact base 2 carries no regular expressions: its own words are compiled by the engine's small notation,
  // which cannot nest repetition. They are checked all the same, as the engine will compile them.
  return Object.values(factBase.lexicon?.words ?? {})
    .flat()
    .map((word) => entrySource(word));
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Parses latest.json and checks its signature against the trusted keys (raw 32-byte Ed25519). */
export async function readLatest(
  bytes: Uint8Array,
  publicKeys: readonly Uint8Array<ArrayBuffer>[],
): Promise<Checked<Latest>> {
  const json = parseJson(bytes);
  if (json === undefined) return refuse('latest.json is not valid JSON');
  const parsed = latestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`latest.json is malformed: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  const latest = parsed.data;
  const signature = fromBase64(latest.signature);
  if (!signature) return refuse('signature is not base64');
  const outcome = await verifyEd25519(publicKeys, signature, releaseStatement(latest));
  if (outcome === 'unsupported') return refuse('this browser cannot check Ed25519 signatures');
  if (outcome === 'invalid') return refuse('signature does not verify');
  return { ok: true, value: latest };
}

/** Checks a downloaded bundle against the signed latest.json and turns it into a fact base. */
export async function readBundle(bytes: Uint8Array<ArrayBuffer>, latest: Latest): Promise<Checked<FactBase>> {
  if (bytes.length !== latest.size || (await sha256Hex(bytes)) !== latest.sha256) {
    return refuse('sha256 does not match');
  }
  const checked = await checkBundleBytes(bytes);
  if (!checked.ok) return checked;
  const { envelope, factBase } = checked.value;
  for (const field of ['version', 'schemaVersion', 'published'] as const) {
    if (envelope[field] !== latest[field]) {
      return refuse(`bundle ${field} ${envelope[field]} does not match latest.json (${latest[field]})`);
    }
  }
  return { ok: true, value: factBase };
}

export interface CheckedBundle {
  envelope: Omit<BundleEnvelope, 'factBase'>;
  factBase: FactBase;
}

/** A bundle file on its own: JSON, its envelope, the hash of its content, a valid fact base that agrees. */
export async function checkBundleBytes(bytes: Uint8Array): Promise<Checked<CheckedBundle>> {
  const json = parseJson(bytes);
  if (json === undefined) return refuse('bundle is not valid JSON');
  const parsed = bundleEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`bundle is malformed: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  const { factBase: content, ...envelope } = parsed.data;
  let canonical: string;
  try {
    canonical = canonicalJson(content);
  } catch {
    return refuse('bundle fact base is not plain JSON');
  }
  if ((await sha256Hex(utf8Bytes(canonical))) !== envelope.factBaseSha256) {
    return refuse('fact base sha256 does not match its content');
  }
  let factBase: FactBase;
  try {
    factBase = parseFactBase(content);
  } catch (e) {
    return refuse(
      `bundle is not a valid fact base (${(e as Error).message.replace(/^invalid fact base: /, '')})`,
    );
  }
  const unsafe = regexSetProblem(releaseRegexSources(factBase));
  if (unsafe !== null) return refuse(`bundle patterns refused: ${unsafe}`);
  const { manifest } = factBase;
  if (manifest.version !== envelope.version || manifest.schemaVersion !== envelope.schemaVersion) {
    return refuse(`bundle manifest says ${manifest.version}, the bundle ${envelope.version}`);
  }
  return { ok: true, value: { envelope, factBase } };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8Text(bytes));
  } catch {
    return undefined;
  }
}

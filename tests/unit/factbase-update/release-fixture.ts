// A signed release made in the test: a fresh key pair (never a committed key), a bundle of the bundled fact
// base under a chosen version, its latest.json, and fake or local hosts serving them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { toBase64 } from '../../../core/factbase/encoding';
import type { FetchLike } from '../../../core/factbase/fetch-capped';
import { addDays } from '../../../core/iso-days';
import {
  ANY_EXTENSION_VERSION,
  buildBundle,
  type Latest,
  LATEST_FORMAT,
  releaseStatement,
} from '../../../core/factbase/release-format';
import type { FactBase } from '../../../core/factbase/schema';
import { signEd25519 } from '../../../core/factbase/signature';
import type { UpdateCheckOptions } from '../../../core/factbase/update-check';

export interface TestKey {
  privateKey: CryptoKey;
  /** base64 raw 32 bytes */
  publicKey: string;
}

export async function newKey(): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: toBase64(raw) };
}

/** The bundled fact base as another version (and whatever else `edit` changes). */
export function factBaseAt(version: string, edit?: (fb: FactBase) => void): FactBase {
  const fb = structuredClone(bundledFactBase());
  fb.manifest.version = version;
  edit?.(fb);
  return fb;
}

export interface Release {
  latest: Latest;
  latestBytes: Uint8Array;
  bundleBytes: Uint8Array;
}

export interface ReleaseOptions {
  minExtensionVersion?: string;
  /** Sign these bytes instead of the built bundle (a maintainer who signed something broken). */
  bundleBytes?: Uint8Array<ArrayBuffer>;
  /** Announce this schema version in latest.json (signed). */
  schemaVersion?: number;
  /** Announce this data version in latest.json (signed), whatever the bundle says. */
  version?: string;
  bundleUrl?: string;
  /** The statement's last valid day; default 30 days from today. */
  expires?: string;
}

/** Today, as the update check sees it (UTC). */
export const today = () => new Date().toISOString().slice(0, 10);

export async function makeRelease(
  fb: FactBase,
  key: TestKey,
  options: ReleaseOptions = {},
): Promise<Release> {
  const built = await buildBundle(fb);
  const bundleBytes = options.bundleBytes ?? built.bytes;
  const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bundleBytes)));
  const fields = {
    schemaVersion: options.schemaVersion ?? built.schemaVersion,
    version: options.version ?? built.version,
    published: built.published,
    expires: options.expires ?? addDays(today(), 30),
    bundle: options.bundleUrl ?? built.fileName,
    sha256,
    size: bundleBytes.length,
    minExtensionVersion: options.minExtensionVersion ?? ANY_EXTENSION_VERSION,
  };
  const signature = await signEd25519(key.privateKey, releaseStatement(fields));
  const latest: Latest = { format: LATEST_FORMAT, ...fields, signature };
  return { latest, latestBytes: new TextEncoder().encode(JSON.stringify(latest)), bundleBytes };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const LATEST_URL = 'https://facts.example.org/plens/latest.json';

/** A fake host: path → body (or a Response factory). Records every URL asked for. */
export function fakeHost(files: Record<string, Uint8Array | string | (() => Response)>) {
  const requested: string[] = [];
  const fetch: FetchLike = async (url) => {
    requested.push(url);
    const file = files[new URL(url).pathname];
    if (file === undefined) return new Response('not found', { status: 404 });
    if (typeof file === 'function') return file();
    const body = typeof file === 'string' ? file : new Uint8Array(file);
    return new Response(body, { status: 200 });
  };
  return { fetch, requested };
}

/** The release served at LATEST_URL's folder. */
export function hostRelease(
  release: Release,
  extra: Record<string, Uint8Array | string | (() => Response)> = {},
) {
  return fakeHost({
    '/plens/latest.json': release.latestBytes,
    [`/plens/factbase-${release.latest.version}.json`]: release.bundleBytes,
    ...extra,
  });
}

export function checkOptions(
  key: TestKey,
  fetch: FetchLike,
  overrides: Partial<UpdateCheckOptions> = {},
): UpdateCheckOptions {
  return {
    latestUrl: LATEST_URL,
    fetch,
    publicKey: key.publicKey,
    current: { version: '1.0.0', schemaVersion: 3 },
    extensionVersion: '0.1.0',
    timeoutMs: 2000,
    maxBytes: 2 * 1024 * 1024,
    ...overrides,
  };
}

/** A real HTTP server on 127.0.0.1 (loopback only), closed with all its connections by `close()`. */
export async function localServer(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Node's own fetch, as the CLI uses it. */
export const nodeFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

// Ed25519 signatures through WebCrypto: built into Node 20, Chromium 137+, Firefox 129+ and Safari 17+, so
// the update channel needs no third-party code in its trust path. A browser without Ed25519 in WebCrypto
// cannot verify, and then refuses every update (it keeps the data it has); it never accepts one unchecked.
import { fromBase64, toBase64 } from './encoding';

const ED25519 = { name: 'Ed25519' } as const;

/** A public key as the extension is configured with it: base64 of the raw 32-byte Ed25519 key. */
export function decodePublicKey(base64: string): Uint8Array<ArrayBuffer> | null {
  const raw = fromBase64(base64);
  return raw && raw.length === 32 ? raw : null;
}

/** A short id of a public key: the first 16 hex digits of the SHA-256 of its raw bytes. */
export async function keyIdOf(raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type VerifyOutcome = 'valid' | 'invalid' | 'unsupported';

/** Checks `signature` over `message` against each key (several while keys are rotated). */
export async function verifyEd25519(
  publicKeys: readonly Uint8Array<ArrayBuffer>[],
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<VerifyOutcome> {
  if (signature.length !== 64) return 'invalid';
  for (const raw of publicKeys) {
    let key: CryptoKey;
    try {
      key = await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
    } catch (e) {
      if ((e as { name?: string })?.name === 'NotSupportedError') return 'unsupported';
      continue; // not a valid point: this key verifies nothing
    }
    if (await crypto.subtle.verify(ED25519, key, signature, message)) return 'valid';
  }
  return 'invalid';
}

/** Signs with a private key imported for signing (maintainer side); base64 of the 64-byte signature. */
export async function signEd25519(privateKey: CryptoKey, message: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, message)));
}

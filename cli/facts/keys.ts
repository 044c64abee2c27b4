// Key files of the signing key pair (docs/publishing.md):
//   private key: PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), the format openssl and Node read; mode 0600;
//   public key:  one line, base64 of the raw 32-byte Ed25519 public key (what PLENS_FACTS_PUBLIC_KEY holds).
//                A SPKI PEM ("-----BEGIN PUBLIC KEY-----") is read too.
import { readFile, stat } from 'node:fs/promises';
import { fromBase64, sha256Hex, toBase64 } from '../../core/factbase/encoding';
import { decodePublicKey } from '../../core/factbase/signature';
import { FactsError, type FactsIo, fileError, resolvePath } from './command';

const ED25519 = { name: 'Ed25519' } as const;
const SPKI_PREFIX = '302a300506032b6570032100';

export interface KeyPair {
  privatePem: string;
  /** base64 raw 32 bytes */
  publicKey: string;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privatePem: pem('PRIVATE KEY', pkcs8), publicKey: toBase64(raw) };
}

export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: string;
}

/** Reads a private key file; warns when others may read it. */
export async function readSigningKey(io: FactsIo, path: string): Promise<SigningKey> {
  const abs = resolvePath(io, path);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
    const { mode } = await stat(abs);
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      io.stderr(`warning: ${path} can be read by other users (chmod 600 ${path})\n`);
    }
  } catch (e) {
    throw new FactsError(`--key ${path}: ${fileError(e)}`);
  }
  const der = unpem('PRIVATE KEY', text);
  if (!der)
    throw new FactsError(`--key ${path}: not a PKCS#8 PEM private key ("-----BEGIN PRIVATE KEY-----")`);
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', der, ED25519, true, ['sign']);
  } catch {
    throw new FactsError(`--key ${path}: not an Ed25519 private key`);
  }
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const raw = fromBase64(base64UrlToBase64(jwk.x ?? ''));
  if (raw?.length !== 32) throw new FactsError(`--key ${path}: cannot derive the public key`);
  return { privateKey, publicKey: toBase64(raw) };
}

/** Reads a public key file (base64 raw or SPKI PEM) and returns it as base64 raw. */
export async function readPublicKey(io: FactsIo, path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(resolvePath(io, path), 'utf8');
  } catch (e) {
    throw new FactsError(`--public-key ${path}: ${fileError(e)}`);
  }
  const key = parsePublicKey(text);
  if (!key) {
    throw new FactsError(
      `--public-key ${path}: not a base64 Ed25519 public key (32 bytes) or a PUBLIC KEY PEM`,
    );
  }
  return key;
}

export function parsePublicKey(text: string): string | null {
  const der = unpem('PUBLIC KEY', text);
  if (der) {
    const hex = Array.from(der.subarray(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
    return der.length === 44 && hex === SPKI_PREFIX ? toBase64(der.subarray(12)) : null;
  }
  const line = text.trim();
  return decodePublicKey(line) ? line : null;
}

/** A short name for a public key, to tell keys apart in messages: the first 16 hex digits of its SHA-256. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const raw = decodePublicKey(publicKey);
  return raw ? (await sha256Hex(raw)).slice(0, 16) : 'invalid';
}

function pem(label: string, der: Uint8Array): string {
  const body = toBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

function unpem(label: string, text: string): Uint8Array<ArrayBuffer> | null {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  return m ? fromBase64(m[1].replace(/\s+/g, '')) : null;
}

function base64UrlToBase64(s: string): string {
  const b = s.replace(/-/g, '+').replace(/_/g, '/');
  return b + '='.repeat((4 - (b.length % 4)) % 4);
}

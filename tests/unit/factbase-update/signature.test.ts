// The signature is plain Ed25519 (RFC 8032) over the release statement: an independent implementation
// (node:crypto, OpenSSL underneath) agrees with WebCrypto both ways, and a browser without Ed25519 refuses.
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64 } from '../../../core/factbase/encoding';
import { releaseStatement } from '../../../core/factbase/release-format';
import { SCHEMA_VERSION } from '../../../core/factbase/schema';
import { verifyEd25519 } from '../../../core/factbase/signature';
import { checkForUpdate } from '../../../core/factbase/update-check';
import { checkOptions, factBaseAt, hostRelease, makeRelease, newKey } from './release-fixture';

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Ed25519 release signatures', () => {
  it('verify with node:crypto over the canonical statement', async () => {
    const key = await newKey();
    const { latest } = await makeRelease(factBaseAt('1.1.0'), key);
    const publicKey = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, fromBase64(key.publicKey)!]),
      format: 'der',
      type: 'spki',
    });
    const statement = releaseStatement(latest);
    expect(new TextDecoder().decode(statement)).toBe(
      `{"bundle":"factbase-1.1.0.json","expires":"${latest.expires}","format":"partnership-lens/release-statement@2",` +
        `"minExtensionVersion":"0.0.0","published":"${latest.published}",` +
        `"schemaVersion":${SCHEMA_VERSION},"sha256":"${latest.sha256}","size":${latest.size},"version":"1.1.0"}`,
    );
    expect(verify(null, statement, publicKey, fromBase64(latest.signature)!)).toBe(true);
  });

  it('accept a signature made by node:crypto', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(12));
    const message = new TextEncoder().encode('statement');
    const signature = new Uint8Array(sign(null, message, privateKey));
    expect(await verifyEd25519([raw], signature, message)).toBe('valid');
    expect(await verifyEd25519([raw], signature, new TextEncoder().encode('statemenT'))).toBe('invalid');
  });

  it('are refused, never skipped, where the browser has no Ed25519', async () => {
    const key = await newKey();
    const host = hostRelease(await makeRelease(factBaseAt('1.1.0'), key));
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(
      new DOMException('Unrecognized name.', 'NotSupportedError'),
    );
    expect(await checkForUpdate(checkOptions(key, host.fetch))).toEqual({
      kind: 'refused',
      reason: 'this browser cannot check Ed25519 signatures',
    });
    expect(host.requested).toHaveLength(1);
  });
});

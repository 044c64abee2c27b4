// What the update channel accepts: a signed, intact, valid, supported and newer fact base, and nothing else.
// Each case runs a whole scheduled update (checkForUpdate + the store) and ends with the outcome recorded.
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../core/factbase/fetch-capped';
import { buildBundle } from '../../../core/factbase/release-format';
import type { FactBase } from '../../../core/factbase/schema';
import {
  checkForUpdate,
  type UpdateCheckOptions,
  type UpdateCheckResult,
} from '../../../core/factbase/update-check';
import { runUpdate } from '../../../core/factbase/update-store';
import { memoryStorage } from './memory-storage';
import { checkOptions, factBaseAt, hostRelease, makeRelease, newKey } from './release-fixture';

const key = await newKey();
/** The copy "shipped with the extension" in these tests: the project's data, pinned at 1.0.0. */
const BUNDLED = factBaseAt('1.0.0');
const NOW = new Date('2026-11-22T08:00:00Z');

/** One scheduled update against a fresh store (in use: BUNDLED, 1.0.0). */
async function attempt(fetch: FetchLike, overrides: Partial<UpdateCheckOptions> = {}) {
  const { storage } = memoryStorage();
  let result: UpdateCheckResult | undefined;
  const { status, active } = await runUpdate(storage, {
    bundled: BUNDLED,
    now: () => NOW,
    check: async (current) => {
      result = await checkForUpdate(checkOptions(key, fetch, { current, ...overrides }));
      return result;
    },
  });
  return { result: result!, status, active };
}

/** Asserts the update was refused for `reason`, the reason recorded, and the bundled data kept. */
async function expectRefused(
  fetch: FetchLike,
  reason: string | RegExp,
  overrides: Partial<UpdateCheckOptions> = {},
) {
  const { result, status, active } = await attempt(fetch, overrides);
  expect(result.kind).toBe('refused');
  const said = (result as { reason: string }).reason;
  if (typeof reason === 'string') expect(said).toBe(reason);
  else expect(said).toMatch(reason);
  expect(status).toMatchObject({ result: 'refused', reason: said, version: '1.0.0', origin: 'bundled' });
  expect(active.factBase).toBe(BUNDLED);
  return said;
}

const newer = () =>
  factBaseAt('1.1.0', (fb) => {
    fb.manifest.published = '2026-12-01';
    fb.facts.find((f) => f.id === 'inv-total-13b')!.summary = 'Changed in 1.1.0.';
  });

describe('checkForUpdate accepts', () => {
  it('a newer bundle signed with the trusted key, and the store keeps it', async () => {
    const release = await makeRelease(newer(), key);
    const host = hostRelease(release);
    const { result, status, active } = await attempt(host.fetch);
    expect(result).toMatchObject({ kind: 'updated', version: '1.1.0', published: '2026-12-01' });
    expect(result.kind === 'updated' && result.sha256).toBe(release.latest.sha256);
    expect(status).toEqual({
      lastAttempt: NOW.toISOString(),
      result: 'updated',
      reason: null,
      version: '1.1.0',
      origin: 'downloaded',
      lastSuccess: NOW.toISOString(),
      storageProblem: null,
      expires: release.latest.expires,
    });
    expect(active.factBase.facts.find((f) => f.id === 'inv-total-13b')?.summary).toBe('Changed in 1.1.0.');
    expect(host.requested).toEqual([
      'https://facts.example.org/plens/latest.json',
      'https://facts.example.org/plens/factbase-1.1.0.json',
    ]);
  });

  it('a release signed with either key while keys are rotated', async () => {
    const next = await newKey();
    const host = hostRelease(await makeRelease(newer(), next));
    const { result } = await attempt(host.fetch, { publicKey: [key.publicKey, next.publicKey] });
    expect(result.kind).toBe('updated');
  });
});

describe('checkForUpdate refuses', () => {
  it('a bundle changed by one byte', async () => {
    const release = await makeRelease(newer(), key);
    const tampered = new Uint8Array(release.bundleBytes);
    const at = new TextDecoder().decode(tampered).indexOf('Changed in 1.1.0.');
    tampered[at] = 'K'.charCodeAt(0);
    await expectRefused(hostRelease({ ...release, bundleBytes: tampered }).fetch, 'sha256 does not match');
  });

  it('a bundle cut short on the way', async () => {
    const release = await makeRelease(newer(), key);
    const cut = release.bundleBytes.subarray(0, release.bundleBytes.length - 100);
    await expectRefused(hostRelease({ ...release, bundleBytes: cut }).fetch, 'sha256 does not match');
  });

  it('a release signed with another key', async () => {
    const stranger = await newKey();
    await expectRefused(hostRelease(await makeRelease(newer(), stranger)).fetch, 'signature does not verify');
  });

  it('a latest.json changed after signing (its minimum extension version lowered)', async () => {
    const release = await makeRelease(newer(), key, { minExtensionVersion: '9.0.0' });
    const edited = { ...release.latest, minExtensionVersion: '0.0.0' };
    const host = hostRelease({ ...release, latestBytes: new TextEncoder().encode(JSON.stringify(edited)) });
    await expectRefused(host.fetch, 'signature does not verify');
  });

  it('truncated JSON, even when the maintainer signed it', async () => {
    const full = (await buildBundle(newer())).bytes;
    const release = await makeRelease(newer(), key, { bundleBytes: full.slice(0, full.length / 2) });
    await expectRefused(hostRelease(release).fetch, 'bundle is not valid JSON');
  });

  it('a schema-invalid fact base, even when signed', async () => {
    const broken = newer() as unknown as { events: Array<{ date: string }> };
    broken.events[0].date = '2019-02-30';
    const release = await makeRelease(broken as unknown as FactBase, key);
    await expectRefused(hostRelease(release).fetch, /^bundle is not a valid fact base \(events\.0\.date: /);
  });

  it('a fact base whose links do not resolve', async () => {
    const broken = newer();
    broken.facts[0].supersededBy = ['no-such-fact'];
    await expectRefused(
      hostRelease(await makeRelease(broken, key)).fetch,
      /^bundle is not a valid fact base \(.*supersededBy no-such-fact is not a fact\)$/,
    );
  });

  it('an older version (a downgrade), without downloading the bundle', async () => {
    const host = hostRelease(await makeRelease(factBaseAt('0.9.0'), key));
    await expectRefused(host.fetch, 'version 0.9.0 is not newer than 1.0.0');
    expect(host.requested).toHaveLength(1);
  });

  it('an unsupported schema major, without downloading the bundle', async () => {
    const host = hostRelease(await makeRelease(factBaseAt('4.0.0'), key, { schemaVersion: 4 }));
    await expectRefused(host.fetch, 'schema version 4 is not supported');
    expect(host.requested).toHaveLength(1);
  });

  it('a release for a newer extension', async () => {
    const host = hostRelease(await makeRelease(newer(), key, { minExtensionVersion: '0.2.0' }));
    await expectRefused(host.fetch, 'needs extension version 0.2.0 or later (this is 0.1.0)');
  });

  it('a bundle whose version is not the one latest.json announces', async () => {
    const release = await makeRelease(newer(), key, { version: '1.2.0' });
    const host = hostRelease(release, { '/plens/factbase-1.1.0.json': release.bundleBytes });
    await expectRefused(host.fetch, 'bundle version 1.1.0 does not match latest.json (1.2.0)');
  });

  it('a latest.json that is not JSON, or lacks its signature', async () => {
    await expectRefused(
      hostRelease({ ...(await makeRelease(newer(), key)), latestBytes: new TextEncoder().encode('<html>') })
        .fetch,
      'latest.json is not valid JSON',
    );
    const { signature: _, ...unsigned } = (await makeRelease(newer(), key)).latest;
    const host = hostRelease({
      ...(await makeRelease(newer(), key)),
      latestBytes: new TextEncoder().encode(JSON.stringify(unsigned)),
    });
    await expectRefused(host.fetch, /^latest\.json is malformed: signature: /);
  });

  it('anything when the configured public key is not a key', async () => {
    const host = hostRelease(await makeRelease(newer(), key));
    await expectRefused(host.fetch, 'the public key is not a base64 Ed25519 key', { publicKey: 'not-a-key' });
    expect(host.requested).toEqual([]);
  });
});

describe('the same version', () => {
  it('is "current": nothing downloaded, nothing replaced, the reason recorded', async () => {
    const release = await makeRelease(
      factBaseAt('1.0.0', (fb) => (fb.facts[0].summary = 'Other text.')),
      key,
    );
    const host = hostRelease(release);
    const { result, status, active } = await attempt(host.fetch);
    expect(result).toEqual({
      kind: 'current',
      version: '1.0.0',
      reason: 'version 1.0.0 is not newer than 1.0.0',
      latest: release.latest,
    });
    expect(status).toMatchObject({
      result: 'current',
      reason: 'version 1.0.0 is not newer than 1.0.0',
      origin: 'bundled',
    });
    expect(active.factBase).toBe(BUNDLED);
    expect(host.requested).toHaveLength(1);
  });
});

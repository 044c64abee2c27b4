// Every way an update can fail, run as a whole scheduled update against a store that already holds a good
// download (1.1.0): each one ends with that fact base still in use, untouched in storage, and the reason
// recorded, with the last successful check remembered.
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../core/factbase/fetch-capped';
import { buildBundle } from '../../../core/factbase/release-format';
import type { FactBase } from '../../../core/factbase/schema';
import { checkForUpdate, type UpdateCheckOptions } from '../../../core/factbase/update-check';
import { STORAGE_KEYS, runUpdate } from '../../../core/factbase/update-store';
import { memoryStorage } from './memory-storage';
import { checkOptions, factBaseAt, fakeHost, hostRelease, makeRelease, newKey } from './release-fixture';

const key = await newKey();
const BUNDLED = factBaseAt('1.0.0');
const ACCEPTED_AT = new Date('2026-11-22T08:00:00Z');
const LATER = new Date('2026-11-23T08:00:00Z');

/** The last good download: one fact re-rated. */
const lastGood = factBaseAt('1.1.0', (fb) => {
  fb.manifest.published = '2026-12-01';
  fb.facts.find((f) => f.id === 'stake-49-wrong')!.confidence = 'reported';
});

/** A release after it, with a change of its own. */
const next = (version = '1.2.0') =>
  factBaseAt(version, (fb) => {
    fb.manifest.published = '2026-12-15';
    fb.facts.find((f) => f.id === 'inv-total-13b')!.summary = `Changed in ${version}.`;
  });

/** A store holding `lastGood`, accepted at ACCEPTED_AT. */
async function storeWithLastGood() {
  const { storage, data } = memoryStorage();
  const host = hostRelease(await makeRelease(lastGood, key));
  const first = await runUpdate(storage, {
    bundled: BUNDLED,
    now: () => ACCEPTED_AT,
    check: (current) => checkForUpdate(checkOptions(key, host.fetch, { current })),
  });
  expect(first.status.result).toBe('updated');
  return { storage, data, entry: structuredClone(data.get(STORAGE_KEYS.factBase)) };
}

/** One more scheduled update with `fetch`; asserts the last good fact base stayed and the reason was recorded. */
async function expectKept(
  fetch: FetchLike,
  reason: string | RegExp,
  overrides: Partial<UpdateCheckOptions> = {},
  result: 'refused' | 'current' = 'refused',
) {
  const { storage, data, entry } = await storeWithLastGood();
  const { status, active } = await runUpdate(storage, {
    bundled: BUNDLED,
    now: () => LATER,
    check: (current) => checkForUpdate(checkOptions(key, fetch, { current, timeoutMs: 200, ...overrides })),
  });
  expect(status).toMatchObject({
    lastAttempt: LATER.toISOString(),
    result,
    version: '1.1.0',
    origin: 'downloaded',
    lastSuccess: (result === 'current' ? LATER : ACCEPTED_AT).toISOString(),
    storageProblem: null,
  });
  if (typeof reason === 'string') expect(status.reason).toBe(reason);
  else expect(status.reason).toMatch(reason);
  expect(active).toMatchObject({ origin: 'downloaded', version: '1.1.0', problem: null });
  expect(active.factBase).toEqual(lastGood);
  expect(data.get(STORAGE_KEYS.factBase)).toEqual(entry);
  expect(data.get(STORAGE_KEYS.status)).toEqual(status);
}

const hostOf = async (fb: FactBase, options = {}) => hostRelease(await makeRelease(fb, key, options));

describe('after a good download, the last good fact base stays in use and the reason is recorded, for', () => {
  it('a bundle changed by one byte', async () => {
    const release = await makeRelease(next(), key);
    const tampered = new Uint8Array(release.bundleBytes);
    tampered[new TextDecoder().decode(tampered).indexOf('Changed in 1.2.0.')] = 'K'.charCodeAt(0);
    await expectKept(hostRelease({ ...release, bundleBytes: tampered }).fetch, 'sha256 does not match');
  });

  it('a release signed with another key', async () => {
    const stranger = await newKey();
    await expectKept(hostRelease(await makeRelease(next(), stranger)).fetch, 'signature does not verify');
  });

  it('a truncated bundle, even when the maintainer signed it', async () => {
    const full = (await buildBundle(next())).bytes;
    const host = await hostOf(next(), { bundleBytes: full.slice(0, full.length / 2) });
    await expectKept(host.fetch, 'bundle is not valid JSON');
  });

  it('a bundle cut short on the way', async () => {
    const release = await makeRelease(next(), key);
    const cut = release.bundleBytes.subarray(0, release.bundleBytes.length - 100);
    await expectKept(hostRelease({ ...release, bundleBytes: cut }).fetch, 'sha256 does not match');
  });

  it('a schema-invalid fact base, even when signed', async () => {
    const broken = next() as unknown as { events: Array<{ date: string }> };
    broken.events[0].date = '2019-02-30';
    await expectKept(
      (await hostOf(broken as unknown as FactBase)).fetch,
      /^bundle is not a valid fact base \(events\.0\.date: /,
    );
  });

  it('a downgrade', async () => {
    await expectKept((await hostOf(factBaseAt('1.0.5'))).fetch, 'version 1.0.5 is not newer than 1.1.0');
  });

  it('the same version ("current": nothing replaced, the check counts as a success)', async () => {
    await expectKept(
      (await hostOf(factBaseAt('1.1.0', (fb) => (fb.facts[0].summary = 'Other text.')))).fetch,
      'version 1.1.0 is not newer than 1.1.0',
      {},
      'current',
    );
  });

  it('an unsupported schema major', async () => {
    await expectKept(
      (await hostOf(factBaseAt('4.0.0'), { schemaVersion: 4 })).fetch,
      'schema version 4 is not supported',
    );
  });

  it('a release for a newer extension', async () => {
    await expectKept(
      (await hostOf(next(), { minExtensionVersion: '0.2.0' })).fetch,
      'needs extension version 0.2.0 or later (this is 0.1.0)',
    );
  });

  it('an oversized bundle, announced or on the wire', async () => {
    const big = await hostOf(next(), { bundleBytes: new Uint8Array(3 * 1024 * 1024) });
    await expectKept(big.fetch, 'file larger than 2 MB (bundle)');
    const release = await makeRelease(next(), key);
    await expectKept(
      hostRelease({ ...release, bundleBytes: new Uint8Array(3 * 1024 * 1024) }).fetch,
      'file larger than 2 MB (bundle)',
    );
  });

  it('a server that never answers (timeout)', async () => {
    const silent: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    await expectKept(silent, 'timed out after 0.2 s (latest.json)');
  });

  it('HTTP 404 and HTTP 500', async () => {
    await expectKept(fakeHost({}).fetch, 'HTTP 404 (latest.json)');
    const release = await makeRelease(next(), key);
    const broken = hostRelease(release, {
      '/plens/factbase-1.2.0.json': () => new Response('oops', { status: 500 }),
    });
    await expectKept(broken.fetch, 'HTTP 500 (bundle)');
  });

  it('a redirect to http', async () => {
    const host = fakeHost({
      '/plens/latest.json': () =>
        new Response(null, {
          status: 302,
          headers: { location: 'http://facts.example.org/plens/latest.json' },
        }),
    });
    await expectKept(host.fetch, 'redirected to a non-https URL (latest.json)');
  });
});

// The update channel stays fresh and recoverable: a signed statement expires (a host replaying an old one is
// seen as stale, never as "up to date"), a version beyond a sane bound is refused, the bundle URL is signed,
// stored data is verified again on every load against the keys the extension trusts now, and the regular
// expressions a release carries are checked before use.
import { describe, expect, it } from 'vitest';
import { releaseRegexSources } from '../../../core/factbase/accept-release';
import { regexSetProblem } from '../../../core/factbase/regex-safety';
import { addDays } from '../../../core/iso-days';
import { checkForUpdate, versionJumpProblem } from '../../../core/factbase/update-check';
import { STORAGE_KEYS, loadActiveFactBase, runUpdate } from '../../../core/factbase/update-store';
import { memoryStorage } from './memory-storage';
import { checkOptions, factBaseAt, hostRelease, makeRelease, newKey, today } from './release-fixture';

const key = await newKey();
const other = await newKey();
const BUNDLED = factBaseAt('1.0.0');
const NOW = new Date(`${today()}T08:00:00Z`);

async function check(release: Awaited<ReturnType<typeof makeRelease>>, now = NOW) {
  return checkForUpdate(checkOptions(key, hostRelease(release).fetch, { now: () => now }));
}

describe('a statement that expires', () => {
  it('is taken until its last day, then refused as stale: a replayed latest.json is never "up to date"', async () => {
    const release = await makeRelease(factBaseAt('1.0.0'), key, { expires: addDays(today(), 3) });
    expect(await check(release)).toMatchObject({ kind: 'current' });
    const lastDay = new Date(`${addDays(today(), 3)}T23:00:00Z`);
    expect(await check(release, lastDay)).toMatchObject({ kind: 'current' });
    const after = new Date(`${addDays(today(), 4)}T00:30:00Z`);
    expect(await check(release, after)).toEqual({
      kind: 'refused',
      reason: `latest.json expired on ${addDays(today(), 3)} (stale since then)`,
    });
  });

  it('claiming more than 400 days of validity: refused', async () => {
    const release = await makeRelease(factBaseAt('1.1.0'), key, { expires: addDays(today(), 401) });
    expect(await check(release)).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/more than 400 days/),
    });
  });

  it('the expiry is signed: moved forward after signing, the signature fails', async () => {
    const release = await makeRelease(factBaseAt('1.1.0'), key, { expires: addDays(today(), 1) });
    const moved = { ...release.latest, expires: addDays(today(), 90) };
    const forged = {
      ...release,
      latest: moved,
      latestBytes: new TextEncoder().encode(JSON.stringify(moved)),
    };
    expect(await check(forged)).toEqual({ kind: 'refused', reason: 'signature does not verify' });
  });

  it('a re-signed statement for the data in use refreshes the one kept with it (status: its expiry)', async () => {
    const { storage, data } = memoryStorage();
    const trust = { publicKeys: [key.publicKey] };
    const first = await makeRelease(factBaseAt('1.1.0'), key, { expires: addDays(today(), 5) });
    const run = (release: typeof first) =>
      runUpdate(storage, {
        bundled: BUNDLED,
        now: () => NOW,
        trust,
        check: (current) =>
          checkForUpdate(checkOptions(key, hostRelease(release).fetch, { current, now: () => NOW })),
      });
    expect((await run(first)).status).toMatchObject({ result: 'updated', expires: addDays(today(), 5) });
    const resigned = await makeRelease(factBaseAt('1.1.0'), key, { expires: addDays(today(), 40) });
    const { status, active } = await run(resigned);
    expect(status).toMatchObject({ result: 'current', expires: addDays(today(), 40) });
    expect(active).toMatchObject({ origin: 'downloaded', version: '1.1.0', problem: null });
    expect((data.get(STORAGE_KEYS.factBase) as { latest: { expires: string } }).latest.expires).toBe(
      addDays(today(), 40),
    );
  });
});

describe('versions beyond a sane bound', () => {
  it('a huge version, signed, is refused: it could never be replaced', async () => {
    const release = await makeRelease(factBaseAt('999999999.999999999.999999999'), key);
    expect(await check(release)).toMatchObject({
      kind: 'refused',
      reason: 'version 999999999.999999999.999999999 is beyond any sane version (parts above 99999)',
    });
    expect(versionJumpProblem('99999.0.0', null)).toBeNull();
  });

  it('a jump of more than three major versions is refused; three is taken', async () => {
    expect(await check(await makeRelease(factBaseAt('5.0.0'), key))).toMatchObject({
      kind: 'refused',
      reason: 'version 5.0.0 jumps more than 3 major versions past 1.0.0',
    });
    expect(await check(await makeRelease(factBaseAt('4.0.0'), key))).toMatchObject({ kind: 'updated' });
  });
});

describe('the bundle URL', () => {
  it('is signed: pointing latest.json at another file after signing fails the signature', async () => {
    const release = await makeRelease(factBaseAt('1.1.0'), key);
    const moved = { ...release.latest, bundle: 'https://elsewhere.example/factbase-1.1.0.json' };
    const forged = {
      ...release,
      latest: moved,
      latestBytes: new TextEncoder().encode(JSON.stringify(moved)),
    };
    expect(await check(forged)).toEqual({ kind: 'refused', reason: 'signature does not verify' });
  });
});

describe('stored data, verified again on every load', () => {
  async function accepted(trusted: string[]) {
    const { storage, data } = memoryStorage();
    const release = await makeRelease(factBaseAt('1.1.0'), key);
    const { active } = await runUpdate(storage, {
      bundled: BUNDLED,
      now: () => NOW,
      trust: { publicKeys: trusted },
      check: (current) =>
        checkForUpdate(
          checkOptions(key, hostRelease(release).fetch, { current, now: () => NOW, publicKey: trusted }),
        ),
    });
    expect(active.origin).toBe('downloaded');
    return { storage, data };
  }

  it('is kept while its key is trusted, through a key rotation that keeps it', async () => {
    const { storage } = await accepted([key.publicKey, other.publicKey]);
    for (const keys of [[key.publicKey], [other.publicKey, key.publicKey]]) {
      expect(await loadActiveFactBase(storage, BUNDLED, { publicKeys: keys })).toMatchObject({
        origin: 'downloaded',
        version: '1.1.0',
        problem: null,
      });
    }
  });

  it('is evicted when an extension release retires the key that signed it', async () => {
    const { storage, data } = await accepted([key.publicKey, other.publicKey]);
    const active = await loadActiveFactBase(storage, BUNDLED, { publicKeys: [other.publicKey] });
    expect(active).toMatchObject({ origin: 'bundled', version: '1.0.0' });
    expect(active.problem).toMatch(
      /^stored fact base was set aside: its signing key [0-9a-f]{16} is no longer trusted/,
    );
    expect(data.get(STORAGE_KEYS.factBase)).toBeNull();
  });

  it('is evicted when it no longer matches what was signed, or has no statement at all', async () => {
    const { storage, data } = await accepted([key.publicKey]);
    const stored = structuredClone(data.get(STORAGE_KEYS.factBase)) as {
      factBase: { facts: Array<{ summary: string }> };
      latest?: unknown;
    };
    stored.factBase.facts[0].summary = 'Edited in storage.';
    await storage.set(STORAGE_KEYS.factBase, stored);
    const edited = await loadActiveFactBase(storage, BUNDLED, { publicKeys: [key.publicKey] });
    expect(edited.problem).toBe('stored fact base was set aside: the data is not what its statement signed');

    const { storage: s2 } = await accepted([key.publicKey]);
    const bare = structuredClone(await s2.get(STORAGE_KEYS.factBase)) as { latest?: unknown };
    delete bare.latest;
    await s2.set(STORAGE_KEYS.factBase, bare);
    const unsigned = await loadActiveFactBase(s2, BUNDLED, { publicKeys: [key.publicKey] });
    expect(unsigned.problem).toBe('stored fact base was set aside: it has no signed statement');
  });

  it('a build without an update channel trusts no download', async () => {
    const { storage } = await accepted([key.publicKey]);
    const active = await loadActiveFactBase(storage, BUNDLED, { publicKeys: [] });
    expect(active.origin).toBe('bundled');
  });
});

describe("a release's words", () => {
  it('a signed release cannot smuggle in a regular expression: its words are matched as words', async () => {
    const tricky = factBaseAt('2.1.0', (fb) => {
      fb.lexicon.words.invest = ['(\\w+\\s?)*invested'];
    });
    const result = await check(await makeRelease(tricky, key));
    expect(result).toMatchObject({ kind: 'updated' });
    expect(regexSetProblem(releaseRegexSources(tricky))).toBeNull();
  });

  it('too long a word, or too many of them: refused by the schema before use', async () => {
    for (const words of [['x'.repeat(1200)], Array.from({ length: 201 }, (_, i) => `word${i}`)]) {
      const fb = factBaseAt('2.1.0', (f) => {
        f.lexicon.words.invest = words;
      });
      expect(await check(await makeRelease(fb, key))).toMatchObject({ kind: 'refused' });
    }
  });
});

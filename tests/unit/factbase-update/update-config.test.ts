import { describe, expect, it } from 'vitest';
import { buildUpdateChannel, updateChannelFromEnv } from '../../../core/factbase/update-config';
import { newKey } from './release-fixture';

const { publicKey } = await newKey();
const { publicKey: nextKey } = await newKey();

describe('updateChannelFromEnv', () => {
  it('is off without a URL', () => {
    expect(updateChannelFromEnv({})).toEqual({ enabled: false });
    expect(updateChannelFromEnv({ PLENS_UPDATE_URL: '  ', PLENS_FACTS_PUBLIC_KEY: publicKey })).toEqual({
      enabled: false,
    });
  });

  it('is on with an https URL and one or more keys', () => {
    expect(
      updateChannelFromEnv({
        PLENS_UPDATE_URL: 'https://example.github.io/facts/latest.json',
        PLENS_FACTS_PUBLIC_KEY: `${publicKey}, ${nextKey}`,
      }),
    ).toEqual({
      enabled: true,
      latestUrl: 'https://example.github.io/facts/latest.json',
      publicKeys: [publicKey, nextKey],
    });
  });

  it('fails the build on a configuration that could never accept an update', () => {
    const url = 'https://example.github.io/facts/latest.json';
    expect(() => updateChannelFromEnv({ PLENS_UPDATE_URL: url })).toThrow(
      'PLENS_UPDATE_URL is set but PLENS_FACTS_PUBLIC_KEY is not',
    );
    expect(() =>
      updateChannelFromEnv({
        PLENS_UPDATE_URL: 'http://example.org/latest.json',
        PLENS_FACTS_PUBLIC_KEY: publicKey,
      }),
    ).toThrow(/must be an https URL/);
    expect(() =>
      updateChannelFromEnv({ PLENS_UPDATE_URL: 'latest.json', PLENS_FACTS_PUBLIC_KEY: publicKey }),
    ).toThrow(/is not a URL/);
    expect(() => updateChannelFromEnv({ PLENS_UPDATE_URL: url, PLENS_FACTS_PUBLIC_KEY: 'AAAA' })).toThrow(
      /"AAAA" is not base64 of a 32-byte Ed25519 public key/,
    );
  });
});

describe('buildUpdateChannel (what wxt.config.ts bakes into a build)', () => {
  const local = 'http://127.0.0.1:8123/latest.json';

  it('is off without a URL, in every build', () => {
    expect(buildUpdateChannel({}, { testBuild: false })).toEqual({ enabled: false });
    expect(buildUpdateChannel({}, { testBuild: true })).toEqual({ enabled: false });
  });

  it('allows plain http only in the test build, only to a loopback address, and says so', () => {
    expect(
      buildUpdateChannel({ PLENS_UPDATE_URL: local, PLENS_FACTS_PUBLIC_KEY: publicKey }, { testBuild: true }),
    ).toEqual({ enabled: true, latestUrl: local, publicKeys: [publicKey], allowLoopbackHttp: true });
    expect(() =>
      buildUpdateChannel(
        { PLENS_UPDATE_URL: local, PLENS_FACTS_PUBLIC_KEY: publicKey },
        { testBuild: false },
      ),
    ).toThrow(/must be an https URL/);
    expect(() =>
      buildUpdateChannel(
        { PLENS_UPDATE_URL: 'http://facts.example.org/latest.json', PLENS_FACTS_PUBLIC_KEY: publicKey },
        { testBuild: true },
      ),
    ).toThrow(/must be an https URL/);
  });

  it('never allows http for an https channel, even in the test build', () => {
    const url = 'https://example.github.io/facts/latest.json';
    for (const testBuild of [false, true]) {
      expect(
        buildUpdateChannel({ PLENS_UPDATE_URL: url, PLENS_FACTS_PUBLIC_KEY: publicKey }, { testBuild }),
      ).toEqual({ enabled: true, latestUrl: url, publicKeys: [publicKey], allowLoopbackHttp: false });
    }
  });
});

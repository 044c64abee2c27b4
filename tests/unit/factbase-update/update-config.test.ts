import { describe, expect, it } from 'vitest';
import { updateChannelFromEnv } from '../../../core/factbase/update-config';
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

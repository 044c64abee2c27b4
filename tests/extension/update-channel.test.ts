import { describe, expect, it } from 'vitest';
import type { BuildUpdateChannel } from '../../core/factbase/update-config';
import { BUILD_UPDATE_CHANNEL, channelInUse, readUpdateUrl } from '../../utils/update-channel';

const BUILD: BuildUpdateChannel = {
  enabled: true,
  latestUrl: 'https://example.github.io/facts/latest.json',
  publicKeys: ['key'],
  allowLoopbackHttp: false,
};

describe('the update address a reader types', () => {
  it('is taken when it is https, normalised', () => {
    expect(readUpdateUrl('  https://Mirror.Example.net/facts/latest.json ')).toEqual({
      ok: true,
      url: 'https://mirror.example.net/facts/latest.json',
    });
  });

  it('is refused, with a reason, when it is not https or not an address', () => {
    const problem = (input: string) => {
      const read = readUpdateUrl(input);
      return read.ok ? null : read.problem;
    };
    expect(problem('http://mirror.example.net/latest.json')).toMatch(/must start with https:\/\//);
    expect(problem('http://127.0.0.1:8000/latest.json')).toMatch(/must start with https:\/\//);
    expect(problem('ftp://mirror.example.net/latest.json')).toMatch(/must start with https:\/\//);
    expect(problem('mirror.example.net/latest.json')).toBe(
      '"mirror.example.net/latest.json" is not a web address.',
    );
    expect(problem('https://user:pw@mirror.example.net/latest.json')).toMatch(/user name or password/);
    expect(problem('   ')).toBe('Enter the address of a latest.json file.');
  });
});

describe('the channel in use', () => {
  it('is off when the build has no update address, whatever the reader stored', () => {
    expect(channelInUse({ enabled: false }, 'https://mirror.example.net/latest.json')).toEqual({
      enabled: false,
    });
  });

  it("is the build's address by default, and the reader's when set", () => {
    expect(channelInUse(BUILD, null)).toMatchObject({ url: BUILD.enabled && BUILD.latestUrl, custom: false });
    expect(channelInUse(BUILD, 'https://mirror.example.net/latest.json')).toEqual({
      enabled: true,
      url: 'https://mirror.example.net/latest.json',
      defaultUrl: 'https://example.github.io/facts/latest.json',
      custom: true,
      publicKeys: ['key'],
      allowLoopbackHttp: false,
    });
  });

  it("keeps plain http to the test build's own loopback address", () => {
    const local: BuildUpdateChannel = {
      ...BUILD,
      latestUrl: 'http://127.0.0.1:4000/latest.json',
      allowLoopbackHttp: true,
    };
    expect(channelInUse(local, null)).toMatchObject({ allowLoopbackHttp: true, custom: false });
    expect(channelInUse(local, 'https://mirror.example.net/latest.json')).toMatchObject({
      allowLoopbackHttp: false,
      custom: true,
    });
    expect(channelInUse(local, 'http://localhost:4000/latest.json')).toMatchObject({
      url: 'http://127.0.0.1:4000/latest.json',
      custom: false,
    });
  });

  it('is off in a build (or test run) made without an update address', () => {
    expect(BUILD_UPDATE_CHANNEL).toEqual({ enabled: false });
  });
});

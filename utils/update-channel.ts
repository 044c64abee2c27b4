// Where this extension looks for fact-base updates: the channel it was built with (wxt.config.ts), with the
// address the reader may have replaced in options. The trusted keys always come from the build: another
// address can only serve releases signed with them (a mirror), never different data.
import type { BuildUpdateChannel } from '@/core/factbase/update-config';

/** The build's channel; a build (or a test run) without the define has updates off. */
export const BUILD_UPDATE_CHANNEL: BuildUpdateChannel =
  typeof __PLENS_UPDATE_CHANNEL__ === 'undefined' ? { enabled: false } : __PLENS_UPDATE_CHANNEL__;

/** The address of latest.json the reader typed, normalised, or why it cannot be used. */
export function readUpdateUrl(input: string): { ok: true; url: string } | { ok: false; problem: string } {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'Enter the address of a latest.json file.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: `"${text}" is not a web address.` };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      problem: 'The update address must start with https:// (updates are never fetched over plain http).',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: 'The update address must not contain a user name or password.' };
  }
  return { ok: true, url: url.href };
}

export type ChannelInUse =
  | { enabled: false }
  | {
      enabled: true;
      /** Where latest.json is fetched from. */
      url: string;
      /** The build's address. */
      defaultUrl: string;
      /** The reader replaced the build's address. */
      custom: boolean;
      publicKeys: string[];
      allowLoopbackHttp: boolean;
    };

/** The channel with the reader's address, when it is set and valid, in place of the build's. */
export function channelInUse(build: BuildUpdateChannel, readerUrl: string | null): ChannelInUse {
  if (!build.enabled) return { enabled: false };
  const reader = readerUrl === null ? null : readUpdateUrl(readerUrl);
  const url = reader?.ok && reader.url !== build.latestUrl ? reader.url : null;
  return {
    enabled: true,
    url: url ?? build.latestUrl,
    defaultUrl: build.latestUrl,
    custom: url !== null,
    publicKeys: build.publicKeys,
    // Plain http stays limited to the test build's own loopback address.
    allowLoopbackHttp: url === null && build.allowLoopbackHttp,
  };
}

// The update channel a build is configured with, from environment variables read at build time
// (wxt.config.ts) and baked into the extension:
//   PLENS_UPDATE_URL        https URL of latest.json; unset or empty: automatic updates off
//   PLENS_FACTS_PUBLIC_KEY  base64 raw Ed25519 public key(s), comma-separated while keys are rotated
// A URL without a key, a non-https URL or a malformed key is a configuration error: the build should fail
// rather than ship an extension that can never accept an update.
import { urlProblem } from './fetch-capped';
import { decodePublicKey } from './signature';

export type UpdateChannel = { enabled: false } | { enabled: true; latestUrl: string; publicKeys: string[] };

export interface UpdateChannelOptions {
  /** Accept http:// on 127.0.0.1, localhost or [::1] (the test build's local update server). Default false. */
  allowLoopbackHttp?: boolean;
}

export function updateChannelFromEnv(
  env: Record<string, string | undefined>,
  options: UpdateChannelOptions = {},
): UpdateChannel {
  const url = env.PLENS_UPDATE_URL?.trim() ?? '';
  const keyList = env.PLENS_FACTS_PUBLIC_KEY?.trim() ?? '';
  if (!url) return { enabled: false };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`PLENS_UPDATE_URL is not a URL: "${url}"`);
  }
  if (urlProblem(parsed.href, options.allowLoopbackHttp ?? false)) {
    throw new Error(`PLENS_UPDATE_URL must be an https URL, not "${url}"`);
  }
  if (!keyList) throw new Error('PLENS_UPDATE_URL is set but PLENS_FACTS_PUBLIC_KEY is not');
  const publicKeys = keyList.split(',').map((k) => k.trim());
  for (const key of publicKeys) {
    if (!decodePublicKey(key)) {
      throw new Error(`PLENS_FACTS_PUBLIC_KEY: "${key}" is not base64 of a 32-byte Ed25519 public key`);
    }
  }
  return { enabled: true, latestUrl: parsed.href, publicKeys };
}

/** The channel baked into a build (wxt.config.ts defines it as `__PLENS_UPDATE_CHANNEL__`). */
export type BuildUpdateChannel =
  | { enabled: false }
  | {
      enabled: true;
      latestUrl: string;
      publicKeys: string[];
      /** Plain http to a loopback address: only the test build (`--mode e2e`) with a loopback URL. */
      allowLoopbackHttp: boolean;
    };

/**
 * The update channel of a build. Only the test build may name a local update server over plain http, and
 * only then does the extension fetch over http at all (and only from that loopback address).
 */
export function buildUpdateChannel(
  env: Record<string, string | undefined>,
  build: { testBuild: boolean },
): BuildUpdateChannel {
  const channel = updateChannelFromEnv(env, { allowLoopbackHttp: build.testBuild });
  if (!channel.enabled) return channel;
  return {
    ...channel,
    allowLoopbackHttp: build.testBuild && new URL(channel.latestUrl).protocol === 'http:',
  };
}

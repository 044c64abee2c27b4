// `facts verify`: check a published release exactly as the extension would before accepting it.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BUNDLE_FORMAT } from '../../core/factbase/release-format';
import { isDottedVersion } from '../../core/factbase/semver';
import { checkForUpdate, type FetchLike } from '../../core/factbase/update-check';
import {
  type Command,
  EXIT_FAILED,
  EXIT_OK,
  FactsError,
  type FactsIo,
  fileError,
  parseCommandArgs,
  resolvePath,
  stringOption,
  UsageError,
} from './command';
import { keyFingerprint, readPublicKey } from './keys';
import { displayPath } from './source';

const HELP = `Usage: npm run --silent facts -- verify <latest.json | folder | bundle.json | URL> --public-key <file>

Checks a release the way the extension does before it takes one (core/factbase/update-check.ts): the
signature of latest.json against the public key, the schema version, the bundle's size and sha256, its JSON,
its fact base (schema and links). Any version is accepted (the extension also wants a newer one).

  latest.json   a local release; the bundle is read from the same folder (by file name when latest.json
                names it by an absolute URL)
  folder        the folder's latest.json
  bundle.json   the bundle, with the latest.json beside it that names it
  URL           a hosted latest.json (https; http only for 127.0.0.1, localhost, [::1]), bundle downloaded

Options:
  --public-key FILE          the public key (base64 raw 32 bytes, as \`keygen\` writes it, or SPKI PEM)
  --extension-version X.Y.Z  also check that this extension version may take the release
  -h, --help                 show this help

Exit status: 0 verified; 1 it does not verify (the reason is printed); 2 misuse or unreadable files.
`;

/** Serves files of one folder by the last segment of the URL path: a published folder seen as a host. */
export function folderFetch(dir: string): FetchLike {
  return async (url) => {
    const name = basename(decodeURIComponent(new URL(url).pathname));
    try {
      const bytes = await readFile(join(dir, name));
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: { 'content-length': String(bytes.length) },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** The latest.json to check for a local target. */
async function localLatest(io: FactsIo, target: string): Promise<string> {
  const abs = resolvePath(io, target);
  let isDir: boolean;
  try {
    isDir = (await stat(abs)).isDirectory();
  } catch (e) {
    throw new FactsError(`${target}: ${fileError(e)}`);
  }
  if (isDir) return join(abs, 'latest.json');
  let json: { format?: unknown } | null = null;
  try {
    json = JSON.parse(await readFile(abs, 'utf8'));
  } catch {
    return abs; // not JSON: checkForUpdate says so about latest.json
  }
  if (json?.format !== BUNDLE_FORMAT) return abs;
  const latestPath = join(dirname(abs), 'latest.json');
  let bundleRef: unknown;
  try {
    bundleRef = JSON.parse(await readFile(latestPath, 'utf8'))?.bundle;
  } catch {
    throw new FactsError(
      `${target}: a bundle is verified through its latest.json, and there is none beside it`,
    );
  }
  const named =
    typeof bundleRef === 'string' ? basename(new URL(bundleRef, 'https://x.invalid/').pathname) : '';
  if (named !== basename(abs)) {
    throw new FactsError(
      `${target}: the latest.json beside it names ${named || 'no bundle'}, not this bundle`,
      EXIT_FAILED,
    );
  }
  return latestPath;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a published release (signature, sha256, schema) as the extension would',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { 'public-key': { type: 'string' }, 'extension-version': { type: 'string' } },
      { min: 1, max: 1, names: 'what to verify (latest.json, folder, bundle or URL)' },
    );
    const keyPath = stringOption(args.values, 'public-key');
    if (!keyPath) throw new UsageError('--public-key is required');
    const extensionVersion = stringOption(args.values, 'extension-version') ?? null;
    if (extensionVersion !== null && !isDottedVersion(extensionVersion)) {
      throw new UsageError(`--extension-version must be a version such as 1.2.0, not "${extensionVersion}"`);
    }
    const publicKey = await readPublicKey(io, keyPath);
    const [target] = args.positionals;
    const remote = /^https?:\/\//i.test(target);
    let latestUrl: string;
    let fetch: FetchLike;
    let shown: string;
    if (remote) {
      latestUrl = target;
      fetch = (url, init) => globalThis.fetch(url, init);
      shown = target;
    } else {
      const latestPath = await localLatest(io, target);
      latestUrl = `https://release.invalid/${encodeURIComponent(basename(latestPath))}`;
      fetch = folderFetch(dirname(latestPath));
      shown = displayPath(io, latestPath);
    }
    const result = await checkForUpdate({
      latestUrl,
      fetch,
      publicKey,
      current: null,
      extensionVersion,
      allowLoopbackHttp: remote,
    });
    if (result.kind !== 'updated') {
      io.stderr(`facts verify: ${shown}: ${result.reason}\n`);
      return EXIT_FAILED;
    }
    const { factBase } = result;
    io.stdout(
      `verified ${shown}: fact base ${result.version} (schema ${factBase.manifest.schemaVersion}, published ` +
        `${result.published}), bundle sha256 ${result.sha256}, signed by key ${await keyFingerprint(publicKey)}\n`,
    );
    return EXIT_OK;
  },
};

// `facts sign`: sign a built bundle, writing the latest.json that points to it.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkBundleBytes } from '../../core/factbase/accept-release';
import { sha256Hex } from '../../core/factbase/encoding';
import { writeFileOrFail } from './build';
import {
  type Command,
  EXIT_FAILED,
  EXIT_OK,
  FactsError,
  fileError,
  parseCommandArgs,
  resolvePath,
  stringOption,
  UsageError,
} from './command';
import { keyFingerprint, readSigningKey } from './keys';
import {
  bundleUrl,
  latestJsonText,
  minExtensionVersionOption,
  validDaysOption,
  RELEASE_OPTIONS,
  signRelease,
} from './release';
import { displayPath } from './source';

const HELP = `Usage: npm run --silent facts -- sign <bundle.json> --key <private.key> [options]

Signs a bundle made by \`build\` and writes latest.json beside it (or at --out). The signature is Ed25519
over the release statement, the canonical JSON of
  { format, schemaVersion, version, published, sha256, size, minExtensionVersion }
where sha256 and size are those of the bundle file's exact bytes (see docs/publishing.md).

Options:
  --key FILE                     the private key (PKCS#8 PEM, from \`keygen\`)
  --base-url URL                 name the bundle by its absolute https URL under URL (default: relative)
  --min-extension-version X.Y.Z  oldest extension that may take this release (default: 0.0.0, any)
  --valid-days N                 the signed statement expires N days from today (default: 30, at most 400);
                                 re-publish before then, even with no new data, or readers see it as stale
  --out FILE                     where to write latest.json (default: latest.json beside the bundle)
  -h, --help                     show this help

Exit status: 0 signed; 1 the bundle is not a valid bundle; 2 misuse or unreadable files.
`;

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a built bundle: write its latest.json',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { ...RELEASE_OPTIONS, out: { type: 'string' } },
      { min: 1, max: 1, names: 'the bundle to sign' },
    );
    const keyPath = stringOption(args.values, 'key');
    if (!keyPath) throw new UsageError('--key is required');
    const minExtensionVersion = minExtensionVersionOption(stringOption(args.values, 'min-extension-version'));
    const validDays = validDaysOption(stringOption(args.values, 'valid-days'));
    const [bundleArg] = args.positionals;
    const bundlePath = resolvePath(io, bundleArg);
    const url = bundleUrl(basename(bundlePath), stringOption(args.values, 'base-url'));
    const key = await readSigningKey(io, keyPath);
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await readFile(bundlePath));
    } catch (e) {
      throw new FactsError(`${bundleArg}: ${fileError(e)}`);
    }
    const checked = await checkBundleBytes(bytes);
    if (!checked.ok) throw new FactsError(`${bundleArg}: ${checked.reason}`, EXIT_FAILED);
    const { envelope } = checked.value;
    const latest = await signRelease(
      { ...envelope, bytes, sha256: await sha256Hex(bytes), fileName: basename(bundlePath) },
      { key, bundleUrl: url, minExtensionVersion, validDays },
    );
    const out = resolvePath(io, stringOption(args.values, 'out') ?? join(dirname(bundlePath), 'latest.json'));
    await writeFileOrFail(io, out, latestJsonText(latest));
    io.stdout(
      `${displayPath(io, out)}: fact base ${latest.version} -> ${latest.bundle}, sha256 ${latest.sha256}, ` +
        `signed by key ${await keyFingerprint(key.publicKey)}\n`,
    );
    return EXIT_OK;
  },
};

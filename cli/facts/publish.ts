// `facts publish`: validate, build, sign and write a folder ready for any static host (GitHub Pages in CI).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareVersions } from '../../core/factbase/semver';
import { checkForUpdate } from '../../core/factbase/update-check';
import { buildFromDir, makeDir, writeFileOrFail } from './build';
import {
  type Command,
  EXIT_FAILED,
  EXIT_OK,
  FactsError,
  parseCommandArgs,
  resolvePath,
  stringOption,
  UsageError,
} from './command';
import { keyFingerprint, readPublicKey, readSigningKey } from './keys';
import {
  bundleUrl,
  latestJsonText,
  minExtensionVersionOption,
  validDaysOption,
  RELEASE_OPTIONS,
  signRelease,
} from './release';
import { displayPath } from './source';
import { DEFAULT_FACTS_DIR } from './validate';
import { folderFetch } from './verify';

const HELP = `Usage: npm run --silent facts -- publish <out-dir> --key <private.key> [options]

Validates and builds the fact base, signs it, and writes into <out-dir>:
  factbase-<version>.json  the bundle (as \`build\` writes it)
  latest.json              version, published, bundle URL, size, sha256, minExtensionVersion, signature
then verifies the folder as the extension would. Upload the folder to any static https host.

A version once published never changes: if <out-dir> already holds the bundle of this version with other
bytes, or announces a newer version, nothing is written.

Options:
  --key FILE                     the private key (PKCS#8 PEM, from \`keygen\`)
  --public-key FILE              refuse unless the private key belongs to this public key (use in CI)
  --dir PATH                     the facts folder (default: facts)
  --base-url URL                 name the bundle by its absolute https URL under URL (default: relative)
  --min-extension-version X.Y.Z  oldest extension that may take this release (default: 0.0.0, any)
  --valid-days N                 the signed statement expires N days from today (default: 30, at most 400);
                                 re-publish before then, even with no new data, or readers see it as stale
  -h, --help                     show this help

Exit status: 0 published; 1 invalid facts, a version conflict or a failed self-check; 2 misuse or unreadable
files.
`;

export const publishCommand: Command = {
  name: 'publish',
  summary: 'validate, build and sign into a folder for a static host (bundle + latest.json)',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { ...RELEASE_OPTIONS, dir: { type: 'string' }, 'public-key': { type: 'string' } },
      { min: 1, max: 1, names: 'the output folder' },
    );
    const keyPath = stringOption(args.values, 'key');
    if (!keyPath) throw new UsageError('--key is required');
    const minExtensionVersion = minExtensionVersionOption(stringOption(args.values, 'min-extension-version'));
    const validDays = validDaysOption(stringOption(args.values, 'valid-days'));
    const baseUrl = stringOption(args.values, 'base-url');
    bundleUrl('x', baseUrl); // checks --base-url before any work
    const key = await readSigningKey(io, keyPath);
    const expected = stringOption(args.values, 'public-key');
    if (expected) {
      const publicKey = await readPublicKey(io, expected);
      if (publicKey !== key.publicKey) {
        throw new FactsError(
          `the private key (fingerprint ${await keyFingerprint(key.publicKey)}) does not belong to ${expected} ` +
            `(fingerprint ${await keyFingerprint(publicKey)})`,
        );
      }
    }

    const bundle = await buildFromDir(io, stringOption(args.values, 'dir') ?? DEFAULT_FACTS_DIR, 'publish');
    if (!bundle) return EXIT_FAILED;
    const outDir = resolvePath(io, args.positionals[0]);
    const bundlePath = join(outDir, bundle.fileName);
    const latestPath = join(outDir, 'latest.json');
    const existing = await readFile(bundlePath).catch(() => null);
    if (existing && !Buffer.from(bundle.bytes).equals(existing)) {
      throw new FactsError(
        `${displayPath(io, bundlePath)} already exists with other content: a published version never changes ` +
          '(bump the version in manifest.json)',
        EXIT_FAILED,
      );
    }
    const announced = await readFile(latestPath, 'utf8')
      .then((t) => JSON.parse(t)?.version as unknown)
      .catch(() => null);
    if (typeof announced === 'string' && /^\d+\.\d+\.\d+$/.test(announced)) {
      if (compareVersions(announced, bundle.version) > 0) {
        throw new FactsError(
          `${displayPath(io, latestPath)} announces ${announced}, newer than ${bundle.version}: nothing written`,
          EXIT_FAILED,
        );
      }
    }

    const latest = await signRelease(bundle, {
      key,
      bundleUrl: bundleUrl(bundle.fileName, baseUrl),
      minExtensionVersion,
      validDays,
    });
    await makeDir(io, outDir);
    await writeFileOrFail(io, bundlePath, bundle.bytes);
    await writeFileOrFail(io, latestPath, latestJsonText(latest));

    const check = await checkForUpdate({
      latestUrl: 'https://release.invalid/latest.json',
      fetch: folderFetch(outDir),
      publicKey: key.publicKey,
      current: null,
      extensionVersion: null,
    });
    if (check.kind !== 'updated') {
      io.stderr(`facts publish: ${displayPath(io, latestPath)} does not verify: ${check.reason}\n`);
      return EXIT_FAILED;
    }
    io.stdout(
      `published fact base ${bundle.version} (schema ${bundle.schemaVersion}, published ${bundle.published}) ` +
        `to ${displayPath(io, outDir)}:\n` +
        `  ${bundle.fileName}  ${bundle.bytes.length} bytes, sha256 ${bundle.sha256}\n` +
        `  latest.json  bundle ${latest.bundle}, min extension ${latest.minExtensionVersion}, ` +
        `signed by key ${await keyFingerprint(key.publicKey)}\n`,
    );
    return EXIT_OK;
  },
};

// `facts keygen`: a new Ed25519 signing key pair for fact-base releases.
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Command,
  EXIT_OK,
  FactsError,
  fileError,
  parseCommandArgs,
  resolvePath,
  stringOption,
} from './command';
import { folderGitStatus } from './git-ignore';
import { generateKeyPair, keyFingerprint } from './keys';
import { displayPath } from './source';

const HELP = `Usage: npm run --silent facts -- keygen [--out keys] [--name facts-signing] [--public-out FILE]

Creates an Ed25519 key pair for signing fact-base releases:
  <out>/<name>.key  the private key, PKCS#8 PEM, mode 0600. Keep it secret: store it as the repository
                    secret PLENS_FACTS_SIGNING_KEY and in a password manager, then delete the file.
  <out>/<name>.pub  the public key: one line, base64 of the raw 32-byte key. Commit it as
                    facts/signing-key.pub and build the extension with PLENS_FACTS_PUBLIC_KEY set to it.

Refuses to write the private key where git could track it: inside a git work tree, only a git-ignored
folder will do (keys/ is in .gitignore). Never overwrites an existing key.

Options:
  --out DIR          folder for both files (default: keys)
  --name NAME        file name without extension (default: facts-signing)
  --public-out FILE  also write the public key here (e.g. facts/signing-key.pub)
  -h, --help         show this help

Exit status: 0 written; 2 refused or misused.
`;

export const keygenCommand: Command = {
  name: 'keygen',
  summary: 'create an Ed25519 signing key pair (private key never in a tracked path)',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { out: { type: 'string' }, name: { type: 'string' }, 'public-out': { type: 'string' } },
      { min: 0, max: 0, names: '' },
    );
    const name = stringOption(args.values, 'name') ?? 'facts-signing';
    if (!/^[\w.-]+$/.test(name)) throw new FactsError(`--name must be a plain file name, not "${name}"`);
    const dir = resolvePath(io, stringOption(args.values, 'out') ?? 'keys');
    const privatePath = join(dir, `${name}.key`);
    const publicPaths = [join(dir, `${name}.pub`)];
    const extra = stringOption(args.values, 'public-out');
    if (extra) publicPaths.push(resolvePath(io, extra));
    const show = (p: string) => displayPath(io, p);

    if ((await folderGitStatus(dir)) === 'tracked') {
      throw new FactsError(
        `refusing to write the private key to ${show(privatePath)}: git would track files in ${show(dir)}/ ` +
          '(use keys/, which is git-ignored, or a folder outside the repository)',
      );
    }
    for (const path of [privatePath, ...publicPaths]) {
      if (existsSync(path)) throw new FactsError(`${show(path)} already exists (a key is never overwritten)`);
    }
    const pair = await generateKeyPair();
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(privatePath, pair.privatePem, { mode: 0o600, flag: 'wx' });
      await chmod(privatePath, 0o600);
    } catch (e) {
      throw new FactsError(`${show(privatePath)}: ${fileError(e)}`);
    }
    for (const path of publicPaths) {
      try {
        await writeFile(path, `${pair.publicKey}\n`, { flag: 'wx' });
      } catch (e) {
        throw new FactsError(`${show(path)}: ${fileError(e)}`);
      }
    }
    io.stdout(
      `private key: ${show(privatePath)} (mode 600; keep it secret, never commit it)\n` +
        `public key:  ${publicPaths.map(show).join(', ')} (fingerprint ${await keyFingerprint(pair.publicKey)})\n` +
        `PLENS_FACTS_PUBLIC_KEY=${pair.publicKey}\n`,
    );
    return EXIT_OK;
  },
};

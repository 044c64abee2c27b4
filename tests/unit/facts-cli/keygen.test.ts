import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSigningKey } from '../../../cli/facts/keys';
import { fromBase64 } from '../../../core/factbase/encoding';
import { REPO, run, tempDir } from './cli-fixture';

const io = (cwd: string) => ({ stdout: () => {}, stderr: () => {}, cwd, env: {} });

async function gitRepo(): Promise<string> {
  const dir = await tempDir();
  execFileSync('git', ['init', '-q', dir]);
  await writeFile(join(dir, '.gitignore'), 'keys/\n');
  return dir;
}

describe('facts keygen', () => {
  it('writes a private key only its owner can read, and prints and writes the public key', async () => {
    const dir = await tempDir();
    const r = await run(['keygen', '--out', 'k', '--public-out', 'signing-key.pub'], dir);
    expect(r.status).toBe(0);
    const privatePath = join(dir, 'k/facts-signing.key');
    expect((await stat(privatePath)).mode & 0o777).toBe(0o600);
    const pem = await readFile(privatePath, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/);
    const publicKey = (await readFile(join(dir, 'k/facts-signing.pub'), 'utf8')).trim();
    expect(fromBase64(publicKey)).toHaveLength(32);
    expect(await readFile(join(dir, 'signing-key.pub'), 'utf8')).toBe(`${publicKey}\n`);
    expect(r.stdout).toContain(`PLENS_FACTS_PUBLIC_KEY=${publicKey}\n`);
    expect((await readSigningKey(io(dir), 'k/facts-signing.key')).publicKey).toBe(publicKey);
  });

  it('refuses a path git would track, and writes nothing', async () => {
    const repo = await gitRepo();
    const r = await run(['keygen', '--out', 'secrets'], repo);
    expect(r).toMatchObject({
      status: 2,
      errors: [
        'facts keygen: refusing to write the private key to secrets/facts-signing.key: git would track files in secrets/ (use keys/, which is git-ignored, or a folder outside the repository)',
      ],
    });
    expect(existsSync(join(repo, 'secrets'))).toBe(false);
    expect((await run(['keygen'], repo)).status).toBe(0);
    expect(existsSync(join(repo, 'keys/facts-signing.key'))).toBe(true);
  });

  it('refuses a folder of this repository that is not ignored, though *.key files are', async () => {
    const r = await run(['keygen', '--out', 'docs/keygen-test-should-not-exist']);
    expect(r.status).toBe(2);
    expect(r.errors[0]).toMatch(
      /^facts keygen: refusing to write the private key to docs\/keygen-test-should-not-exist\//,
    );
    expect(existsSync(join(REPO, 'docs/keygen-test-should-not-exist'))).toBe(false);
  });

  it('never overwrites a key', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'keys'));
    await writeFile(join(dir, 'keys/facts-signing.pub'), 'old\n');
    const r = await run(['keygen'], dir);
    expect(r).toMatchObject({
      status: 2,
      errors: ['facts keygen: keys/facts-signing.pub already exists (a key is never overwritten)'],
    });
    expect(existsSync(join(dir, 'keys/facts-signing.key'))).toBe(false);
    expect(await readFile(join(dir, 'keys/facts-signing.pub'), 'utf8')).toBe('old\n');
  });
});

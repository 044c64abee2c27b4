// The release round trip: keygen → publish → verify, and verify failing on anything altered.
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_FORMAT } from '../../../core/factbase/release-format';
import { BUNDLE, editJson, factsCopy, type Json, MANIFEST, run } from './cli-fixture';

/** A facts copy with a key pair in keys/ (outside any repository). */
async function workspace() {
  const root = await factsCopy();
  const keygen = await run(['keygen'], root);
  expect(keygen.status).toBe(0);
  return root;
}

const KEY = ['--key', 'keys/facts-signing.key'];
const PUB = ['--public-key', 'keys/facts-signing.pub'];

describe('facts publish → verify', () => {
  it('writes a folder with the bundle and a signed latest.json that verifies', async () => {
    const root = await workspace();
    const published = await run(
      ['publish', 'site', ...KEY, ...PUB, '--min-extension-version', '0.1.0'],
      root,
    );
    expect(published).toMatchObject({ status: 0, stderr: '' });
    expect(published.stdout.split('\n')[0]).toBe(
      `published fact base ${MANIFEST.version} (schema 3, published ${MANIFEST.published}) to site:`,
    );
    const latest = JSON.parse(await readFile(join(root, 'site/latest.json'), 'utf8'));
    const bundle = await readFile(join(root, 'site', BUNDLE));
    expect(latest).toEqual({
      format: LATEST_FORMAT,
      schemaVersion: 3,
      ...MANIFEST,
      size: bundle.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      minExtensionVersion: '0.1.0',
      bundle: BUNDLE,
      expires: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
    });
    // Valid for 30 days from the day it was signed, unless --valid-days says otherwise.
    const days =
      (Date.parse(latest.expires) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000;
    expect(days).toBe(30);
    for (const target of ['site/latest.json', 'site', `site/${BUNDLE}`]) {
      const verified = await run(['verify', target, ...PUB], root);
      expect(verified.status, target).toBe(0);
      expect(verified.stdout).toMatch(
        new RegExp(
          `^verified site/latest\\.json: fact base ${MANIFEST.version.replace(/\./g, '\\.')} \\(schema 3, published ${MANIFEST.published}\\), bundle sha256 ${latest.sha256}, signed by key [0-9a-f]{16}\\n$`,
        ),
      );
    }
    expect(await run(['verify', 'site', ...PUB, '--extension-version', '0.0.9'], root)).toMatchObject({
      status: 1,
      errors: ['facts verify: site/latest.json: needs extension version 0.1.0 or later (this is 0.0.9)'],
    });
  });

  it('verify fails on a tampered bundle, a tampered latest.json, or another key', async () => {
    const root = await workspace();
    expect((await run(['publish', 'site', ...KEY], root)).status).toBe(0);
    const bundlePath = join(root, 'site', BUNDLE);
    const original = await readFile(bundlePath);
    const tampered = Buffer.from(original);
    tampered[tampered.indexOf('$1 billion')] = '$'.charCodeAt(0) + 1;
    await writeFile(bundlePath, tampered);
    expect(await run(['verify', 'site/latest.json', ...PUB], root)).toMatchObject({
      status: 1,
      errors: ['facts verify: site/latest.json: sha256 does not match'],
    });
    await writeFile(bundlePath, original);

    await editJson<Json>(join(root, 'site/latest.json'), (latest) => {
      latest.version = '99.0.0';
    });
    expect((await run(['verify', 'site', ...PUB], root)).errors).toEqual([
      'facts verify: site/latest.json: signature does not verify',
    ]);

    const other = await factsCopy();
    await run(['keygen'], other);
    await run(['publish', 'site', ...KEY], other);
    expect((await run(['verify', join(other, 'site'), ...PUB], root)).errors).toEqual([
      `facts verify: ${join(other, 'site/latest.json')}: signature does not verify`,
    ]);
  });

  it('sign: a built bundle signed under an absolute base URL verifies from the local folder', async () => {
    const root = await workspace();
    expect((await run(['build', '--out', 'dist'], root)).status).toBe(0);
    const signed = await run(
      ['sign', `dist/${BUNDLE}`, ...KEY, '--base-url', 'https://example.github.io/facts'],
      root,
    );
    expect(signed.status).toBe(0);
    const latest = JSON.parse(await readFile(join(root, 'dist/latest.json'), 'utf8'));
    expect(latest.bundle).toBe(`https://example.github.io/facts/${BUNDLE}`);
    expect((await run(['verify', 'dist/latest.json', ...PUB], root)).status).toBe(0);
    expect(await run(['sign', 'facts/events.json', ...KEY], root)).toMatchObject({
      status: 1,
      errors: [expect.stringMatching(/^facts sign: facts\/events\.json: bundle is malformed: /)],
    });
    expect(
      await run(['sign', `dist/${BUNDLE}`, ...KEY, '--base-url', 'http://example.org'], root),
    ).toMatchObject({
      status: 2,
      errors: ['facts sign: --base-url must be an https URL, not "http://example.org"'],
    });
  });

  it('verify checks a hosted release over HTTP (a local preview server)', async () => {
    const root = await workspace();
    await run(['publish', 'site', ...KEY], root);
    const server = createServer(async (req, res) => {
      try {
        res.end(await readFile(join(root, 'site', String(req.url).replace(/^\//, ''))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await run(['verify', `${origin}/latest.json`, ...PUB], root)).status).toBe(0);
      expect(await run(['verify', `${origin}/nothing.json`, ...PUB], root)).toMatchObject({
        status: 1,
        errors: [`facts verify: ${origin}/nothing.json: HTTP 404 (latest.json)`],
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('publish never changes a published version, and refuses a key that is not the expected one', async () => {
    const root = await workspace();
    expect((await run(['publish', 'site', ...KEY], root)).status).toBe(0);
    expect((await run(['publish', 'site', ...KEY], root)).status).toBe(0);
    await editJson<Json>(join(root, 'facts/facts.json'), (facts) => {
      facts[0].summary = 'Edited without a version bump.';
    });
    expect(await run(['publish', 'site', ...KEY], root)).toMatchObject({
      status: 1,
      errors: [
        `facts publish: site/${BUNDLE} already exists with other content: a published version never changes (bump the version in manifest.json)`,
      ],
    });
    const other = await factsCopy();
    await run(['keygen'], other);
    const mismatch = await run(
      ['publish', 'site2', ...KEY, '--public-key', join(other, 'keys/facts-signing.pub')],
      root,
    );
    expect(mismatch.status).toBe(2);
    expect(mismatch.errors[0]).toMatch(
      /^facts publish: the private key \(fingerprint [0-9a-f]{16}\) does not belong to .*facts-signing\.pub \(fingerprint [0-9a-f]{16}\)$/,
    );
    expect(await run(['publish', 'site', '--dir', 'facts'], root)).toMatchObject({
      status: 2,
      errors: ['facts publish: --key is required'],
    });
  });
});

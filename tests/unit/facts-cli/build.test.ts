import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../core/factbase/canonical-json';
import { BUNDLE_FORMAT } from '../../../core/factbase/release-format';
import { BUNDLE, editJson, factsCopy, type Json, MANIFEST, run } from './cli-fixture';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('facts build', () => {
  it('writes a canonical bundle and prints the sha256 of its bytes', async () => {
    const root = await factsCopy();
    const r = await run(['build', '--out', 'out'], root);
    expect(r.status).toBe(0);
    const bytes = await readFile(join(root, `out/${BUNDLE}`));
    expect(r.stdout).toBe(
      `out/${BUNDLE}: fact base ${MANIFEST.version} (schema 3, published ${MANIFEST.published}), ${bytes.length} bytes, sha256 ${sha256(bytes)}\n`,
    );
    const bundle = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(bundle)).toEqual([
      'factBase',
      'factBaseSha256',
      'format',
      'published',
      'schemaVersion',
      'version',
    ]);
    expect(bundle).toMatchObject({ format: BUNDLE_FORMAT, schemaVersion: 3, ...MANIFEST });
    expect(bytes.toString('utf8')).toBe(canonicalJson(bundle));
    expect(bundle.factBaseSha256).toBe(sha256(Buffer.from(canonicalJson(bundle.factBase))));
  });

  it('is reproducible: same facts, same bytes, whatever the key order or layout of the files', async () => {
    const a = await factsCopy();
    const b = await factsCopy();
    for (const name of ['manifest', 'partnerships', 'events', 'facts', 'lexicon']) {
      const path = join(b, 'facts', `${name}.json`);
      const reversed = JSON.parse(await readFile(path, 'utf8'), (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      );
      await writeFile(path, JSON.stringify(reversed, null, '\t'));
    }
    await run(['build', '--out', 'x'], a);
    await run(['build', '--out', 'y'], a);
    await run(['build', '--out', 'x'], b);
    const [ax, ay, bx] = await Promise.all([
      readFile(join(a, `x/${BUNDLE}`)),
      readFile(join(a, `y/${BUNDLE}`)),
      readFile(join(b, `x/${BUNDLE}`)),
    ]);
    expect(sha256(ay)).toBe(sha256(ax));
    expect(sha256(bx)).toBe(sha256(ax));

    await editJson<Json>(join(b, 'facts/facts.json'), (facts) => {
      facts[0].summary += ' ';
    });
    await run(['build', '--out', 'z'], b);
    expect(sha256(await readFile(join(b, `z/${BUNDLE}`)))).not.toBe(sha256(ax));
  });

  it('builds nothing from invalid facts', async () => {
    const root = await factsCopy();
    await editJson<Json>(join(root, 'facts/facts.json'), (facts) => {
      facts[0].since = 'E99';
    });
    const r = await run(['build', '--out', 'out'], root);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      "facts build: facts/facts.json: fact inv-2019-1b is confirmed but has no primary source (own or its event's)",
      'facts build: facts/facts.json: fact inv-2019-1b: since E99 is not an event',
      'facts build: facts has 2 problem(s); run `facts validate`',
    ]);
    expect(await readdir(root)).toEqual(['facts']);
  });
});

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editJson, factsCopy, type Json, REPO, run } from './cli-fixture';

describe('facts validate', () => {
  it('passes on facts/', async () => {
    const r = await run(['validate']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    const read = async (name: string) =>
      JSON.parse(await readFile(join(REPO, 'facts', `${name}.json`), 'utf8'));
    const { version, published } = await read('manifest');
    const partnerships = (await read('partnerships')).length;
    const facts: Array<{ frames: unknown[] }> = await read('facts');
    const frames = facts.reduce((n, f) => n + f.frames.length, 0);
    expect(r.stdout).toBe(
      `facts is valid: fact base ${version} (schema 3, published ${published}): ` +
        `${partnerships} partnership${partnerships === 1 ? '' : 's'}, ` +
        `${(await read('events')).length} events, ${facts.length} facts, ${frames} claim frames\n`,
    );
  });

  it('names the file and entry of a schema error', async () => {
    const root = await factsCopy();
    await editJson<Json>(join(root, 'facts/events.json'), (events) => {
      events.find((e: Json) => e.id === 'E4').date = '2023-02-30';
    });
    const r = await run(['validate', '--dir', 'facts'], root);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      'facts validate: facts/events.json: event E4: date: Invalid ISO date',
      'facts validate: facts: 1 problem',
    ]);
  });

  it('lists every lint problem, one line each', async () => {
    const root = await factsCopy();
    await editJson<Json>(join(root, 'facts/facts.json'), (facts) => {
      facts.push({ ...facts[0] });
      facts[2].supersededby = [];
    });
    await editJson<Json>(join(root, 'facts/events.json'), (events) => {
      events.find((e: Json) => e.id === 'E2').sources[0].url = 'https://localhost/x';
    });
    const r = await run(['validate'], root);
    expect(r.status).toBe(1);
    expect(r.errors).toEqual([
      'facts validate: facts/facts.json: fact inv-2021: unknown field "supersededby"',
      'facts validate: facts/facts.json: fact id inv-2019-1b is used more than once',
      'facts validate: facts/events.json: event E2: source "https://localhost/x": no real host name',
      'facts validate: facts: 3 problems',
    ]);
  });

  it('says which file is not JSON, or missing', async () => {
    const root = await factsCopy();
    await writeFile(join(root, 'facts/lexicon.json'), '{"words": {');
    const bad = await run(['validate'], root);
    expect(bad.status).toBe(1);
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatch(/^facts validate: facts\/lexicon\.json: not valid JSON \(/);
    await rm(join(root, 'facts/manifest.json'));
    expect(await run(['validate'], root)).toMatchObject({
      status: 2,
      errors: ['facts validate: facts/manifest.json: no such file or directory'],
    });
  });

  it('has --help, and one-line usage errors', async () => {
    const help = await run(['validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run --silent facts -- validate \[--dir facts\]/);
    expect(await run(['validate', '--dri', 'x'])).toMatchObject({
      status: 2,
      errors: ['facts validate: unknown option --dri (see --help)'],
    });
    expect(await run(['validate', 'extra'])).toMatchObject({
      status: 2,
      errors: ['facts validate: unexpected argument "extra"'],
    });
  });
});

describe('facts', () => {
  it('lists its commands, and refuses an unknown one in one line', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    for (const name of [
      'validate',
      'diff',
      'keygen',
      'build',
      'sign',
      'publish',
      'verify',
      'export-claimreview',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      const own = await run([name, '--help']);
      expect(own.status, name).toBe(0);
      expect(own.stdout, name).toMatch(new RegExp(`^Usage: npm run --silent facts -- ${name}`));
    }
    expect(await run(['publsh'])).toMatchObject({
      status: 2,
      errors: [expect.stringMatching(/^facts: unknown command "publsh" \(commands: validate, /)],
    });
    expect((await run([])).status).toBe(2);
  });
});

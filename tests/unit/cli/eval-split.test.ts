// The fixed tuned/held-out split: pages numbered by a multiple of three (with their sources), committed.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseHeldOut, pageNumber, type SplitPage, splitFileSchema, splitOf } from '../../../cli/eval-split';
import { SPLITS } from '../../../scripts/make-eval-splits';

const pages = (stratum: string, n: number, perSource = 1): SplitPage[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `${stratum}-${i}.html`,
    source: `https://news.example/${stratum}/${Math.floor(i / perSource)}`,
    stratum,
  }));

describe('chooseHeldOut', () => {
  it('holds out the pages numbered by a multiple of three, whatever the order of the pages', () => {
    const all = [...pages('lab-cloud', 20), ...pages('chip-lab', 10)];
    const held = chooseHeldOut(all);
    expect(held.filter((f) => f.startsWith('lab-cloud'))).toHaveLength(7);
    expect(held.filter((f) => f.startsWith('chip-lab'))).toHaveLength(4);
    expect(held).toContain('chip-lab-9.html');
    expect(held).not.toContain('chip-lab-8.html');
    expect(chooseHeldOut([...all].reverse())).toEqual(held);
  });

  it('keeps the pages of one source on one side', () => {
    const held = chooseHeldOut(pages('lab-cloud', 20, 2));
    for (let i = 0; i < 20; i += 2) {
      expect(held.includes(`lab-cloud-${i}.html`)).toBe(held.includes(`lab-cloud-${i + 1}.html`));
    }
  });

  it('reads the page number of every file-name shape the corpora use', () => {
    expect(pageNumber('v-12.html')).toBe(12);
    expect(pageNumber('seed-000.html')).toBe(0);
    expect(pageNumber('amd-openai-07.html')).toBe(7);
    expect(pageNumber('index.html')).toBeNull();
  });
});

const SPLIT_DIR = new URL('../../../cli/eval-splits/', import.meta.url).pathname;
const CORPUS = new URL('../../../../shared/corpus/', import.meta.url).pathname;

describe('the committed splits', () => {
  it.each(['dev', 'partners'])('%s.json is a valid split with no page on both sides', (name) => {
    const split = splitFileSchema.parse(JSON.parse(readFileSync(`${SPLIT_DIR}${name}.json`, 'utf8')));
    expect(split.heldOut.filter((f) => split.tuned.includes(f))).toEqual([]);
    expect(splitOf(split, split.heldOut[0])).toBe('held-out');
    expect(splitOf(split, split.tuned[0])).toBe('tuned');
    const share = split.heldOut.length / (split.heldOut.length + split.tuned.length);
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.38);
  });

  it.runIf(existsSync(CORPUS) || process.env.CI).each(['dev', 'partners'])(
    '%s.json is what scripts/make-eval-splits.ts makes of the corpus (the corpus did not change under it)',
    (name) => {
      const committed = JSON.parse(readFileSync(`${SPLIT_DIR}${name}.json`, 'utf8'));
      expect(SPLITS[name]()).toEqual(committed);
    },
  );

  it.runIf(existsSync(CORPUS) || process.env.CI)('every partnership has held-out pages', () => {
    const split = JSON.parse(readFileSync(`${SPLIT_DIR}partners.json`, 'utf8'));
    const prefix = (f: string) => f.replace(/-\d+\.html$/, '');
    const all = new Set([...split.tuned, ...split.heldOut].map(prefix));
    expect(new Set(split.heldOut.map(prefix))).toEqual(all);
    expect(all.size).toBe(7);
  });
});

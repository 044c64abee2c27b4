import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isWarcPath, WarcFileError, type WarcItem, warcPages } from '../../../cli/warc/warc-pages';
import { type WarcPage, writeWarc } from '../../../cli/warc/write-warc';

const dir = mkdtempSync(join(tmpdir(), 'plens-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = (text: string) =>
  `<!doctype html><html><head><title>T</title></head><body><p>${text}</p></body></html>`;
const PAGES: WarcPage[] = [
  { url: 'https://news.example/one', body: html('First page.'), date: '2024-05-06T07:08:09Z' },
  {
    url: 'https://news.example/logo.png',
    body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    contentType: 'image/png',
  },
  { url: 'https://news.example/two', body: html('Second page.'), type: 'resource', contentType: 'text/html' },
  { url: 'https://news.example/notes.txt', body: 'Plain notes.', contentType: 'text/plain; charset=utf-8' },
];

async function collect(path: string): Promise<{ items: WarcItem[]; error: Error | null }> {
  const items: WarcItem[] = [];
  try {
    for await (const item of warcPages(path)) items.push(item);
  } catch (e) {
    return { items, error: e as Error };
  }
  return { items, error: null };
}

const summary = (items: WarcItem[]) =>
  items.map((i) =>
    i.kind === 'page'
      ? [i.uri, new TextDecoder().decode(i.raw.bytes), i.raw.html, i.warcDate]
      : [i.uri, i.reason],
  );

describe('warcPages', () => {
  it('names WARC files by extension', () => {
    expect(['a.warc', 'b.WARC.GZ', 'c.warc.gz'].map(isWarcPath)).toEqual([true, true, true]);
    expect(['a.html', 'a.warc.zip', 'warc'].map(isWarcPath)).toEqual([false, false, false]);
  });

  it.each([false, true])(
    'reads response and resource records, gzip %s, and says why others are no page',
    async (gzip) => {
      const path = join(dir, `pages.warc${gzip ? '.gz' : ''}`);
      await writeWarc(path, PAGES, gzip);
      const { items, error } = await collect(path);
      expect(error).toBeNull();
      expect(summary(items)).toEqual([
        ['https://news.example/one', html('First page.'), true, '2024-05-06T07:08:09Z'],
        ['https://news.example/logo.png', 'not HTML (content type image/png)'],
        ['https://news.example/two', html('Second page.'), true, '2025-01-01T00:00:00Z'],
        ['https://news.example/notes.txt', 'Plain notes.', null, '2025-01-01T00:00:00Z'],
      ]);
    },
  );

  it('gives the pages before a truncated .warc.gz, then one error that says so', async () => {
    const whole = join(dir, 'whole.warc.gz');
    await writeWarc(whole, PAGES, true);
    const bytes = readFileSync(whole);
    const cut = join(dir, 'cut.warc.gz');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 40));
    const { items, error } = await collect(cut);
    expect(items.map((i) => i.uri)).toEqual(PAGES.slice(0, 3).map((p) => p.url));
    expect(error).toBeInstanceOf(WarcFileError);
    expect(error?.message).toBe('truncated after 3 records (unexpected end of file)');
  });

  it('reports a truncated uncompressed WARC and a file that is no WARC', async () => {
    const whole = join(dir, 'whole.warc');
    await writeWarc(whole, PAGES.slice(0, 1), false);
    const bytes = readFileSync(whole);
    const cut = join(dir, 'cut.warc');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 60));
    expect((await collect(cut)).error?.message).toMatch(
      /^truncated after 0 records \(record ends \d+ bytes early\)$/,
    );
    const notWarc = join(dir, 'page.warc');
    writeFileSync(notWarc, '');
    expect((await collect(notWarc)).error?.message).toBe('no WARC records (empty or not a WARC file)');
    expect((await collect(join(dir, 'missing.warc'))).error?.message).toBe('no such file');
  });

  it('skips a 50 MB record without holding it, and goes on to the next', async () => {
    const path = join(dir, 'big.warc');
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    await writeWarc(path, [{ url: 'https://news.example/big', body: big }, PAGES[0]], false);
    const before = process.memoryUsage().arrayBuffers;
    const { items, error } = await collect(path);
    expect(error).toBeNull();
    expect(summary(items)).toEqual([
      ['https://news.example/big', 'record too large (50.0 MB; limit 25.0 MB)'],
      ['https://news.example/one', html('First page.'), true, '2024-05-06T07:08:09Z'],
    ]);
    // Skipped, not read into one buffer: far less than the record's size was held at the end.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(25 * 1024 * 1024);
  });

  it('cut anywhere, a WARC gives a prefix of its pages and at most one WarcFileError', async () => {
    for (const gzip of [true, false]) {
      const whole = join(dir, `fuzz.warc${gzip ? '.gz' : ''}`);
      await writeWarc(whole, PAGES, gzip);
      const bytes = readFileSync(whole);
      const full = summary((await collect(whole)).items);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: bytes.length - 1 }), async (end) => {
          const cut = join(dir, `fuzz-cut.warc${gzip ? '.gz' : ''}`);
          writeFileSync(cut, bytes.subarray(0, end));
          const { items, error } = await collect(cut);
          expect(full.slice(0, items.length)).toEqual(summary(items));
          if (error) expect(error).toBeInstanceOf(WarcFileError);
          else expect(items.length).toBe(full.length);
        }),
        { numRuns: 40, seed: 12 },
      );
    }
  });
});

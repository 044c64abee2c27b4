import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, loadInput, looksLikeHtml, sniffMetaCharset, timeoutFromEnv } from '../../../cli/load-input';

const dir = mkdtempSync(join(tmpdir(), 'plens-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ARTICLE = `<!doctype html><html><head><title>T</title>
<meta property="article:published_time" content="2023-01-23"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Deal</h1>
<p>Azure will be the exclusive cloud provider for OpenAI, the companies said on Monday.</p></article></body></html>`;

async function reason(input: string, opts = {}): Promise<string> {
  const r = await loadInput(input, opts);
  if (r.ok) throw new Error(`expected ${input} to fail`);
  return r.reason;
}

describe('loadInput: files', () => {
  it('reads an .html file as a page: article text, title and date', async () => {
    const r = await loadInput(file('a.html', ARTICLE));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toContain('Azure will be the exclusive cloud provider for OpenAI');
    expect(r.value.text).not.toContain('Home');
    expect(r.value.published).toBe('2023-01-23');
  });

  it('reads a text file whose content looks like HTML as HTML', async () => {
    const r = await loadInput(file('saved-page.txt', ARTICLE));
    expect(r.ok && r.value.published).toBe('2023-01-23');
  });

  it('reads other text as plain text', async () => {
    const text = 'Azure will be the exclusive cloud provider for <OpenAI>.\n\nSecond paragraph.';
    const r = await loadInput(file('notes.txt', text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toContain('<OpenAI>');
    expect(r.value.blocks).toHaveLength(2);
  });

  it('reports a missing file, a directory and an empty file', async () => {
    expect(await reason(join(dir, 'missing.html'))).toBe('no such file');
    expect(await reason(join(dir, 'missing-dir', 'x.html'))).toBe('no such file');
    mkdirSync(join(dir, 'folder.html'));
    expect(await reason(join(dir, 'folder.html'))).toBe('is a directory');
    expect(await reason(file('empty.html', ''))).toBe('empty file');
    expect(await reason(file('blank.txt', ' \n\t\n'))).toBe('empty file');
  });

  it('reports a page without article text', async () => {
    expect(await reason(file('bare.html', '<html><head><title>x</title></head><body></body></html>'))).toBe(
      'no article text found',
    );
  });

  it('reports binary files: NUL bytes or mostly invalid UTF-8', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await reason(file('image.html', png))).toBe('binary file (contains NUL bytes), not text or HTML');
    const noise = new Uint8Array(4096).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(await reason(file('noise.txt', noise))).toBe('binary file (not valid UTF-8 text)');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    expect(await reason(fifo)).toBe('not a regular file');
  });

  it('refuses files over the size cap', async () => {
    expect(await reason(file('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 })).toMatch(/^file too large \(/);
  });

  it('reads a generated 20 MB page in seconds', async () => {
    const para =
      '<p>Microsoft and OpenAI extended their partnership, and analysts wrote another paragraph.</p>\n';
    const body = para.repeat(Math.ceil((20 * 1024 * 1024) / para.length));
    const path = file(
      'huge.html',
      `<!doctype html><html><head><title>Huge</title></head><body><article>${body}</article></body></html>`,
    );
    const t0 = performance.now();
    const r = await loadInput(path);
    const seconds = (performance.now() - t0) / 1000;
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.text.length).toBeGreaterThan(19_000_000);
    expect(seconds).toBeLessThan(15);
  }, 30_000);
});

describe('decode', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('honours a BOM, a declared charset, and tolerates a stray bad byte in UTF-8', () => {
    expect(decode(bytes(0xff, 0xfe, 0x41, 0, 0x42, 0), null)).toEqual({ ok: true, value: 'AB' });
    expect(decode(bytes(0xfe, 0xff, 0, 0x41), null)).toEqual({ ok: true, value: 'A' });
    expect(decode(bytes(0x63, 0x61, 0x66, 0xe9), 'windows-1252')).toEqual({ ok: true, value: 'café' });
    expect(decode(bytes(0x63, 0x61, 0x66, 0xc3, 0xa9), null)).toEqual({ ok: true, value: 'café' });
    const mostlyText = new TextEncoder().encode(`${'plain words '.repeat(20)}\xff`);
    const withBadByte = new Uint8Array([...mostlyText.slice(0, -2), 0xff]);
    expect(decode(withBadByte, null).ok).toBe(true);
  });

  it('falls back to UTF-8 for an unknown charset', () => {
    expect(decode(bytes(0x41), 'no-such-charset')).toEqual({ ok: true, value: 'A' });
  });

  it('finds the charset a page declares', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffMetaCharset(enc('<html><head><meta charset="ISO-8859-1">'))).toBe('ISO-8859-1');
    expect(
      sniffMetaCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')),
    ).toBe('windows-1252');
    expect(sniffMetaCharset(enc('<p>no charset</p>'))).toBeNull();
  });

  it('reads a legacy-encoded page in its declared charset', async () => {
    const html =
      '<html><head><meta charset="windows-1252"><title>t</title></head><body><article><p>Caf\xe9 deal: Azure is exclusive to OpenAI, the companies said.</p></article></body></html>';
    const r = await loadInput(
      file(
        'legacy.html',
        Uint8Array.from(html, (c) => c.charCodeAt(0)),
      ),
    );
    expect(r.ok && r.value.text).toContain('Café deal');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><html>',
    '\n  <html lang="en">',
    '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    '<!-- saved page --><head><title>x</title>',
    '\uFEFF<body>',
  ])('takes %j for HTML', (s) => {
    expect(looksLikeHtml(s)).toBe(true);
  });

  it.each(['Plain notes about <html> tags.', 'a < b and <p> later', ''])('takes %j for text', (s) => {
    expect(looksLikeHtml(s)).toBe(false);
  });
});

describe('timeoutFromEnv', () => {
  it('reads PLENS_FETCH_TIMEOUT_MS, else 15 s', () => {
    expect(timeoutFromEnv({ PLENS_FETCH_TIMEOUT_MS: '250' })).toBe(250);
    expect(timeoutFromEnv({ PLENS_FETCH_TIMEOUT_MS: 'soon' })).toBe(15_000);
    expect(timeoutFromEnv({})).toBe(15_000);
  });
});

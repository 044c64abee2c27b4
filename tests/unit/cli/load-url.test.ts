import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInput } from '../../../cli/load-input';

const PAGE = `<!doctype html><html><head><title>Served</title>
<link rel="canonical" href="https://news.example/served">
<meta property="article:published_time" content="2024-03-01"></head>
<body><article><h1>Served</h1><p>Azure will be the exclusive cloud provider for OpenAI, the companies said.</p></article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
        return;
      case '/latin1':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' })
          .end(Buffer.from(PAGE.replace('Served</h1>', 'Caf\xe9</h1>'), 'latin1'));
        return;
      case '/plain':
        res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('Azure is exclusive to OpenAI.\n\nSecond block.');
        return;
      case '/untyped':
        res.writeHead(200).end(PAGE);
        return;
      case '/redirect':
        res.writeHead(302, { location: '/ok' }).end();
        return;
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      case '/broken':
        res.writeHead(500).end();
        return;
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
        return;
      case '/big':
        res
          .writeHead(200, { 'content-type': 'text/html', 'content-length': String(5000) })
          .end('x'.repeat(5000));
        return;
      case '/big-chunked':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('x'.repeat(3000));
        res.end('y'.repeat(3000));
        return;
      case '/empty':
        res.writeHead(200, { 'content-type': 'text/html' }).end();
        return;
      case '/slow':
        return; // never answers
      case '/stalls':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Half a page'); // and never ends
        return;
      default:
        res.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function reason(path: string, opts = {}): Promise<string> {
  const r = await loadInput(`${base}${path}`, opts);
  if (r.ok) throw new Error(`expected ${path} to fail`);
  return r.reason;
}

describe('loadInput: URLs', () => {
  it('downloads and reads an HTML page', async () => {
    const r = await loadInput(`${base}/ok`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toContain('Azure will be the exclusive cloud provider for OpenAI');
    expect(r.value.published).toBe('2024-03-01');
  });

  it('follows redirects, decodes the declared charset, and sniffs untyped HTML', async () => {
    expect((await loadInput(`${base}/redirect`)).ok).toBe(true);
    const latin1 = await loadInput(`${base}/latin1`);
    expect(latin1.ok && latin1.value.text).toContain('Café');
    const untyped = await loadInput(`${base}/untyped`);
    expect(untyped.ok && untyped.value.published).toBe('2024-03-01');
  });

  it('reads text/plain as plain text', async () => {
    const r = await loadInput(`${base}/plain`);
    expect(r.ok && r.value.blocks.length).toBe(2);
  });

  it('reports HTTP errors with their status', async () => {
    expect(await reason('/missing')).toBe('HTTP 404 Not Found');
    expect(await reason('/broken')).toBe('HTTP 500 Internal Server Error');
  });

  it('refuses content that is not HTML or text', async () => {
    expect(await reason('/pdf')).toBe(
      'unsupported content type application/pdf (expected text/html or text/plain)',
    );
  });

  it('refuses downloads over the size cap, announced or not', async () => {
    expect(await reason('/big', { maxBytes: 4000 })).toMatch(/^page too large \(/);
    expect(await reason('/big-chunked', { maxBytes: 4000 })).toMatch(/^page too large \(over /);
  });

  it('reports an empty page', async () => {
    expect(await reason('/empty')).toBe('empty page');
  });

  it('gives up on a server that does not answer, or stops mid-page, after the timeout', async () => {
    const t0 = performance.now();
    expect(await reason('/slow', { timeoutMs: 300 })).toBe('no answer within 0.3 s');
    expect(await reason('/stalls', { timeoutMs: 300 })).toBe('no answer within 0.3 s');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await loadInput(`http://127.0.0.1:${port}/`)).toEqual({ ok: false, reason: 'connection refused' });
  });

  it('reports a malformed URL', async () => {
    expect(await loadInput('http://exa mple.com/')).toEqual({ ok: false, reason: 'invalid URL' });
  });
});

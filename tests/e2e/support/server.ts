// A small static server for the sample articles (tests/fixtures/site), on 127.0.0.1 only. Some pages get
// response headers a real site would send: strict-csp.html a strict Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const SITE_DIR = resolve(import.meta.dirname, '../../fixtures/site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** No inline script or style, nothing from elsewhere: what the extension must work under. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Pages the unit tests read too, served from their folder rather than copied here. */
const FROM_PAGE_FIXTURES: Record<string, string> = {
  '/div-soup.html': resolve(import.meta.dirname, '../../fixtures/pages/div-soup.html'),
};

const HEADERS: Record<string, Record<string, string>> = {
  '/strict-csp.html': { 'Content-Security-Policy': STRICT_CSP },
};

export interface SiteServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  close: () => Promise<void>;
}

export async function startSiteServer(opts: { port?: number; root?: string } = {}): Promise<SiteServer> {
  const root = opts.root ?? SITE_DIR;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = FROM_PAGE_FIXTURES[path] ?? normalize(join(root, path === '/' ? 'index.html' : path));
    if (!FROM_PAGE_FIXTURES[path] && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(HEADERS[path] ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(opts.port ?? 0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// Pages written by the robustness tests, served on 127.0.0.1 (also reachable as localhost: another site, for
// cross-origin frames), and a recorder of the annotator's reports in the extension's service worker.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface Site {
  origin: string;
  /** The same server under another host name: another site for the browser. */
  otherOrigin: string;
  port: number;
  set: (path: string, html: string) => void;
  close: () => Promise<void>;
}

export async function startSite(pages: Record<string, string> = {}): Promise<Site> {
  const table = new Map(Object.entries(pages));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const html = table.get(path);
    if (html === undefined) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    port,
    set: (path, html) => table.set(path, html),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A page of ours: `<main><article>` with a headline and the given body, in the given language. */
export function articlePage(opts: {
  title: string;
  body: string;
  lang?: string;
  dir?: 'rtl' | 'ltr';
  head?: string;
}): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'en'}"${opts.dir ? ` dir="${opts.dir}"` : ''}>
<head><meta charset="utf-8"><title>${opts.title}</title>${opts.head ?? ''}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>${opts.title}</h1>
${opts.body}
</article></main>
<footer><p>A page written for the robustness tests.</p></footer>
</body>
</html>
`;
}

export interface ReportSeen {
  url: string;
  /** Claims in the report; null when the annotator switched off. */
  claims: number | null;
}

/**
 * Records, in the service worker, every report the annotator sends (one at the end of each scan of a page).
 * Returns a function that reads the reports seen so far for pages whose URL starts with `prefix`.
 */
export async function recordReports(
  context: BrowserContext,
): Promise<(prefix: string) => Promise<ReportSeen[]>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __plensReports?: ReportSeen[];
      chrome: {
        runtime: {
          onMessage: {
            addListener: (
              fn: (m: unknown, sender: { tab?: { url?: string }; url?: string }) => undefined,
            ) => void;
          };
        };
      };
    };
    if (g.__plensReports) return;
    g.__plensReports = [];
    g.chrome.runtime.onMessage.addListener((m, sender) => {
      const msg = m as { plens?: string; data?: { report?: { claims?: unknown[] } | null } };
      if (msg?.plens === 'lens:report') {
        g.__plensReports?.push({
          url: sender.tab?.url ?? sender.url ?? '',
          claims: msg.data?.report ? (msg.data.report.claims?.length ?? 0) : null,
        });
      }
      return undefined;
    });
  });
  return (prefix) =>
    worker.evaluate(
      (p) =>
        ((globalThis as unknown as { __plensReports: ReportSeen[] }).__plensReports ?? []).filter((r) =>
          r.url.startsWith(p),
        ),
      prefix,
    );
}

/**
 * Evaluates expressions in the extension's isolated world of a page (where its content scripts run; the page
 * cannot see it), through CDP: e.g. the annotator's scan counts (core/annotate/page-scan.ts scanCounts).
 */
export async function inExtensionWorld(
  cdp: CDPSession,
  extensionId: string,
): Promise<(expression: string) => Promise<unknown>> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => {
    contexts.length = 0;
  });
  await cdp.send('Runtime.enable');
  return async (expression) => {
    const world = contexts.filter(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
    );
    const context = world[world.length - 1];
    if (context === undefined) throw new Error('the extension has no isolated world in this page');
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: context.id,
      returnByValue: true,
    });
    return result.value;
  };
}

// The annotator starts its judging worker only where no Content Security Policy of the page would refuse it
// (a refusal is logged and reported to the site, naming the extension): utils/worker-policy reads the
// policies, utils/background/page-policies keeps what each tab's top document sent.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PagePolicies } from '../../utils/background/page-policies';
import { metaPolicies, policiesAllowBlobWorkers } from '../../utils/worker-policy';

describe('whether the page allows a worker from a blob: URL', () => {
  it.each([
    [[], true],
    [['upgrade-insecure-requests'], true],
    [["frame-ancestors 'self'; img-src *"], true],
    [["script-src 'self' blob:"], true],
    [["worker-src blob:; script-src 'none'"], true],
    [["default-src 'none'; child-src blob:"], true],
    [["script-src 'self'"], false],
    [["default-src 'none'"], false],
    [['default-src *'], false], // `*` does not match blob:
    [["worker-src 'self'; script-src blob:"], false], // worker-src governs when present
    [["script-src 'nonce-abc' 'strict-dynamic' blob:"], false],
    [['sandbox allow-scripts'], false],
    [["script-src 'self' blob:", "worker-src 'none'"], false], // every policy must allow it
    [["script-src blob:, default-src 'self'"], false], // two policies in one header
    [['WORKER-SRC BLOB:'], true], // names and schemes are case-insensitive
    [["worker-src blob:; worker-src 'none'"], true], // the first of a repeated directive counts
  ])('%j → %s', (policies, allowed) => {
    expect(policiesAllowBlobWorkers(policies)).toBe(allowed);
  });

  it('reads the policies a page declares in meta tags', () => {
    const { document } = parseHTML(
      `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><meta http-equiv="refresh" content="30"></head><body></body></html>`,
    );
    expect(metaPolicies(document as unknown as Document)).toEqual(["script-src 'self'"]);
  });
});

describe("each tab's top document, as the background saw its headers", () => {
  const sender = (tabId: number, url: string, frameId = 0) => ({ tab: { id: tabId }, frameId, url }) as never;

  it('allows the worker where the response sent no policy against it, and only for that page', () => {
    const policies = new PagePolicies();
    policies.record({
      tabId: 1,
      url: 'https://news.example/a',
      responseHeaders: [{ name: 'Content-Type', value: 'text/html' }],
    });
    policies.record({
      tabId: 2,
      url: 'https://strict.example/b',
      responseHeaders: [{ name: 'Content-Security-Policy', value: "script-src 'self'" }],
    });
    policies.record({
      tabId: 3,
      url: 'https://watching.example/c',
      responseHeaders: [{ name: 'content-security-policy-report-only', value: "default-src 'self'" }],
    });
    expect(policies.workersAllowed(sender(1, 'https://news.example/a#top'))).toBe(true);
    expect(policies.workersAllowed(sender(2, 'https://strict.example/b'))).toBe(false);
    // Report-only: the worker would start, but the site would get a report of it.
    expect(policies.workersAllowed(sender(3, 'https://watching.example/c'))).toBe(false);
  });

  it('says no without a record of the document: another page, a frame, an unknown tab', () => {
    const policies = new PagePolicies();
    policies.record({ tabId: 1, url: 'https://news.example/a', responseHeaders: [] });
    expect(policies.workersAllowed(sender(1, 'https://other.example/'))).toBe(false);
    expect(policies.workersAllowed(sender(1, 'https://news.example/a', 3))).toBe(false);
    expect(policies.workersAllowed(sender(9, 'https://news.example/a'))).toBe(false);
  });

  it('keeps the last response of a redirect chain', () => {
    const policies = new PagePolicies();
    policies.record({
      tabId: 1,
      url: 'https://news.example/old',
      responseHeaders: [{ name: 'Content-Security-Policy', value: "default-src 'none'" }],
    });
    policies.record({ tabId: 1, url: 'https://news.example/new', responseHeaders: [] });
    expect(policies.workersAllowed(sender(1, 'https://news.example/new'))).toBe(true);
  });

  it("answers the annotator with the worker's script where the page allows the worker, else with null", async () => {
    const reads: string[] = [];
    const policies = new PagePolicies(async () => {
      reads.push('read');
      return 'self.postMessage({ kind: "ready" })';
    });
    policies.record({ tabId: 1, url: 'https://news.example/a', responseHeaders: [] });
    policies.record({
      tabId: 2,
      url: 'https://strict.example/b',
      responseHeaders: [{ name: 'Content-Security-Policy', value: "script-src 'self'" }],
    });
    const ask = policies.handlers['lens:worker'];
    expect(await ask?.(null, sender(1, 'https://news.example/a'))).toBe(
      'self.postMessage({ kind: "ready" })',
    );
    expect(await ask?.(null, sender(2, 'https://strict.example/b'))).toBeNull();
    expect(await ask?.(null, sender(9, 'https://news.example/a'))).toBeNull();
    // The script is read only for a page that may start the worker.
    expect(reads).toEqual(['read']);
  });

  it('answers null when the script cannot be read, so that the page is judged on its main thread', async () => {
    const policies = new PagePolicies(async () => null);
    policies.record({ tabId: 1, url: 'https://news.example/a', responseHeaders: [] });
    expect(await policies.handlers['lens:worker']?.(null, sender(1, 'https://news.example/a'))).toBeNull();
  });
});

// Every message the background accepts is parsed with zod first (utils/background/message-schemas): a
// malformed one is dropped and logged; its handler never runs, so nothing of it is stored or shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PageReport, reportedClaim } from '../../core/report/page-report';
import { backgroundSchemas } from '../../utils/background/message-schemas';
import { onMessages } from '../../utils/messaging';
import { judged } from '../fixtures/cli/judged';

function report(): PageReport {
  const text = 'Claim 0 is outdated.';
  return {
    url: 'https://news.example/a',
    title: 'Story',
    published: '2023-01-23',
    asOf: '2026-11-21',
    factBase: { version: '1.0.0', published: '2026-11-21' },
    claims: [reportedClaim(judged(text, text, { status: 'outdated' }), 'plens-1')],
  };
}

function send(type: string, data: unknown): Promise<unknown> {
  return fakeBrowser.runtime.sendMessage({ plens: type, data });
}

describe('messages the background accepts', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('a well-formed report reaches its handler; unknown fields are dropped on the way', async () => {
    const handler = vi.fn(() => null);
    onMessages({ 'lens:report': handler }, backgroundSchemas);
    const sent = { report: { ...report(), extra: '<img src=x onerror=alert(1)>' } };
    expect(await send('lens:report', sent)).toEqual({ ok: true, value: null });
    expect(handler).toHaveBeenCalledTimes(1);
    const got = (handler.mock.calls[0] as unknown as [{ report: PageReport }])[0];
    expect(got.report).toEqual(report());
    expect(warn).not.toHaveBeenCalled();
  });

  it('a claim keeps what the popup shows: links, scores and the engine trail are not taken in', async () => {
    const handler = vi.fn(() => null);
    onMessages({ 'lens:report': handler }, backgroundSchemas);
    const full = judged('Claim 0 is outdated.', 'Claim 0 is outdated.', { status: 'outdated' });
    const r = report();
    const sent = {
      ...r,
      claims: [
        { ...full, source: { title: 'x', url: 'javascript:alert(1)' }, score: 7, annotationId: 'plens-1' },
      ],
    };
    expect(await send('lens:report', { report: sent })).toEqual({ ok: true, value: null });
    const got = (handler.mock.calls[0] as unknown as [{ report: PageReport }])[0];
    expect(got.report).toEqual(r);
    expect(Object.keys(got.report.claims[0])).not.toContain('source');
    expect(Object.keys(got.report.claims[0])).not.toContain('score');
  });

  it.each([
    [
      'a status the extension does not know',
      (r: PageReport) => ({ ...r, claims: [{ ...r.claims[0], status: 'true' }] }),
    ],
    [
      'an explanation that is not text',
      (r: PageReport) => ({ ...r, claims: [{ ...r.claims[0], explanation: { html: '<b>x</b>' } }] }),
    ],
    ['a page URL that is not a web address', (r: PageReport) => ({ ...r, url: 'file:///etc/passwd' })],
    [
      'an annotation id that is not ours',
      (r: PageReport) => ({ ...r, claims: [{ ...r.claims[0], annotationId: 'x' }] }),
    ],
    ['a huge text', (r: PageReport) => ({ ...r, title: 'a'.repeat(100_000) })],
    ['too many claims', (r: PageReport) => ({ ...r, claims: Array(2001).fill(r.claims[0]) })],
    ['a span that is not a place', (r: PageReport) => ({ ...r, claims: [{ ...r.claims[0], start: -4 }] })],
    ['no claims at all', (r: PageReport) => ({ ...r, claims: undefined })],
  ])('a report with %s is dropped and logged', async (_what, spoil) => {
    const handler = vi.fn(() => null);
    onMessages({ 'lens:report': handler }, backgroundSchemas);
    expect(await send('lens:report', { report: spoil(report()) })).toEqual({
      ok: false,
      error: 'malformed message',
    });
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped a malformed "lens:report" message'));
  });

  it('the other messages are checked too', async () => {
    const open = vi.fn(() => ({ kind: 'unavailable' as const, host: null }));
    const hit = vi.fn(() => null);
    onMessages({ 'tab:open': open, 'precheck:hit': hit }, backgroundSchemas);
    expect(await send('tab:open', { tabId: '3' })).toMatchObject({ ok: false });
    expect(await send('tab:open', { tabId: -1 })).toMatchObject({ ok: false });
    expect(await send('precheck:hit', { url: 'x' })).toMatchObject({ ok: false });
    expect(open).not.toHaveBeenCalled();
    expect(hit).not.toHaveBeenCalled();
    expect(await send('tab:open', { tabId: 3 })).toMatchObject({ ok: true });
    expect(await send('precheck:hit', null)).toMatchObject({ ok: true });
  });

  it('has a schema for every message the background answers', async () => {
    const { backgroundHandlers } = await import('../../utils/background/handlers');
    const { FactBaseUpdates } = await import('../../utils/background/fact-base-updates');
    const { PagePolicies } = await import('../../utils/background/page-policies');
    const answered = [
      ...Object.keys(backgroundHandlers),
      ...Object.keys(new FactBaseUpdates().handlers),
      ...Object.keys(new PagePolicies().handlers),
    ];
    expect(Object.keys(backgroundSchemas).sort()).toEqual(answered.sort());
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages, sendMessage } from '../../utils/messaging';

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a typed request and its answer', async () => {
    onMessages({ 'tab:open': ({ tabId }) => ({ kind: 'scanning', host: `tab${tabId}.example` }) });
    expect(await sendMessage('tab:open', { tabId: 3 })).toEqual({ kind: 'scanning', host: 'tab3.example' });
  });

  it('passes the sender to the handler', async () => {
    const handler = vi.fn(() => null);
    onMessages({ 'precheck:hit': handler });
    await sendMessage('precheck:hit', null);
    expect(handler).toHaveBeenCalledWith(null, expect.any(Object));
  });

  it('turns a failing handler into a rejected promise with its message', async () => {
    onMessages({
      'lens:focus': () => {
        throw new Error('no such claim');
      },
    });
    await expect(sendMessage('lens:focus', { annotationId: 'x' })).rejects.toThrow('no such claim');
  });

  it('leaves message types it does not handle to other listeners', async () => {
    onMessages({ 'lens:focus': () => true });
    onMessages({ 'lens:sync': () => ({ annotations: 4 }) });
    expect(await sendMessage('lens:sync', null)).toEqual({ annotations: 4 });
    expect(await sendMessage('lens:focus', { annotationId: 'a' })).toBe(true);
  });

  it('ignores messages that are not ours', async () => {
    const handler = vi.fn();
    onMessages({ 'lens:sync': handler });
    fakeBrowser.runtime.onMessage.addListener(() => 'other');
    expect(await fakeBrowser.runtime.sendMessage({ hello: 'world' })).toBe('other');
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers through Chrome's sendResponse and keeps the channel open", async () => {
    const listener = captureListener();
    const sendResponse = vi.fn();
    const kept = listener({ plens: 'lens:sync', data: null }, {}, sendResponse);
    expect(kept).toBe(true);
    await vi.waitFor(() =>
      expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: { annotations: 2 } }),
    );
  });

  it('sends to a tab through tabs.sendMessage, top frame only', async () => {
    const spy = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(async () => ({ ok: true, value: true }) as never);
    expect(await sendMessage('lens:focus', { annotationId: 'plens-1' }, { tabId: 5 })).toBe(true);
    expect(spy).toHaveBeenCalledWith(
      5,
      { plens: 'lens:focus', data: { annotationId: 'plens-1' } },
      { frameId: 0 },
    );
  });

  it('stops answering once unsubscribed', async () => {
    const stop = onMessages({ 'lens:sync': () => ({ annotations: 1 }) });
    stop();
    await expect(sendMessage('lens:sync', null)).rejects.toThrow();
  });
});

/** The listener onMessages registered last (to call it the way Chrome does, with sendResponse). */
function captureListener(): (m: unknown, s: unknown, r: (x: unknown) => void) => unknown {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  onMessages({ 'lens:sync': () => ({ annotations: 2 }) });
  const listener = add.mock.calls.at(-1)?.[0];
  add.mockRestore();
  return listener as never;
}

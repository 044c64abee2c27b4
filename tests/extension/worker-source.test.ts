// The background reads the judging worker's script from the extension's own files (utils/background/
// worker-source) and hands it to annotators: read once and kept, read again after a failure.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshReader() {
  vi.resetModules();
  return (await import('../../utils/background/worker-source')).readWorkerSource;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the judging worker's script", () => {
  it('is read from the build once, and kept', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        asked.push(url);
        return new Response('self.postMessage({ kind: "ready" })');
      }),
    );
    const read = await freshReader();
    expect(await read()).toBe('self.postMessage({ kind: "ready" })');
    expect(await read()).toBe('self.postMessage({ kind: "ready" })');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/\/judge-worker\.js$/);
  });

  it('is null when it cannot be read, and read again the next time', async () => {
    const answers = [new Response('missing', { status: 404 }), null, new Response('worker source')];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        const next = answers.shift();
        if (next === null) throw new TypeError('Failed to fetch');
        return next;
      }),
    );
    const read = await freshReader();
    expect(await read()).toBeNull();
    expect(await read()).toBeNull();
    expect(await read()).toBe('worker source');
  });
});

// The annotator loads the engine for judging on the page's thread only when it needs it, by asking the
// background to run the engine's script in its isolated world, where the script leaves the engine on the
// global. Once there, it is never asked for again; when loading fails, the next scan tries again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeHere } from '../../core/annotate/judge-here';
import { JUDGE_HERE_GLOBAL, type WithJudgeHere } from '../../utils/lens/judge-here-protocol';
import { onMessages } from '../../utils/messaging';

const world = globalThis as WithJudgeHere;

/** A fresh copy of the loader: it keeps what it loaded for the document's lifetime. */
async function freshLoader() {
  vi.resetModules();
  return (await import('../../utils/lens/judge-here-loader')).loadJudgeHere;
}

describe('loading the engine for the main thread', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    delete world[JUDGE_HERE_GLOBAL];
  });

  it('asks the background once, and finds the engine its script left on the global', async () => {
    const asked = vi.fn(() => {
      world[JUDGE_HERE_GLOBAL] = judgeHere;
      return true;
    });
    onMessages({ 'lens:engine': asked });
    const load = await freshLoader();
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(judgeHere);
    expect(b).toBe(judgeHere);
    expect(await load()).toBe(judgeHere);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('rejects when the script did not run, and tries again on the next call', async () => {
    let fail = true;
    const asked = vi.fn(() => {
      if (fail) throw new Error('Cannot access contents of the page');
      world[JUDGE_HERE_GLOBAL] = judgeHere;
      return true;
    });
    onMessages({ 'lens:engine': asked });
    const load = await freshLoader();
    await expect(load()).rejects.toThrow('Cannot access contents of the page');
    fail = false;
    expect(await load()).toBe(judgeHere);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('rejects when the background answers but no engine is there', async () => {
    onMessages({ 'lens:engine': () => false });
    const load = await freshLoader();
    await expect(load()).rejects.toThrow('the engine did not load');
  });
});

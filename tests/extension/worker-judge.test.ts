// The annotator's judging worker (utils/judging): pages judged by the worker get the engine's own claims, and
// every way the worker can be missing or fail ends in null, which makes the annotator judge the page itself.
import { describe, expect, it, vi } from 'vitest';
import { judgePage } from '../../core/analyze';
import { type JudgedSentences, judgeWholePage } from '../../core/annotate/boxed-judge';
import { bundledFactBase } from '../../core/factbase/bundled';
import type { FactBase } from '../../core/factbase/schema';
import type { PageText } from '../../core/types';
import type { JudgeRequest, WorkerMessage } from '../../utils/judging/protocol';
import { serveJudging, type WorkerScope } from '../../utils/judging/serve-judging';
import {
  JUDGE_TIMEOUT_MS,
  START_TIMEOUT_MS,
  type StartedWorker,
  WorkerJudge,
} from '../../utils/judging/worker-judge';

const AS_OF = '2026-11-21';

function pageOf(paragraphs: string[]): PageText {
  const blocks: PageText['blocks'] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return {
    text,
    title: 'Microsoft and OpenAI rework their deal',
    published: '2025-11-02',
    blocks,
    url: null,
  };
}

const PAGE = pageOf([
  'Microsoft remains the only cloud that can host every OpenAI model, the two firms said.',
  'Redmond now holds roughly a quarter of the lab after the recapitalisation.',
  'The weather in Seattle was mild all week.',
]);

/** A worker whose other side is our own worker code, run in this process (as structured clone would copy). */
class LoopbackWorker {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: JudgeRequest[] = [];
  private readonly scope: WorkerScope = {
    onmessage: null,
    postMessage: (m) => queueMicrotask(() => this.onmessage?.({ data: m } as MessageEvent<WorkerMessage>)),
  };

  constructor() {
    queueMicrotask(() => serveJudging(this.scope));
  }

  postMessage(request: JudgeRequest): void {
    const copy = structuredClone(request);
    this.received.push(copy);
    queueMicrotask(() => this.scope.onmessage?.({ data: copy } as MessageEvent<JudgeRequest>));
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker that does what the test tells it, when it tells it. */
class ScriptedWorker {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((e: { preventDefault(): void; message: string }) => void) | null = null;
  terminated = false;
  readonly received: JudgeRequest[] = [];
  postMessage(request: JudgeRequest): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
  fail(message: string): void {
    this.onerror?.({ preventDefault: () => {}, message });
  }
}

function started(worker: LoopbackWorker | ScriptedWorker, released = { count: 0 }): StartedWorker {
  return { worker: worker as unknown as Worker, release: () => released.count++ };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('WorkerJudge', () => {
  it("answers with the engine's own claims for a page, judged in the worker", async () => {
    const worker = new LoopbackWorker();
    const released = { count: 0 };
    const judge = new WorkerJudge({ source: async () => 'script', start: () => started(worker, released) });
    const result = (await judge.judge(PAGE, AS_OF, null)) as JudgedSentences;
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result.claims).toEqual(judgePage(PAGE, bundledFactBase(), { asOf: AS_OF }));
    expect(result).toEqual(judgeWholePage(PAGE, bundledFactBase(), { asOf: AS_OF }));
    // The bundled fact base is named, not sent: the worker has it built in.
    expect(worker.received[0]).toMatchObject({ version: null, factBase: null, asOf: AS_OF });
    expect(released.count).toBe(1);
    expect(judge.available).toBe(true);
  });

  it('sends a downloaded fact base once, then names it by version', async () => {
    const worker = new LoopbackWorker();
    const judge = new WorkerJudge({ source: async () => 'script', start: () => started(worker) });
    const downloaded = {
      ...bundledFactBase(),
      manifest: { ...bundledFactBase().manifest, version: '9.9.9' },
    } as FactBase;
    const first = await judge.judge(PAGE, AS_OF, downloaded);
    const second = await judge.judge(PAGE, AS_OF, downloaded);
    expect(first?.claims.map((c) => c.status)).toEqual(second?.claims.map((c) => c.status));
    expect(worker.received.map((r) => [r.version, r.factBase === null])).toEqual([
      ['9.9.9', false],
      ['9.9.9', true],
    ]);
  });

  it('gives null, once and for good, when the page forbids the worker (an error before it is ready)', async () => {
    const source = vi.fn(async () => 'script');
    const workers: ScriptedWorker[] = [];
    const judge = new WorkerJudge({
      source,
      start: () => {
        const w = new ScriptedWorker();
        workers.push(w);
        queueMicrotask(() => w.fail('blocked by the content security policy'));
        return started(w);
      },
    });
    expect(await judge.judge(PAGE, AS_OF, null)).toBeNull();
    expect(await judge.judge(PAGE, AS_OF, null)).toBeNull();
    expect(judge.available).toBe(false);
    expect(source).toHaveBeenCalledTimes(1);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);
  });

  it('gives null when there is no worker script or no Worker at all', async () => {
    const noSource = new WorkerJudge({ source: async () => Promise.reject(new Error('no background')) });
    expect(await noSource.judge(PAGE, AS_OF, null)).toBeNull();
    const noWorker = new WorkerJudge({
      source: async () => 'script',
      start: () => {
        throw new ReferenceError('Worker is not defined');
      },
    });
    expect(await noWorker.judge(PAGE, AS_OF, null)).toBeNull();
  });

  it('gives null when the worker does not load in time, or does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      const silent = new ScriptedWorker();
      const neverReady = new WorkerJudge({ source: async () => 'script', start: () => started(silent) });
      const waiting = neverReady.judge(PAGE, AS_OF, null);
      await vi.advanceTimersByTimeAsync(START_TIMEOUT_MS + 1);
      expect(await waiting).toBeNull();
      expect(silent.terminated).toBe(true);

      const slow = new ScriptedWorker();
      const stalls = new WorkerJudge({ source: async () => 'script', start: () => started(slow) });
      const pending = stalls.judge(PAGE, AS_OF, null);
      await vi.advanceTimersByTimeAsync(0);
      slow.say({ kind: 'ready' });
      await vi.advanceTimersByTimeAsync(JUDGE_TIMEOUT_MS + 1);
      expect(await pending).toBeNull();
      expect(slow.terminated).toBe(true);
      expect(stalls.available).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives null for a page the worker failed on, and keeps the worker for the next', async () => {
    const w = new ScriptedWorker();
    const judge = new WorkerJudge({ source: async () => 'script', start: () => started(w) });
    const first = judge.judge(PAGE, AS_OF, null);
    await tick();
    w.say({ kind: 'ready' });
    await tick();
    w.say({ kind: 'failed', id: w.received[0].id, error: 'boom' });
    expect(await first).toBeNull();
    expect(judge.available).toBe(true);
    const second = judge.judge(PAGE, AS_OF, null);
    await tick();
    const result: JudgedSentences = { claims: [], sentences: 2, unjudged: 0 };
    w.say({ kind: 'judged', id: w.received[1].id, result });
    expect(await second).toEqual(result);
  });

  it('a worker that crashes mid-page leaves that page to the annotator', async () => {
    const w = new ScriptedWorker();
    const judge = new WorkerJudge({ source: async () => 'script', start: () => started(w) });
    const pending = judge.judge(PAGE, AS_OF, null);
    await tick();
    w.say({ kind: 'ready' });
    await tick();
    w.fail('out of memory');
    expect(await pending).toBeNull();
    expect(judge.available).toBe(false);
  });

  it('stop() ends the worker and what waits on it; a later page starts a new worker', async () => {
    const workers: ScriptedWorker[] = [];
    const judge = new WorkerJudge({
      source: async () => 'script',
      start: () => {
        const w = new ScriptedWorker();
        workers.push(w);
        queueMicrotask(() => w.say({ kind: 'ready' }));
        return started(w);
      },
    });
    const pending = judge.judge(PAGE, AS_OF, null);
    await tick();
    judge.stop();
    expect(await pending).toBeNull();
    expect(workers[0].terminated).toBe(true);
    const again = judge.judge(PAGE, AS_OF, null);
    await tick();
    expect(workers).toHaveLength(2);
    const result: JudgedSentences = { claims: [], sentences: 1, unjudged: 0 };
    workers[1].say({ kind: 'judged', id: workers[1].received[0].id, result });
    expect(await again).toEqual(result);
  });
});

describe('serveJudging (the worker side)', () => {
  it('says it is ready, then answers each request by its id', () => {
    const said: WorkerMessage[] = [];
    const scope: WorkerScope = { onmessage: null, postMessage: (m) => said.push(m) };
    serveJudging(scope);
    expect(said).toEqual([{ kind: 'ready' }]);
    scope.onmessage?.({
      data: { id: 7, page: PAGE, asOf: AS_OF, version: null, factBase: null },
    } as MessageEvent);
    expect(said[1]).toMatchObject({ kind: 'judged', id: 7 });
  });

  it('fails a request that names a fact base it was never sent', () => {
    const said: WorkerMessage[] = [];
    const scope: WorkerScope = { onmessage: null, postMessage: (m) => said.push(m) };
    serveJudging(scope);
    scope.onmessage?.({
      data: { id: 1, page: PAGE, asOf: AS_OF, version: '3.0.0', factBase: null },
    } as MessageEvent);
    expect(said[1]).toEqual({ kind: 'failed', id: 1, error: 'fact base 3.0.0 was never sent' });
  });
});

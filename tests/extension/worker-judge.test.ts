// The annotator judges in a worker of its own when the page lets it (utils/lens/worker-judge), and on the main
// thread whenever the worker is refused, fails, or stays silent: a page cannot stop a verdict this way.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../core/analyze';
import type { Judgement } from '../../core/annotate/time-boxed-judging';
import { bundledFactBase } from '../../core/factbase/bundled';
import type { FactBase } from '../../core/factbase/schema';
import type { PageText } from '../../core/types';
import { JudgeRequests } from '../../utils/lens/judge-requests';
import type { JudgeRequest, WorkerReply } from '../../utils/lens/judge-worker-protocol';
import { IDLE_MS, JUDGE_TIMEOUT_MS, START_TIMEOUT_MS, WorkerJudge } from '../../utils/lens/worker-judge';

const fb = bundledFactBase();
const OPTS = { asOf: '2026-11-21', published: null };
const TEXT = "Microsoft owns 49% of OpenAI.\n\nAzure is OpenAI's exclusive cloud provider.";
const PAGE: PageText = {
  text: TEXT,
  title: 'Microsoft and OpenAI',
  published: null,
  blocks: [
    { start: 0, end: 29 },
    { start: 31, end: TEXT.length },
  ],
};

type Behaviour = 'answers' | 'silent' | 'refused-later' | 'never-ready';

/** A worker that runs the real request handler, answering a task later, as a worker thread would. */
class FakeWorker {
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly received: JudgeRequest[] = [];
  private readonly requests = new JudgeRequests(fb);

  constructor(private readonly behaviour: Behaviour) {
    setTimeout(() => {
      if (behaviour === 'refused-later') this.onerror?.({ preventDefault() {} });
      else if (behaviour !== 'never-ready') this.reply({ kind: 'ready' });
    });
  }

  postMessage(request: JudgeRequest): void {
    // Structured clone, as postMessage does: nothing is shared with the page's side.
    const copy = structuredClone(request);
    this.received.push(copy);
    if (this.behaviour === 'answers') setTimeout(() => this.reply(this.requests.answer(copy)));
  }

  terminate(): void {
    this.terminated = true;
  }

  private reply(data: WorkerReply): void {
    if (!this.terminated) this.onmessage?.({ data });
  }
}

/** Timers the test fires by hand, by how long they wait. */
class Timers {
  private next = 1;
  readonly waiting = new Map<number, { fn: () => void; ms: number }>();
  set = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.waiting.set(id, { fn, ms });
    return id;
  };
  clear = (id: unknown) => {
    this.waiting.delete(id as number);
  };
  fire(ms: number): void {
    for (const [id, t] of [...this.waiting]) {
      if (t.ms !== ms) continue;
      this.waiting.delete(id);
      t.fn();
    }
  }
}

function setUp(behaviours: Behaviour[] | 'throws') {
  const timers = new Timers();
  const workers: FakeWorker[] = [];
  const judge = new WorkerJudge({
    script: new Blob(['self.postMessage({ kind: "ready" })'], { type: 'text/javascript' }),
    setTimer: timers.set,
    clearTimer: timers.clear,
    createWorker: () => {
      if (behaviours === 'throws') throw new Error("refused by the page's policy");
      const w = new FakeWorker(behaviours[workers.length] ?? 'answers');
      workers.push(w);
      return w as unknown as Worker;
    },
  });
  return { judge, timers, workers };
}

const texts = (j: Judgement | null) => j?.claims.map((c) => `${c.status}: ${c.text}`);
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('judging in the worker', () => {
  it('gives the claims the main thread would give, with the bundled fact base never sent', async () => {
    const { judge, workers } = setUp(['answers']);
    const judged = await judge.judge(PAGE, OPTS, null);
    expect(judge.inWorker).toBe(true);
    expect(judged?.claims).toEqual(judgePage(PAGE, fb, OPTS));
    expect(texts(judged)).toEqual([
      'contradicted: Microsoft owns 49% of OpenAI.',
      "outdated: Azure is OpenAI's exclusive cloud provider.",
    ]);
    expect(judged?.sentences).toBe(2);
    expect(judge.status).toBe('ready');
    expect(workers).toHaveLength(1);
    expect(workers[0].received[0].factBase).toBeUndefined();
    // The cards' part of the fact base comes with the claims: the annotator holds no fact base of its own.
    const factIds = judged?.claims.map((c) => c.factId);
    expect(judged?.cardFacts.facts.map((f) => f.id).sort()).toEqual(factIds?.sort());
    expect(judged?.cardFacts.partnerships.map((p) => p.id)).toEqual([judged?.claims[0].partnership]);
  });

  it('sends an accepted update once, and judges with it from then on', async () => {
    const { judge, workers } = setUp(['answers']);
    const update: FactBase = { ...fb, manifest: { ...fb.manifest, version: '99.0.0' } };
    await judge.judge(PAGE, OPTS, update);
    await judge.judge(PAGE, OPTS, update);
    // Back to the bundled one (the update was withdrawn): said once, as null.
    await judge.judge(PAGE, OPTS, null);
    await judge.judge(PAGE, OPTS, null);
    expect(workers[0].received.map((r) => r.factBase?.manifest.version ?? r.factBase)).toEqual([
      '99.0.0',
      undefined,
      null,
      undefined,
    ]);
  });

  it('resolves null when the page refuses the worker, at once or by an error event', async () => {
    const thrown = setUp('throws');
    expect(await thrown.judge.judge(PAGE, OPTS, null)).toBeNull();
    expect(thrown.judge.status).toBe("refused (not started: Error: refused by the page's policy)");
    const later = setUp(['refused-later']);
    expect(await later.judge.judge(PAGE, OPTS, null)).toBeNull();
    expect(later.judge.status).toBe('refused (error: refused)');
    // Refused for good: the next scan goes to the main thread without trying again.
    expect(await later.judge.judge(PAGE, OPTS, null)).toBeNull();
    expect(later.workers).toHaveLength(1);
    expect(later.workers[0].terminated).toBe(true);
  });

  it(`resolves null when the worker is not ready within ${START_TIMEOUT_MS} ms`, async () => {
    const { judge, timers, workers } = setUp(['never-ready']);
    const judged = judge.judge(PAGE, OPTS, null);
    await tick();
    timers.fire(START_TIMEOUT_MS);
    expect(await judged).toBeNull();
    expect(workers[0].terminated).toBe(true);
    expect(judge.status).toBe(`refused (not ready after ${START_TIMEOUT_MS} ms)`);
  });

  it(`resolves null when a page is not judged within ${JUDGE_TIMEOUT_MS} ms, and ends the worker`, async () => {
    const { judge, timers, workers } = setUp(['silent']);
    const judged = judge.judge(PAGE, OPTS, null);
    await tick();
    expect(workers[0].received).toHaveLength(1);
    timers.fire(JUDGE_TIMEOUT_MS);
    expect(await judged).toBeNull();
    expect(workers[0].terminated).toBe(true);
    expect(judge.inWorker).toBe(false);
    expect(judge.status).toBe(`refused (no answer after ${JUDGE_TIMEOUT_MS} ms)`);
  });

  it(`ends an idle worker after ${IDLE_MS / 1000} s and starts a new one when needed`, async () => {
    const { judge, timers, workers } = setUp(['answers', 'answers']);
    expect(await judge.judge(PAGE, OPTS, null)).not.toBeNull();
    timers.fire(IDLE_MS);
    expect(workers[0].terminated).toBe(true);
    expect(texts(await judge.judge(PAGE, OPTS, null))).toHaveLength(2);
    expect(workers).toHaveLength(2);
  });

  it('resolves what waits with null when the annotator closes', async () => {
    const { judge, workers } = setUp(['silent']);
    const judged = judge.judge(PAGE, OPTS, null);
    await tick();
    judge.close();
    expect(await judged).toBeNull();
    expect(workers[0].terminated).toBe(true);
  });
});

// Judging away from the page's main thread: the annotator reads the page and highlights it, and a dedicated
// worker of its own (utils/lens/judge-worker) judges the text. The engine's code then neither compiles nor runs
// on the page's thread, which is most of what a long article cost it.
//
// The worker is started from a Blob of its bundled source, so it runs in the page's origin, in the reader's
// tab, and only the annotator holds it: page text goes nowhere else. A page's Content Security Policy may
// refuse it (worker-src); then, or when the worker fails or does not answer in time, `judge` resolves null
// and the annotator judges on the main thread in slices, as it always could: a page cannot stop a verdict.
// The worker ends after a minute without work (its heap is the engine's and the fact base's), and starts again
// when the page changes.
import type { Judgement } from '@/core/annotate/time-boxed-judging';
import type { FactBase } from '@/core/factbase/schema';
import type { JudgeOptions, PageText } from '@/core/types';
import type { JudgeRequest, WorkerReply } from './judge-worker-protocol';

/** Loading the engine takes well under a second; a worker that has not answered by then never will. */
export const START_TIMEOUT_MS = 5_000;
/** A long article takes ~50 ms; the time box bounds a hostile one. Past this, the worker is stuck. */
export const JUDGE_TIMEOUT_MS = 15_000;
export const IDLE_MS = 60_000;

export interface WorkerJudgeOptions {
  /**
   * The worker's bundled source, as a Blob: kept for a restart outside the JavaScript heap, where the same half
   * megabyte as a string would stay for the page's lifetime.
   */
  script: Blob;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(id: unknown): void;
  /** Tests: how a worker is made from a script URL. */
  createWorker?: (url: string) => Worker;
}

type State = 'off' | 'starting' | 'ready' | 'refused';

interface Pending {
  resolve(judgement: Judgement | null): void;
  timer: unknown;
}

export class WorkerJudge {
  private worker: Worker | null = null;
  private state: State = 'off';
  private started: Array<() => void> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The fact base the worker judges with: null, the one built into it (never sent). */
  private factBaseInWorker: FactBase | null = null;
  private idleTimer: unknown = null;
  private startTimer: unknown = null;
  private refusal: string | null = null;

  constructor(private readonly o: WorkerJudgeOptions) {}

  /** Starts the worker now, so that it loads while the page is read (judge() starts it too). */
  start(): void {
    if (this.state !== 'off') return;
    this.state = 'starting';
    this.factBaseInWorker = null;
    let url = '';
    let worker: Worker;
    try {
      url = URL.createObjectURL(this.o.script);
      worker = this.o.createWorker?.(url) ?? new Worker(url);
    } catch (e) {
      if (url) URL.revokeObjectURL(url);
      this.refuse(`not started: ${String(e)}`);
      return;
    }
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => this.receive(e.data);
    // A policy that refuses the worker, or a script error: judged on the main thread from now on.
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.refuse(`error: ${e.message ?? 'refused'}`);
    };
    worker.onmessageerror = () => this.refuse('a message could not be read');
    this.startTimer = this.o.setTimer(() => {
      if (this.state === 'starting') this.refuse(`not ready after ${START_TIMEOUT_MS} ms`);
    }, START_TIMEOUT_MS);
    // Kept until the worker has loaded: revoked then (or on failure), never while it may still be fetched.
    this.started.push(() => URL.revokeObjectURL(url));
  }

  /** The page's claims, or null: judge it on the main thread. */
  async judge(page: PageText, opts: JudgeOptions, factBase: FactBase | null): Promise<Judgement | null> {
    this.start();
    if (this.state === 'starting') await new Promise<void>((resolve) => this.started.push(resolve));
    const worker = this.worker;
    if (this.state !== 'ready' || worker === null) return null;
    this.stopIdleTimer();
    const id = this.nextId++;
    const request: JudgeRequest = { id, page, opts };
    if (factBase !== this.factBaseInWorker) request.factBase = factBase;
    return new Promise<Judgement | null>((resolve) => {
      const timer = this.o.setTimer(
        () => this.refuse(`no answer after ${JUDGE_TIMEOUT_MS} ms`),
        JUDGE_TIMEOUT_MS,
      );
      this.pending.set(id, { resolve, timer });
      try {
        worker.postMessage(request);
        this.factBaseInWorker = factBase;
      } catch (e) {
        this.refuse(`not sent: ${String(e)}`);
      }
    });
  }

  /** Ends the worker for good (the annotator's context ended). */
  close(): void {
    this.refuse('closed');
  }

  /** Whether pages are judged in the worker (for tests and the diagnostics). */
  get inWorker(): boolean {
    return this.state === 'ready';
  }

  /** The worker's state, and why it was given up or last failed, if it was (for tests and the diagnostics). */
  get status(): string {
    return this.refusal === null ? this.state : `${this.state} (${this.refusal})`;
  }

  private receive(reply: WorkerReply): void {
    if (reply.kind === 'ready') {
      if (this.state !== 'starting') return;
      this.state = 'ready';
      this.o.clearTimer(this.startTimer);
      this.flushStarted();
      this.armIdleTimer();
      return;
    }
    const waiting = this.pending.get(reply.id);
    if (waiting === undefined) return;
    this.pending.delete(reply.id);
    this.o.clearTimer(waiting.timer);
    if (reply.kind === 'failed') this.refusal = `a page failed: ${reply.message}`;
    waiting.resolve(reply.kind === 'judged' ? reply.judgement : null);
    if (this.pending.size === 0) this.armIdleTimer();
  }

  /** The worker cannot be used: everything waiting is judged on the main thread, and so is what comes. */
  private refuse(why: string): void {
    if (this.state !== 'refused') this.refusal = why;
    this.end('refused');
  }

  private end(next: 'off' | 'refused'): void {
    if (this.state === 'refused') return;
    this.state = next;
    this.worker?.terminate();
    this.worker = null;
    this.o.clearTimer(this.startTimer);
    this.stopIdleTimer();
    for (const { resolve, timer } of this.pending.values()) {
      this.o.clearTimer(timer);
      resolve(null);
    }
    this.pending.clear();
    this.flushStarted();
  }

  private flushStarted(): void {
    const started = this.started;
    this.started = [];
    for (const fn of started) fn();
  }

  private armIdleTimer(): void {
    this.stopIdleTimer();
    this.idleTimer = this.o.setTimer(() => {
      if (this.state === 'ready' && this.pending.size === 0) this.end('off');
    }, IDLE_MS);
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== null) this.o.clearTimer(this.idleTimer);
    this.idleTimer = null;
  }
}

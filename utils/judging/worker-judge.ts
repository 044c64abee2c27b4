// The annotator's judging worker, seen from the page: started on first use from the worker script's text (a blob
// URL, so the worker is a thread of the page's own process), sent each page read whole, answering with its
// claims. Whenever it cannot answer (the page's Content-Security-Policy forbids workers, the browser has none,
// the worker failed or took too long) the answer is null and the annotator judges the page on its own thread,
// as it always could: a page can push judging back onto its thread, never stop it.
import type { JudgedSentences } from '@/core/annotate/boxed-judge';
import type { FactBase } from '@/core/factbase/schema';
import type { IsoDate, PageText } from '@/core/types';
import type { JudgeRequest, WorkerMessage } from './protocol';

/** Longest wait for the worker to load: a worker the page's policy blocks reports an error well before. */
export const START_TIMEOUT_MS = 5000;
/** Longest wait for one page's claims (a long article takes ~0.1 s): past it, the page judges them itself. */
export const JUDGE_TIMEOUT_MS = 15_000;

export interface StartedWorker {
  worker: Worker;
  /** Lets go of what started it (the blob URL) once it has loaded or failed. */
  release(): void;
}

export interface WorkerJudgeDeps {
  /** The worker script's text (the background reads it from the extension). */
  source: () => Promise<string>;
  /** Starts a worker from script text; by default from a blob URL. */
  start?: (source: string) => StartedWorker;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export function startFromText(source: string): StartedWorker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return { worker: new Worker(url, { name: 'partnership-lens-judge' }), release: () => URL.revokeObjectURL(url) };
  } catch (e) {
    URL.revokeObjectURL(url);
    throw e;
  }
}

export class WorkerJudge {
  private worker: Worker | null = null;
  private starting: Promise<boolean> | null = null;
  /** Set once the worker cannot serve this page: no second attempt (a blocked worker stays blocked). */
  private unavailable = false;
  private nextId = 1;
  /** Version of the fact base last sent to the worker (it keeps it); null: its own bundled copy. */
  private sentVersion: string | null = null;
  private readonly waiting = new Map<number, (result: JudgedSentences | null) => void>();
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;

  constructor(private readonly deps: WorkerJudgeDeps) {
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  }

  /** Whether pages go to the worker: false once it could not start or failed on this page. */
  get available(): boolean {
    return !this.unavailable;
  }

  /**
   * The claims of a page read whole, judged in the worker; null when the worker cannot judge it. `factBase`
   * null: the copy built into the worker (the bundled one).
   */
  async judge(page: PageText, asOf: IsoDate, factBase: FactBase | null): Promise<JudgedSentences | null> {
    if (!(await this.ready()) || this.worker === null) return null;
    const worker = this.worker;
    const id = this.nextId++;
    const version = factBase?.manifest.version ?? null;
    const request: JudgeRequest = {
      id,
      // A plain copy: only the fields the engine reads cross to the worker.
      page: {
        text: page.text,
        title: page.title,
        published: page.published,
        blocks: page.blocks,
        url: page.url ?? null,
        lang: page.lang ?? null,
      },
      asOf,
      version,
      factBase: version !== null && version === this.sentVersion ? null : factBase,
    };
    return new Promise((resolve) => {
      const timer = this.setTimer(() => this.giveUp(), JUDGE_TIMEOUT_MS);
      this.waiting.set(id, (result) => {
        this.clearTimer(timer);
        resolve(result);
      });
      try {
        worker.postMessage(request);
        this.sentVersion = version;
      } catch {
        this.giveUp();
      }
    });
  }

  /** Stops the worker (annotations off, or the extension went away); a later page starts a new one. */
  stop(): void {
    this.end();
    this.starting = null;
  }

  private ready(): Promise<boolean> {
    if (this.unavailable) return Promise.resolve(false);
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<boolean> {
    let started: StartedWorker;
    try {
      started = (this.deps.start ?? startFromText)(await this.deps.source());
    } catch {
      return this.giveUp();
    }
    const { worker } = started;
    this.worker = worker;
    this.sentVersion = null;
    return new Promise<boolean>((resolve) => {
      const timer = this.setTimer(() => {
        started.release();
        resolve(this.giveUp());
      }, START_TIMEOUT_MS);
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.kind === 'ready') {
          this.clearTimer(timer);
          started.release();
          resolve(true);
        } else {
          this.answer(message.id, message.kind === 'judged' ? message.result : null);
        }
      };
      // A policy that forbids the worker, a script that failed to load, or a crash later on.
      worker.onerror = (event) => {
        event.preventDefault();
        this.clearTimer(timer);
        started.release();
        resolve(this.giveUp());
      };
    });
  }

  private answer(id: number, result: JudgedSentences | null): void {
    const done = this.waiting.get(id);
    this.waiting.delete(id);
    done?.(result);
  }

  private giveUp(): false {
    this.unavailable = true;
    this.end();
    return false;
  }

  private end(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const done of waiting) done(null);
  }
}

// Reading a Chromium trace for the extension's work per task (bench/support/trace), on a small trace written
// by hand: the long-task tests and the benchmark rest on these numbers.
import { describe, expect, it } from 'vitest';
import { type TraceEvent, extensionWork, workerThreadMs } from '../../../bench/support/trace';

const PAGE = 'http://127.0.0.1:4000';
const EXT = 'chrome-extension://abcdefghijklmnop/';
const PID = 7;
const TID = 1;

/** A page process with its main thread, and the given events on that thread (ts, dur and tdur in µs). */
function trace(
  ...events: Array<Partial<TraceEvent> & { name: string; ts: number; dur: number }>
): TraceEvent[] {
  return [
    {
      name: 'TracingStartedInBrowser',
      ph: 'I',
      pid: 1,
      tid: 1,
      ts: 0,
      args: { data: { frames: [{ url: `${PAGE}/a.html`, processId: PID }] } },
    },
    { name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: { name: 'CrRendererMain' } },
    ...events.map((e) => ({ ph: 'X', pid: PID, tid: TID, ...e }) as TraceEvent),
  ] as TraceEvent[];
}

const ours = { data: { url: `${EXT}content-scripts/lens.js` } };

describe('extensionWork', () => {
  it("counts the extension's script time in each task, as thread time", () => {
    const work = extensionWork(
      trace(
        { name: 'RunTask', ts: 1_000, dur: 20_000, tdur: 18_000 },
        { name: 'FunctionCall', ts: 2_000, dur: 10_000, tdur: 8_000, args: ours },
        { name: 'RunTask', ts: 40_000, dur: 5_000 },
        { name: 'ParseHTML', ts: 40_500, dur: 4_000 },
      ),
      { pageOrigin: PAGE, extOrigin: EXT },
    );
    expect(work.tasks).toBe(1);
    expect(work.extMs).toBeCloseTo(8);
    expect(work.extWallMs).toBeCloseTo(10);
    expect(work.longestTaskMs).toBeCloseTo(20);
  });

  it("never counts more thread time than the wall time it ran in, whatever a loaded machine's clock says", () => {
    const work = extensionWork(
      trace(
        { name: 'RunTask', ts: 1_000, dur: 20_000, tdur: 24_000 },
        { name: 'FunctionCall', ts: 2_000, dur: 10_000, tdur: 13_000, args: ours },
      ),
      { pageOrigin: PAGE, extOrigin: EXT },
    );
    expect(work.extMs).toBeCloseTo(10);
    expect(work.timeline[0].extMs).toBeLessThanOrEqual(work.timeline[0].ms);
  });
});

describe('workerThreadMs', () => {
  it("counts the thread time of the page's dedicated workers, top-level events once, and nothing else", () => {
    const WORKER = 9;
    const events = [
      ...trace({ name: 'FunctionCall', ts: 100, dur: 5000, tdur: 4000, args: ours }),
      {
        name: 'thread_name',
        ph: 'M',
        pid: PID,
        tid: WORKER,
        ts: 0,
        args: { name: 'DedicatedWorker thread' },
      },
      { name: 'RunTask', ph: 'X', pid: PID, tid: WORKER, ts: 1000, dur: 30_000, tdur: 25_000 },
      // Inside the task above: already counted.
      { name: 'v8.compile', ph: 'X', pid: PID, tid: WORKER, ts: 2000, dur: 10_000, tdur: 9_000 },
      { name: 'RunTask', ph: 'X', pid: PID, tid: WORKER, ts: 40_000, dur: 8_000 },
    ] as TraceEvent[];
    expect(workerThreadMs(events)).toBe(33);
    expect(workerThreadMs(trace({ name: 'FunctionCall', ts: 100, dur: 5000, args: ours }))).toBe(0);
  });
});

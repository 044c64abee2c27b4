// A Chromium trace of one page load, and the main-thread work in it that belongs to an extension.
//
// Attribution, per top-level task of the page's renderer main thread:
//   - events that name an extension script (EvaluateScript, v8.compile, FunctionCall, … whose URL is
//     chrome-extension://<id>/…) count whole;
//   - events that run JavaScript without naming a script (RunMicrotasks — where `await` continuations run —,
//     RunYieldContinuation, v8.callFunction, TimerFire, …) count
//       'samples': when the V8 sampling profiler, run in the same trace, caught the extension's code on the
//         stack inside them (whole when every JavaScript sample in them is the extension's, else in
//         proportion). General, but the profiler's own interruptions add ~15% to what it measures;
//       'script-free': always — for pages that run no script of their own, loaded with nothing else
//         evaluating JavaScript in them during the trace, where every line of JavaScript on the page's main
//         thread is an extension's. Checked: a page script or another script in the trace is an error.
//     The benchmark's pages are script-free and it uses the second, without the profiler.
//   - overlapping pieces are counted once.
// The longest task is the longest top-level task with any extension work in it.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

export type Attribution = 'samples' | 'script-free';

/** Starts tracing on a CDP session; the returned function stops it and resolves with the events. */
export async function startTrace(
  cdp: CDPSession,
  attribution: Attribution = 'script-free',
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories:
        attribution === 'samples'
          ? TRACE_CATEGORIES
          : TRACE_CATEGORIES.filter((c) => !c.includes('cpu_profiler')),
    },
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/**
 * Events that run JavaScript, though the event does not always name the script. (EventDispatch and the
 * microtask checkpoint are left out: they often run none; the JavaScript they do run shows as a FunctionCall
 * or RunMicrotasks inside them.)
 */
const JS_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'v8.run',
  'V8.Execute',
  'RunMicrotasks',
  'RunYieldContinuation',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'HandlePostMessage',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
]);

export interface ExtensionWork {
  /** Main-thread CPU time of the extension's work (thread time: not inflated when the OS runs something else), ms. */
  extMs: number;
  /** The same in wall-clock time, ms. */
  extWallMs: number;
  /** Longest top-level task holding any extension work, ms (0 when there is none). */
  longestTaskMs: number;
  /** Tasks holding extension work. */
  tasks: number;
  /** Extension scripts evaluated in the page (paths inside the extension). */
  scripts: string[];
  /** The slowest tasks with extension work: duration and extension share, ms. */
  top: TaskWork[];
  /** Every task with extension work, in order; `at` is ms from the first. */
  timeline: TaskWork[];
}

export interface TaskWork {
  /** The task's wall time, ms. */
  ms: number;
  /** The extension's main-thread time in it (see ExtensionWork.extMs), ms. */
  extMs: number;
  /** Garbage collection in the task (V8's MajorGC and MinorGC events, wall time), ms. */
  gcMs: number;
  what: string;
  at: number;
}

const GC_EVENTS = new Set(['MajorGC', 'MinorGC']);

interface Sample {
  ts: number;
  /** Time until the next sample (µs). */
  weight: number;
  ext: boolean;
  /** JavaScript of someone else (the page, Playwright) on the stack. */
  other: boolean;
}

function urlOf(e: TraceEvent): string {
  const data = e.args?.data as { url?: string; stackTrace?: Array<{ url?: string }> } | undefined;
  const fileName = (e.args as { fileName?: string } | undefined)?.fileName;
  return data?.url || fileName || data?.stackTrace?.[0]?.url || '';
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; codeType?: string; functionName?: string };
}

/** The CPU profiler's samples of the given process, in time order. */
function samplesOf(events: TraceEvent[], pids: Set<number>, extOrigin: string): Sample[] {
  const starts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && pids.has(e.pid)) {
      starts.set(`${e.pid}:${e.id}`, (e.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
    }
  }
  const out: Sample[] = [];
  const byProfile = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !pids.has(e.pid)) continue;
    const key = `${e.pid}:${e.id}`;
    const list = byProfile.get(key) ?? [];
    list.push(e);
    byProfile.set(key, list);
  }
  for (const [key, chunks] of byProfile) {
    const nodes = new Map<number, ProfileNode>();
    const kind = new Map<number, { ext: boolean; other: boolean }>();
    const kindOf = (id: number): { ext: boolean; other: boolean } => {
      const known = kind.get(id);
      if (known) return known;
      const node = nodes.get(id);
      if (!node) return { ext: false, other: false };
      const up = node.parent === undefined ? { ext: false, other: false } : kindOf(node.parent);
      const url = node.callFrame.url ?? '';
      const js = node.callFrame.codeType === 'JS';
      const k = {
        ext: up.ext || url.startsWith(extOrigin),
        other: up.other || (js && url !== '' && !url.startsWith(extOrigin)),
      };
      kind.set(id, k);
      return k;
    };
    let t = starts.get(key) ?? 0;
    for (const chunk of chunks) {
      const data = chunk.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        const k = kindOf(samples[i]);
        out.push({ ts: t, weight: 0, ext: k.ext, other: k.other });
      }
    }
  }
  out.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < out.length; i++) out[i].weight = i + 1 < out.length ? out[i + 1].ts - out[i].ts : 0;
  return out;
}

/** Samples with ts in [from, to): index range by binary search. */
function sampleRange(samples: Sample[], from: number, to: number): Sample[] {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (samples[mid].ts < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Sample[] = [];
  for (let i = lo; i < samples.length && samples[i].ts < to; i++) out.push(samples[i]);
  return out;
}

/** Processes that rendered a frame whose URL starts with `pageOrigin` (the page, and its same-site frames). */
export function pageProcesses(events: TraceEvent[], pageOrigin: string): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    if (e.name !== 'FrameCommittedInBrowser' && e.name !== 'TracingStartedInBrowser') continue;
    const data = e.args?.data as
      | { url?: string; processId?: number; frames?: Array<{ url?: string; processId?: number }> }
      | undefined;
    for (const f of [data, ...(data?.frames ?? [])]) {
      if (f?.url?.startsWith(pageOrigin) && f.processId !== undefined) pids.add(f.processId);
    }
  }
  return pids;
}

/**
 * One thread's complete events, in time order (longest first at equal starts), grouped into top-level tasks: an
 * event not inside the previous top-level one starts a new task.
 */
export function* topLevelTasks(list: TraceEvent[]): Generator<{ task: TraceEvent; inside: TraceEvent[] }> {
  let i = 0;
  while (i < list.length) {
    const task = list[i];
    const end = task.ts + (task.dur ?? 0);
    let j = i + 1;
    while (j < list.length && list[j].ts < end) j++;
    yield { task, inside: list.slice(i, j) };
    i = j;
  }
}

export function extensionWork(
  events: TraceEvent[],
  opts: { pageOrigin: string; extOrigin: string; attribution?: Attribution },
): ExtensionWork {
  const scriptFree = (opts.attribution ?? 'script-free') === 'script-free';
  const pids = pageProcesses(events, opts.pageOrigin);
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && pids.has(e.pid)) {
      if ((e.args as { name?: string }).name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
    }
  }
  const samples = samplesOf(events, pids, opts.extOrigin);
  const scripts = new Set<string>();
  let extMs = 0;
  let extWallMs = 0;
  let longest = 0;
  let tasks = 0;
  const top: ExtensionWork['top'] = [];

  for (const thread of mainThreads) {
    const list = events
      .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && (e.dur ?? 0) > 0)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    for (const { task, inside } of topLevelTasks(list)) {
      /** [from, to) in wall time, and the CPU time of that piece. */
      const pieces: Array<[number, number, number]> = [];
      // Thread time, never more than the wall time it ran in: a loaded machine's thread clock can read more.
      const cpuOf = (e: TraceEvent, from: number, to: number) =>
        e.tdur === undefined || !e.dur ? to - from : Math.min(to - from, ((to - from) / e.dur) * e.tdur);
      let what = '';
      // Outermost JS events first: an event inside one already taken adds nothing.
      let coveredTo = Number.NEGATIVE_INFINITY;
      for (const e of inside) {
        const from = e.ts;
        const to = e.ts + (e.dur ?? 0);
        const url = urlOf(e);
        if (url.startsWith(opts.extOrigin)) {
          if (e.name === 'EvaluateScript') scripts.add(new URL(url).pathname);
          if (to <= coveredTo) continue;
          pieces.push([Math.max(from, coveredTo), to, cpuOf(e, Math.max(from, coveredTo), to)]);
          coveredTo = to;
          what ||= `${e.name} ${new URL(url).pathname}`;
          continue;
        }
        if (!JS_EVENTS.has(e.name) || to <= coveredTo) continue;
        if (scriptFree) {
          if (e.name === 'EvaluateScript' || e.name === 'v8.compile' || url !== '') {
            throw new Error(
              `a script that is not the extension's ran in the page: ${e.name} ${url || '(inline)'}`,
            );
          }
          const start = Math.max(from, coveredTo);
          pieces.push([start, to, cpuOf(e, start, to)]);
          coveredTo = to;
          what ||= e.name;
          continue;
        }
        const caught = sampleRange(samples, Math.max(from, coveredTo), to);
        const ext = caught.filter((s) => s.ext).length;
        if (ext === 0) continue;
        const other = caught.filter((s) => s.other && !s.ext).length;
        const start = Math.max(from, coveredTo);
        const share = other === 0 ? 1 : ext / (ext + other);
        pieces.push([start, start + (to - start) * share, cpuOf(e, start, to) * share]);
        coveredTo = to;
        what ||= e.name;
      }
      let gcMs = 0;
      for (const e of inside) if (GC_EVENTS.has(e.name)) gcMs += (e.dur ?? 0) / 1000;
      let ms = 0;
      let wall = 0;
      for (const [a, b, cpu] of pieces) {
        wall += (b - a) / 1000;
        ms += cpu / 1000;
      }
      if (wall > 0) {
        extMs += ms;
        extWallMs += wall;
        tasks++;
        const taskMs = (task.dur ?? 0) / 1000;
        longest = Math.max(longest, taskMs);
        top.push({ ms: taskMs, extMs: ms, gcMs, what, at: task.ts / 1000 });
      }
    }
  }
  return {
    extMs,
    extWallMs,
    longestTaskMs: longest,
    tasks,
    scripts: [...scripts].sort(),
    top: [...top].sort((a, b) => b.ms - a.ms).slice(0, 8),
    timeline: top.sort((a, b) => a.at - b.at).map((t, _, all) => ({ ...t, at: t.at - (all[0]?.at ?? 0) })),
  };
}

/**
 * CPU time of the page's dedicated workers (threads named DedicatedWorker in the page's renderer), ms: with our
 * extension, the annotator's judging worker (utils/lens/worker-judge). Not the page's main thread, so not in
 * `extMs`; measured so that work moved off the page is still counted somewhere. Top-level events only.
 */
export function workerThreadMs(events: TraceEvent[]): number {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, (e.args as { name?: string }).name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !/^DedicatedWorker/.test(names.get(key) ?? '')) continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  let ms = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -1;
    for (const e of list) {
      if (e.ts < end) continue; // inside an event already counted
      ms += (e.tdur ?? e.dur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    }
  }
  return ms;
}

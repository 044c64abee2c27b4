// Diagnostic: the garbage collections on the 20 MB page's main thread, with our extension and with the
// do-nothing one. For each load: every MajorGC / MinorGC (and V8's finer GC events) with the top-level task it
// ran in, whether that task ran extension JavaScript, and the heap before and after.
// A collection inside a task that ran extension JavaScript counts as the extension's in
// tests/robustness/long-tasks.e2e.test.ts; with the do-nothing extension the same page has only small ones.
// Run: npx tsx bench/gc-pauses.ts [runs] [ours|noop|both]   (needs `npx wxt build --mode e2e` first);
// PROFILE=1 adds V8's CPU profiler and prints the functions caught in the extension's heaviest tasks.
import { bulkParagraphs } from './pages/generate';
import { EXTENSION_DIR, launchWith, serve, writeNoopExtension } from './support/browser';
import { type TraceEvent, extensionWork, pageProcesses, topLevelTasks } from './support/trace';

const CATS = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'disabled-by-default-v8.gc',
  'blink_gc',
  ...(process.env.PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** With PROFILE=1: the functions the CPU profiler caught in [from, to) µs, most samples first. */
function profiled(events: TraceEvent[], pid: number, from: number, to: number): string {
  const nodes = new Map<number, { fn: string; url: string; parent?: number }>();
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = e.args?.data as {
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame: { functionName?: string; url?: string } }>;
      };
    };
    for (const n of data.cpuProfile?.nodes ?? [])
      nodes.set(n.id, {
        fn: n.callFrame.functionName || '(anon)',
        url: n.callFrame.url ?? '',
        parent: n.parent,
      });
  }
  let start = 0;
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid)
      start = (e.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  let t = start;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = e.args?.data as { cpuProfile?: { samples?: number[] }; timeDeltas?: number[] };
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      if (t < from || t >= to) continue;
      const path: string[] = [];
      for (
        let id: number | undefined = samples[i];
        id !== undefined && path.length < 4;
        id = nodes.get(id)?.parent
      )
        path.push(nodes.get(id)?.fn ?? '?');
      const key = path.join(' < ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${v}× ${k}`)
    .join('\n      ');
}

const JS = new Set([
  'RunMicrotasks',
  'RunYieldContinuation',
  'FunctionCall',
  'v8.callFunction',
  'EvaluateScript',
  'V8.Execute',
  'HandlePostMessage',
  'TimerFire',
]);

async function trace(b: Awaited<ReturnType<typeof launchWith>>, url: string): Promise<TraceEvent[]> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATS },
  });
  await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  await page.waitForTimeout(4000);
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();
  return events;
}

function analyse(label: string, events: TraceEvent[], origin: string, extOrigin: string): void {
  const pids = pageProcesses(events, origin);
  const mains = new Set<string>();
  for (const e of events)
    if (
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      pids.has(e.pid) &&
      (e.args as { name?: string }).name === 'CrRendererMain'
    )
      mains.add(`${e.pid}:${e.tid}`);
  const list = events
    .filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const t0 = list[0]?.ts ?? 0;
  const lines: string[] = [];
  let gcInJs = 0;
  let gcElsewhere = 0;
  for (const { task, inside } of topLevelTasks(list)) {
    const js = inside.some((e) => JS.has(e.name));
    const gcs = inside.filter(
      (e) =>
        e.name === 'MajorGC' ||
        e.name === 'MinorGC' ||
        e.name === 'V8.GCFinalizeMC' ||
        e.name === 'V8.GCFinalizeMCReduceMemory' ||
        e.name === 'V8.GCIncrementalMarkingFinalize' ||
        e.name === 'V8.GC_MARK_COMPACTOR',
    );
    for (const g of gcs) {
      const a = g.args?.data as Record<string, unknown> | undefined;
      const args = g.args as Record<string, unknown> | undefined;
      const before = (a?.usedHeapSizeBefore ?? args?.usedHeapSizeBefore) as number | undefined;
      const after = (a?.usedHeapSizeAfter ?? args?.usedHeapSizeAfter) as number | undefined;
      const ms = (g.dur ?? 0) / 1000;
      if (g.name === 'MajorGC' || g.name === 'V8.GC_MARK_COMPACTOR') {
        if (js) gcInJs += ms;
        else gcElsewhere += ms;
      }
      if (ms >= 40 && g.name === 'MajorGC') {
        const subs = new Map<string, number>();
        for (const e of events)
          if (
            e.pid === g.pid &&
            e.tid === g.tid &&
            e.ph === 'X' &&
            e.ts >= g.ts &&
            e.ts < g.ts + (g.dur ?? 0) &&
            e.name.startsWith('V8.GC_')
          )
            subs.set(e.name, (subs.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        lines.push(
          `    cpu ${((g.tdur ?? 0) / 1000).toFixed(1)} ms; ${[...subs]
            .filter(([, v]) => v >= 2)
            .map(([k, v]) => `${k.replace('V8.GC_', '')} ${v.toFixed(1)}`)
            .join(', ')}`,
        );
      }
      if (ms >= 5)
        lines.push(
          `  ${((g.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${g.name.padEnd(28)} ${ms.toFixed(1).padStart(6)} ms in task ${task.name} ${((task.dur ?? 0) / 1000).toFixed(1)} ms ${js ? 'JS' : '  '} ${inside.filter((e) => JS.has(e.name)).map((e) => e.name)[0] ?? ''} heap ${before ? (before / 1e6).toFixed(0) : '?'}→${after ? (after / 1e6).toFixed(0) : '?'} MB ${JSON.stringify(args?.type ?? a?.type ?? '')}`,
        );
    }
  }
  const work = extensionWork(events, { pageOrigin: origin, extOrigin });
  const top = [...work.timeline].sort((a, b) => b.extMs - a.extMs).slice(0, 3);
  console.log(
    `${label}: ext ${work.extMs.toFixed(0)} ms in ${work.tasks} tasks; heaviest ${top.map((t) => `${t.extMs.toFixed(1)}/${t.ms.toFixed(1)}@${t.at.toFixed(0)}`).join(' ')}; major GC in JS tasks ${gcInJs.toFixed(0)} ms, elsewhere ${gcElsewhere.toFixed(0)} ms`,
  );
  for (const l of lines) console.log(l);
  if (process.env.PROFILE) {
    for (const t of top) {
      // The task of that duration (µs in the trace): durations are as good as unique.
      const task = list.find((e) => Math.round(e.dur ?? 0) === Math.round(t.ms * 1000));
      if (task)
        console.log(
          `   task ${t.extMs.toFixed(1)} ms:\n      ${profiled(events, task.pid, task.ts, task.ts + (task.dur ?? 0))}`,
        );
    }
  }
}

const runs = Number(process.argv[2] ?? 3);
const bulk = bulkParagraphs({ bytes: 20_000_000, claimEvery: 2000 });
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The complete archive</title></head>
<body><main><article><h1>Microsoft and OpenAI: the complete archive</h1>
${bulk.html}</article></main></body></html>`;
const site = await serve(new Map([['/twenty.html', html]]));
const which = process.argv[3] ?? 'both';
const ours = which !== 'noop' ? await launchWith(EXTENSION_DIR) : null;
const noop = which !== 'ours' ? await launchWith(writeNoopExtension()) : null;
await new Promise((r) => setTimeout(r, 2000));
for (let r = 0; r < runs; r++) {
  const url = `${site.origin}/twenty.html`;
  if (ours) analyse(`ours #${r}`, await trace(ours, url), site.origin, ours.extOrigin);
  if (noop) analyse(`noop #${r}`, await trace(noop, url), site.origin, noop.extOrigin);
}
await ours?.close();
await noop?.close();
await site.close();

// The WARC scan at scale: documents per second with one worker and with every core on a generated crawl of
// 5,000 pages, and peak memory (RSS, all threads) from 1,000 to 10,000 pages. Each run is `scan --format
// jsonl` in a child process of its own (bench/support/scan-child.ts). The crawls are generated once, then
// kept in bench/out/warc/.
//
// The baseline of the speed-up is the fastest of three one-worker settings, so that it is never the weaker
// one: `--jobs 1` as users run it (judged in the main thread, which also reads the archive), the same confined
// to one core (`taskset`), and `--jobs 1` on one worker of the same pool as `--jobs <cores>`, confined to one
// core. `--jobs 1` on one pool worker with every core free is measured and printed too, but is no baseline:
// its main thread and V8's helper threads run beside the worker, so it already uses more than one core (the
// per-thread CPU printed for each run shows how much). The settings alternate, in turn forwards and backwards,
// for several rounds; the best run of each counts (other work on the machine only ever slows a run down).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleWorker } from '../cli/pool/worker-bundle';
import { writeNewsWarc } from './pages/news-warc';
import { ROOT } from './support/browser';
import { busiestThreads, machineBusySeconds, sampleThreads } from './support/thread-cpu';

export const THROUGHPUT_PAGES = 5_000;
export const MEMORY_PAGES = [1_000, 10_000] as const;
/** Rounds of the settings; the best run of each counts (the machine may be shared). */
export const DEFAULT_ROUNDS = 3;

/** How a run judges: `thread` = --jobs 1 in the main thread; `pool` = on a pool of `jobs` workers. */
export type ScanMode = 'thread' | 'pool';

export interface Setting {
  mode: ScanMode;
  jobs: number;
  /** Confined to one core (`taskset -c 0`): a measure of what one core does. */
  oneCore: boolean;
}

export interface ScanRun extends Setting {
  documents: number;
  claims: number;
  seconds: number;
  /** All threads: main, workers, V8's garbage-collection helpers, libuv's (gunzip). */
  cpuSeconds: number;
  /** The main thread alone (Linux), else null. */
  mainThreadCpuSeconds: number | null;
  /** Each pool worker's thread, sampled from outside (Linux), busiest first; [] in the main thread. */
  workerCpuSeconds: number[];
  peakRssMb: number;
  docsPerSec: number;
  /** 1-minute load average just before the run: other work on the machine takes cores from it. */
  loadBefore: number;
  /**
   * Cores that other processes kept busy during the run, on average (Linux): the machine's busy CPU time over
   * the run less the run's own, over its wall time. Near 0 on a quiet machine; the run's figure is then clean.
   */
  othersCores: number | null;
}

export interface IndependentRuns {
  processes: number;
  documents: number;
  /** From the start of the first to the end of the last. */
  seconds: number;
  docsPerSec: number;
  /** Over the baseline (the fastest one-worker setting). */
  speedup: number;
}

export interface WarcResult {
  cores: number;
  rounds: number;
  /** --jobs 1 in the main thread, every core free (as users run it), best run. */
  inThread: ScanRun;
  /** --jobs 1 on one worker of the pool, every core free (more than one core's work: no baseline), best run. */
  poolOfOne: ScanRun;
  /** The fastest one-worker setting: --jobs 1 in the main thread, or either on one core. The baseline. */
  oneWorker: ScanRun;
  allCores: ScanRun;
  /**
   * `cores` separate `--jobs 1` scans of the same crawl started at once, best round: what this machine does
   * with the work when nothing is shared (no pool, no messages; each process its own V8). The ceiling that
   * any way of spreading one scan over the cores can reach here.
   */
  independent: IndependentRuns;
  speedup: number;
  speedupOverInThread: number;
  speedupOverPoolOfOne: number;
  memory: { small: ScanRun; large: ScanRun; ratio: number };
  /**
   * N × (CPU per document in the main thread ÷ with N workers): the speed-up over the main thread that N free
   * cores would give, the pool's cost counted (on a free machine that run's wall time is about its CPU time).
   */
  cpuBoundSpeedup: number;
  /** 1-minute load average before and after. */
  load: [number, number];
  runs: ScanRun[];
}

async function crawl(pages: number, log: (s: string) => void): Promise<string> {
  const dir = join(ROOT, 'bench/out/warc');
  mkdirSync(dir, { recursive: true });
  // The generator's version is in the name: a changed generator must not reuse an old crawl.
  const path = join(dir, `news-v1-${pages}.warc.gz`);
  if (!existsSync(path)) {
    log(`generating a WARC of ${pages} pages`);
    await writeNewsWarc(`${path}.part`, pages);
    spawnSync('mv', [`${path}.part`, path]);
  }
  return path;
}

async function scanOnce({ mode, jobs, oneCore }: Setting, warc: string): Promise<ScanRun> {
  const loadBefore = loadavg()[0];
  const busyBefore = machineBusySeconds();
  const startedAt = performance.now();
  const node = [
    process.execPath,
    '--import',
    'tsx',
    join(ROOT, 'bench/support/scan-child.ts'),
    String(jobs),
    warc,
  ];
  if (mode === 'pool') node.push('pool');
  const command = oneCore ? ['taskset', '-c', '0', ...node] : node;
  const child = spawn(command[0], command.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const threads = sampleThreads(child.pid as number);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const perThread = threads.stop();
  const busyAfter = machineBusySeconds();
  const wall = (performance.now() - startedAt) / 1000;
  if (status !== 0) throw new Error(`${label({ mode, jobs, oneCore })} ${warc} failed: ${stderr}`);
  const { status: _, ...r } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
  const workerCpuSeconds = mode === 'pool' ? busiestThreads(perThread, child.pid as number, jobs) : [];
  const othersCores =
    busyBefore === null || busyAfter === null
      ? null
      : Math.max(0, (busyAfter - busyBefore - r.cpuSeconds) / wall);
  return {
    mode,
    jobs,
    oneCore,
    ...r,
    workerCpuSeconds,
    docsPerSec: r.documents / r.seconds,
    loadBefore,
    othersCores,
  };
}

export async function measureWarc(log: (s: string) => void, rounds = DEFAULT_ROUNDS): Promise<WarcResult> {
  const cores = availableParallelism();
  const loadBefore = loadavg()[0];
  const big = await crawl(THROUGHPUT_PAGES, log);
  const [smallPath, largePath] = await Promise.all(MEMORY_PAGES.map((n) => crawl(n, log)));
  // The worker's bundle is built once after any change to its sources, then kept: the timed runs measure the
  // steady state (the first run after a change starts ~0.2 s later).
  await (await bundleWorker()).remove();
  const settings: Setting[] = [
    { mode: 'thread', jobs: 1, oneCore: false },
    { mode: 'thread', jobs: 1, oneCore: true },
    { mode: 'pool', jobs: 1, oneCore: true },
    { mode: 'pool', jobs: 1, oneCore: false },
    { mode: 'pool', jobs: cores, oneCore: false },
  ];
  const runs: ScanRun[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Backwards every other round: a machine getting busier or quieter does not favour one setting.
    for (const setting of round % 2 === 1 ? settings : [...settings].reverse()) {
      log(`WARC scan, ${THROUGHPUT_PAGES} pages, ${label(setting)} (round ${round}/${rounds})`);
      const run = await scanOnce(setting, big);
      log(`  ${runLine(run)}`);
      runs.push(run);
    }
  }
  const independentRounds: Omit<IndependentRuns, 'speedup'>[] = [];
  for (let round = 1; round <= rounds; round++) {
    log(
      `WARC scan, ${THROUGHPUT_PAGES} pages, ${cores} independent --jobs 1 scans at once (round ${round}/${rounds})`,
    );
    independentRounds.push(await scanIndependently(cores, big));
  }
  const fastest = (rs: ScanRun[]) => rs.reduce((a, b) => (b.docsPerSec > a.docsPerSec ? b : a));
  const best = (s: Setting) =>
    fastest(runs.filter((r) => r.mode === s.mode && r.jobs === s.jobs && r.oneCore === s.oneCore));
  log(`WARC scan memory: ${MEMORY_PAGES.join(' and ')} pages, --jobs ${cores}`);
  const small = await scanOnce({ mode: 'pool', jobs: cores, oneCore: false }, smallPath);
  const large = await scanOnce({ mode: 'pool', jobs: cores, oneCore: false }, largePath);
  const [inThread, inThreadOneCore, poolOfOneOneCore, poolOfOne, allCores] = settings.map(best);
  const oneWorker = fastest([inThread, inThreadOneCore, poolOfOneOneCore]);
  const bestIndependent = independentRounds.reduce((a, b) => (b.docsPerSec > a.docsPerSec ? b : a));
  const independent = { ...bestIndependent, speedup: bestIndependent.docsPerSec / oneWorker.docsPerSec };
  const cpuPerDoc = (r: ScanRun) => r.cpuSeconds / r.documents;
  return {
    cores,
    rounds,
    inThread,
    poolOfOne,
    oneWorker,
    allCores,
    independent,
    speedup: allCores.docsPerSec / oneWorker.docsPerSec,
    speedupOverInThread: allCores.docsPerSec / inThread.docsPerSec,
    speedupOverPoolOfOne: allCores.docsPerSec / poolOfOne.docsPerSec,
    memory: { small, large, ratio: large.peakRssMb / small.peakRssMb },
    cpuBoundSpeedup: (cores * cpuPerDoc(inThread)) / cpuPerDoc(allCores),
    load: [loadBefore, loadavg()[0]],
    runs: [...runs, small, large],
  };
}

/** `processes` separate `--jobs 1` scans of `warc`, started together: documents per second of them all. */
async function scanIndependently(processes: number, warc: string): Promise<Omit<IndependentRuns, 'speedup'>> {
  const started = performance.now();
  const runs = await Promise.all(
    Array.from({ length: processes }, () => scanOnce({ mode: 'thread', jobs: 1, oneCore: false }, warc)),
  );
  const seconds = (performance.now() - started) / 1000;
  const documents = runs.reduce((n, r) => n + r.documents, 0);
  return { processes, documents, seconds, docsPerSec: documents / seconds };
}

/** `--jobs 1 (main thread)`, `--jobs 1 (1 pool worker, one core)`, `--jobs 2 (2 pool workers)`. */
export function label({ mode, jobs, oneCore }: Setting): string {
  const where = mode === 'thread' ? 'main thread' : `${jobs} pool worker${jobs === 1 ? '' : 's'}`;
  return `--jobs ${jobs} (${where}${oneCore ? ', one core' : ''})`;
}

const perThousand = (seconds: number, r: ScanRun) => ((seconds / r.documents) * 1000).toFixed(2);

/**
 * One run: its setting, documents/s, and per 1,000 documents the wall seconds and the CPU seconds of all
 * threads, of the main thread, of each pool worker, and of the rest (V8's and libuv's helper threads).
 */
export function runLine(r: ScanRun): string {
  let threads = '';
  if (r.mainThreadCpuSeconds !== null) {
    const workers = r.workerCpuSeconds.reduce((a, b) => a + b, 0);
    const rest = r.cpuSeconds - r.mainThreadCpuSeconds - workers;
    const each = r.workerCpuSeconds.map((w) => perThousand(w, r)).join(' + ');
    const named = each ? `, worker${r.workerCpuSeconds.length > 1 ? 's' : ''} ${each}` : '';
    threads = ` (main thread ${perThousand(r.mainThreadCpuSeconds, r)}${named}, helpers ${perThousand(rest, r)})`;
  }
  return (
    `${label(r)}: ${r.docsPerSec.toFixed(0)} documents/s; per 1,000 documents ` +
    `${perThousand(r.seconds, r)} s wall, ${perThousand(r.cpuSeconds, r)} s CPU${threads}; ` +
    `load ${r.loadBefore.toFixed(1)} before` +
    (r.othersCores === null ? '' : `, other processes busy on ${r.othersCores.toFixed(2)} cores during it`)
  );
}

/** Rows for the benchmark table: measurement, ours, baseline, target, verdict. */
export function warcRows(r: WarcResult): string[][] {
  const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
  const target = r.cores >= 2 ? 1.7 : 1;
  const rows = [
    [
      `WARC scan, ${THROUGHPUT_PAGES} pages: documents/s on ${r.cores} cores`,
      r.allCores.docsPerSec.toFixed(0),
      `${r.oneWorker.docsPerSec.toFixed(0)} (${label(r.oneWorker)}: the fastest one-worker setting)`,
      `≥ ${target}× on ${r.cores} cores (${r.speedup.toFixed(2)}×)`,
      ok(r.speedup >= target),
    ],
  ];
  if (r.oneWorker !== r.inThread) {
    rows.push([
      'WARC scan: over --jobs 1 as users run it',
      '',
      `${r.inThread.docsPerSec.toFixed(0)} (${label(r.inThread)})`,
      `(${r.speedupOverInThread.toFixed(2)}×)`,
      '',
    ]);
  }
  rows.push(
    [
      'WARC scan: over one pool worker with every core free',
      '',
      `${r.poolOfOne.docsPerSec.toFixed(0)} (${label(r.poolOfOne)}; more than one core's work)`,
      `(${r.speedupOverPoolOfOne.toFixed(2)}×)`,
      '',
    ],
    [
      `WARC scan: ${r.independent.processes} separate --jobs 1 scans at once (nothing shared: the ceiling here)`,
      r.independent.docsPerSec.toFixed(0),
      '',
      `(${r.independent.speedup.toFixed(2)}×)`,
      '',
    ],
    [
      `WARC scan: peak RSS MB, ${MEMORY_PAGES[0]} → ${MEMORY_PAGES[1]} pages`,
      `${r.memory.small.peakRssMb.toFixed(0)} → ${r.memory.large.peakRssMb.toFixed(0)}`,
      '',
      `≤ 1.5× (${r.memory.ratio.toFixed(2)}×)`,
      ok(r.memory.ratio <= 1.5),
    ],
  );
  return rows;
}

const cores = (n: number | null) => (n === null ? 'an unknown number of cores' : `${n.toFixed(2)} cores`);

/** CPU seconds per 1,000 documents tell a loaded machine from a slow pool: the work does not grow with --jobs. */
export function warcNote(r: WarcResult): string {
  return [
    `WARC: ${r.oneWorker.claims} claims in ${r.oneWorker.documents} documents; best of ${r.rounds} alternating ` +
      `rounds for each setting; 1-minute load average ${r.load[0].toFixed(1)} before, ${r.load[1].toFixed(1)} after ` +
      `(more than a few tenths: other work took CPU from the runs, and the figures are lower bounds). The ` +
      `speed-up is over the fastest one-worker setting (--jobs 1 in the main thread, or either one-worker ` +
      `setting on one core). Over the main thread, the CPU spent bounds it at ${r.cpuBoundSpeedup.toFixed(2)}× on ` +
      `${r.cores} free cores. ${r.independent.processes} separate --jobs 1 scans of the crawl started together, ` +
      `sharing nothing, read ${r.independent.docsPerSec.toFixed(0)} documents/s in all ` +
      `(${r.independent.speedup.toFixed(2)}×): the most these cores do with this work, since each scan's V8 also ` +
      `compiles and collects garbage on helper threads; the pool on every core reaches ` +
      `${((100 * r.allCores.docsPerSec) / r.independent.docsPerSec).toFixed(0)}% of it. One pool worker with every core free is no baseline: the main thread and V8's ` +
      `helper threads run beside the worker, on another core. Other processes kept ` +
      `${cores(r.oneWorker.othersCores)} busy during the baseline's best run and ${cores(r.allCores.othersCores)} ` +
      `during the best run on every core: a clean figure wants both near 0. Every run (CPU: all threads, then ` +
      `the main thread, each worker, and the rest: V8's and libuv's helpers):`,
    ...r.runs.map((run) => `- ${run.documents} pages, ${runLine(run)}`),
  ].join('\n');
}

// The WARC scan at scale: documents per second with one worker and with every core on a generated crawl of
// 5,000 pages, and peak memory (RSS, all threads) from 1,000 to 10,000 pages. Each run is `scan --format
// jsonl` in a child process of its own (bench/support/scan-child.ts). The crawls are generated once, then
// kept in bench/out/warc/.
//
// "One worker" is measured two ways, and the speed-up is taken over the faster of the two, so that the
// baseline is never the weaker one: `--jobs 1` as users run it (judged in the main thread, which also reads
// the archive), and `--jobs 1` on one worker of the same pool as `--jobs <cores>` (the main thread reads and
// writes while the worker judges). The three settings alternate, in turn forwards and backwards, for several
// rounds; the best run of each counts (other work on the machine only ever slows a run down).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { bundleWorker } from '../cli/pool/worker-bundle';
import { writeNewsWarc } from './pages/news-warc';
import { ROOT } from './support/browser';

export const THROUGHPUT_PAGES = 5_000;
export const MEMORY_PAGES = [1_000, 10_000] as const;
/** Rounds of the three settings; the best run of each counts (the machine may be shared). */
export const DEFAULT_ROUNDS = 3;

/** How a run judges: `thread` = --jobs 1 in the main thread; `pool` = on a pool of `jobs` workers. */
export type ScanMode = 'thread' | 'pool';

export interface ScanRun {
  mode: ScanMode;
  jobs: number;
  documents: number;
  claims: number;
  seconds: number;
  /** All threads: main, workers, V8's garbage-collection helpers, libuv's (gunzip). */
  cpuSeconds: number;
  /** The main thread alone (Linux), else null. */
  mainThreadCpuSeconds: number | null;
  peakRssMb: number;
  docsPerSec: number;
  /** 1-minute load average just before the run: other work on the machine takes cores from it. */
  loadBefore: number;
}

export interface WarcResult {
  cores: number;
  rounds: number;
  /** --jobs 1 in the main thread, best run. */
  inThread: ScanRun;
  /** --jobs 1 on one worker of the pool, best run. */
  poolOfOne: ScanRun;
  /** The faster of the two: the baseline of the speed-up. */
  oneWorker: ScanRun;
  allCores: ScanRun;
  speedup: number;
  speedupOverInThread: number;
  speedupOverPoolOfOne: number;
  memory: { small: ScanRun; large: ScanRun; ratio: number };
  /** N × (CPU per document of the baseline ÷ with N): the speed-up N free cores would give, the pool's cost counted. */
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

function scanOnce(mode: ScanMode, jobs: number, warc: string): ScanRun {
  const loadBefore = loadavg()[0];
  const args = [join(ROOT, 'bench/support/scan-child.ts'), String(jobs), warc];
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', ...args, ...(mode === 'pool' ? ['pool'] : [])],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`scan --jobs ${jobs} (${mode}) ${warc} failed: ${child.stderr}`);
  const { status: _, ...r } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '');
  return { mode, jobs, ...r, docsPerSec: r.documents / r.seconds, loadBefore };
}

export async function measureWarc(log: (s: string) => void, rounds = DEFAULT_ROUNDS): Promise<WarcResult> {
  const cores = availableParallelism();
  const loadBefore = loadavg()[0];
  const big = await crawl(THROUGHPUT_PAGES, log);
  const [smallPath, largePath] = await Promise.all(MEMORY_PAGES.map((n) => crawl(n, log)));
  // The worker's bundle is built once after any change to its sources, then kept: the timed runs measure the
  // steady state (the first run after a change starts ~0.2 s later).
  await (await bundleWorker()).remove();
  const settings: [ScanMode, number][] = [
    ['thread', 1],
    ['pool', 1],
    ['pool', cores],
  ];
  const runs: ScanRun[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Backwards every other round: a machine getting busier or quieter does not favour one setting.
    for (const [mode, jobs] of round % 2 === 1 ? settings : [...settings].reverse()) {
      log(`WARC scan, ${THROUGHPUT_PAGES} pages, ${label(mode, jobs)} (round ${round}/${rounds})`);
      const run = scanOnce(mode, jobs, big);
      log(`  ${runLine(run)}`);
      runs.push(run);
    }
  }
  const best = (mode: ScanMode, jobs: number) =>
    runs
      .filter((r) => r.mode === mode && r.jobs === jobs)
      .reduce((a, b) => (b.docsPerSec > a.docsPerSec ? b : a));
  log(`WARC scan memory: ${MEMORY_PAGES.join(' and ')} pages, --jobs ${cores}`);
  const small = scanOnce('pool', cores, smallPath);
  const large = scanOnce('pool', cores, largePath);
  const inThread = best('thread', 1);
  const poolOfOne = best('pool', 1);
  const oneWorker = poolOfOne.docsPerSec > inThread.docsPerSec ? poolOfOne : inThread;
  const allCores = best('pool', cores);
  const cpuPerDoc = (r: ScanRun) => r.cpuSeconds / r.documents;
  return {
    cores,
    rounds,
    inThread,
    poolOfOne,
    oneWorker,
    allCores,
    speedup: allCores.docsPerSec / oneWorker.docsPerSec,
    speedupOverInThread: allCores.docsPerSec / inThread.docsPerSec,
    speedupOverPoolOfOne: allCores.docsPerSec / poolOfOne.docsPerSec,
    memory: { small, large, ratio: large.peakRssMb / small.peakRssMb },
    cpuBoundSpeedup: (cores * cpuPerDoc(oneWorker)) / cpuPerDoc(allCores),
    load: [loadBefore, loadavg()[0]],
    runs: [...runs, small, large],
  };
}

/** `--jobs 1 (main thread)`, `--jobs 1 (1 pool worker)`, `--jobs 2 (2 pool workers)`. */
export function label(mode: ScanMode, jobs: number): string {
  if (mode === 'thread') return `--jobs ${jobs} (main thread)`;
  return `--jobs ${jobs} (${jobs} pool worker${jobs === 1 ? '' : 's'})`;
}

const perThousand = (seconds: number, r: ScanRun) => ((seconds / r.documents) * 1000).toFixed(2);

/** One run: its setting, documents/s, and wall and CPU seconds per 1,000 documents. */
export function runLine(r: ScanRun): string {
  const main =
    r.mainThreadCpuSeconds === null ? '' : `, main thread ${perThousand(r.mainThreadCpuSeconds, r)}`;
  return (
    `${label(r.mode, r.jobs)}: ${r.docsPerSec.toFixed(0)} documents/s; per 1,000 documents ` +
    `${perThousand(r.seconds, r)} s wall, ${perThousand(r.cpuSeconds, r)} s CPU${main}; ` +
    `load ${r.loadBefore.toFixed(1)} before`
  );
}

/** Rows for the benchmark table: measurement, ours, baseline, target, verdict. */
export function warcRows(r: WarcResult): string[][] {
  const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
  const target = r.cores >= 2 ? 1.7 : 1;
  const other = r.oneWorker === r.inThread ? r.poolOfOne : r.inThread;
  return [
    [
      `WARC scan, ${THROUGHPUT_PAGES} pages: documents/s on ${r.cores} cores`,
      r.allCores.docsPerSec.toFixed(0),
      `${r.oneWorker.docsPerSec.toFixed(0)} (${label(r.oneWorker.mode, 1)}, the faster one-worker setting)`,
      `≥ ${target}× on ${r.cores} cores (${r.speedup.toFixed(2)}×)`,
      ok(r.speedup >= target),
    ],
    [
      `WARC scan: the other one-worker setting`,
      '',
      `${other.docsPerSec.toFixed(0)} (${label(other.mode, 1)})`,
      `(${(r.allCores.docsPerSec / other.docsPerSec).toFixed(2)}×)`,
      '',
    ],
    [
      `WARC scan: peak RSS MB, ${MEMORY_PAGES[0]} → ${MEMORY_PAGES[1]} pages`,
      `${r.memory.small.peakRssMb.toFixed(0)} → ${r.memory.large.peakRssMb.toFixed(0)}`,
      '',
      `≤ 1.5× (${r.memory.ratio.toFixed(2)}×)`,
      ok(r.memory.ratio <= 1.5),
    ],
  ];
}

/** CPU seconds per 1,000 documents tell a loaded machine from a slow pool: the work does not grow with --jobs. */
export function warcNote(r: WarcResult): string {
  return [
    `WARC: ${r.oneWorker.claims} claims in ${r.oneWorker.documents} documents; best of ${r.rounds} alternating ` +
      `rounds for each setting; 1-minute load average ${r.load[0].toFixed(1)} before, ${r.load[1].toFixed(1)} after ` +
      `(more than a few tenths: other work took CPU from the runs, and the figures are lower bounds). The ` +
      `speed-up is over the faster one-worker setting; on ${r.cores} free cores the CPU spent bounds it at ` +
      `${r.cpuBoundSpeedup.toFixed(2)}×. Every run:`,
    ...r.runs.map((run) => `- ${run.documents} pages, ${runLine(run)}`),
  ].join('\n');
}

// The WARC scan at scale: documents per second with 1 worker and with every core on a generated crawl of
// 5,000 pages, and peak memory (RSS, all threads) from 1,000 to 10,000 pages. Each run is `scan --format
// jsonl` in a child process of its own (bench/support/scan-child.ts). The crawls are generated once, then
// kept in bench/out/warc/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeNewsWarc } from './pages/news-warc';
import { ROOT } from './support/browser';

export const THROUGHPUT_PAGES = 5_000;
export const MEMORY_PAGES = [1_000, 10_000] as const;
/** Both settings are run this many times, alternating; the best run of each counts (the machine is shared). */
const ROUNDS = 2;

export interface ScanRun {
  jobs: number;
  documents: number;
  claims: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  docsPerSec: number;
}

export interface WarcResult {
  cores: number;
  oneWorker: ScanRun;
  allCores: ScanRun;
  speedup: number;
  memory: { small: ScanRun; large: ScanRun; ratio: number };
  /** N × (CPU per document with 1 worker ÷ with N): the speedup N free cores would give, the pool's cost counted. */
  cpuBoundSpeedup: number;
  /** 1-minute load average before and after: other work on the machine takes cores from the pool. */
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

function scanOnce(jobs: number, warc: string): ScanRun {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/support/scan-child.ts'), String(jobs), warc],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`scan --jobs ${jobs} ${warc} failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '');
  return { jobs, ...r, docsPerSec: r.documents / r.seconds };
}

export async function measureWarc(log: (s: string) => void): Promise<WarcResult> {
  const cores = availableParallelism();
  const loadBefore = loadavg()[0];
  const big = await crawl(THROUGHPUT_PAGES, log);
  const [smallPath, largePath] = await Promise.all(MEMORY_PAGES.map((n) => crawl(n, log)));
  const runs: ScanRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const jobs of [1, cores]) {
      log(`WARC scan, ${THROUGHPUT_PAGES} pages, --jobs ${jobs} (round ${round}/${ROUNDS})`);
      runs.push(scanOnce(jobs, big));
    }
  }
  const best = (jobs: number) =>
    runs.filter((r) => r.jobs === jobs).reduce((a, b) => (b.docsPerSec > a.docsPerSec ? b : a));
  log(`WARC scan memory: ${MEMORY_PAGES.join(' and ')} pages, --jobs ${cores}`);
  const small = scanOnce(cores, smallPath);
  const large = scanOnce(cores, largePath);
  const oneWorker = best(1);
  const allCores = best(cores);
  const cpuPerDoc = (r: ScanRun) => r.cpuSeconds / r.documents;
  return {
    cores,
    oneWorker,
    allCores,
    speedup: allCores.docsPerSec / oneWorker.docsPerSec,
    memory: { small, large, ratio: large.peakRssMb / small.peakRssMb },
    cpuBoundSpeedup: (cores * cpuPerDoc(oneWorker)) / cpuPerDoc(allCores),
    load: [loadBefore, loadavg()[0]],
    runs: [...runs, small, large],
  };
}

/** Rows for the benchmark table: measurement, ours, baseline, target, verdict. */
export function warcRows(r: WarcResult): string[][] {
  const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
  const target = r.cores >= 2 ? 1.7 : 1;
  return [
    [
      `WARC scan, ${THROUGHPUT_PAGES} pages: documents/s on ${r.cores} cores`,
      r.allCores.docsPerSec.toFixed(0),
      `${r.oneWorker.docsPerSec.toFixed(0)} (--jobs 1)`,
      `≥ ${target}× on ${r.cores} cores (${r.speedup.toFixed(2)}×)`,
      ok(r.speedup >= target),
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
  const cpu = (s: ScanRun) => ((s.cpuSeconds / s.documents) * 1000).toFixed(2);
  return (
    `WARC: ${r.oneWorker.claims} claims in ${r.oneWorker.documents} documents; best of ${ROUNDS} runs each; load ` +
    `average ${r.load[0].toFixed(1)} before, ${r.load[1].toFixed(1)} after. CPU s per 1,000 documents ` +
    `${cpu(r.oneWorker)} (--jobs 1) vs ${cpu(r.allCores)} (--jobs ${r.cores}): on ${r.cores} free cores at most ` +
    `${r.cpuBoundSpeedup.toFixed(2)}×.`
  );
}

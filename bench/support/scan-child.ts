// One measured `scan` run for the WARC benchmark, in a process of its own so that its peak memory (all its
// threads: the main one and the pool's workers) is its own: `scan --format jsonl --jobs N <warc>` with the
// output counted, not kept. With `pool`, --jobs 1 runs on one worker of the pool (PLENS_SCAN_POOL=always)
// instead of in the main thread. Prints one JSON line: documents, claims, seconds, CPU seconds (all threads,
// and the main thread's alone where Linux tells it), peak RSS.
//
//   node --import tsx bench/support/scan-child.ts <jobs> <file.warc.gz> [pool]
import { readFileSync } from 'node:fs';
import { main } from '../../cli/scan';

const [jobs, warc, pool] = process.argv.slice(2);
let documents = 0;
let claims = 0;
const started = performance.now();
const status = await main(['--format', 'jsonl', '--jobs', jobs, '--as-of', '2026-11-01', warc], {
  stdout: (s) => {
    for (const line of s.split('\n')) {
      if (!line) continue;
      documents++;
      claims += line.match(/"status":"/g)?.length ?? 0;
    }
  },
  stderr: (s) => process.stderr.write(s),
  env: pool === 'pool' ? { ...process.env, PLENS_SCAN_POOL: 'always' } : process.env,
  isTTY: false,
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    status,
    documents,
    claims,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mainThreadCpuSeconds: mainThreadCpu(),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

/** The main thread's own CPU seconds (its utime and stime, in clock ticks of 1/100 s), or null off Linux. */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

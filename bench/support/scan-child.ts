// One measured `scan` run for the WARC benchmark, in a process of its own so that its peak memory (all its
// threads: the main one and the pool's workers) is its own: `scan --format jsonl --jobs N <warc>` with the
// output counted, not kept. Prints one JSON line: documents, claims, seconds, CPU seconds (all threads),
// peak RSS.
//
//   node --import tsx bench/support/scan-child.ts <jobs> <file.warc.gz>
import { main } from '../../cli/scan';

const [jobs, warc] = process.argv.slice(2);
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
  env: process.env,
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
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

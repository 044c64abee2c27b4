// The cluster recipe, run for real: scripts/cluster/submit.sh on a one-node Slurm cluster maps `scan` over
// three WARCs built here (an array job) and reduces their JSON Lines with `summarize`. Its summary must equal
// `scan --summary` over the same WARCs on one machine. `npm run test:cluster`; not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPage } from '../../bench/pages/news-warc';
import { main } from '../../cli/scan';
import { writeWarc } from '../../cli/warc/write-warc';
import { type LocalSlurm, startLocalSlurm } from './local-slurm';

const AS_OF = '2026-11-01';
let slurm: LocalSlurm;
const work = mkdtempSync(join(tmpdir(), 'plens-cluster-'));

beforeAll(async () => {
  slurm = await startLocalSlurm();
}, 60_000);
afterAll(async () => {
  await slurm?.stop();
  rmSync(work, { recursive: true, force: true });
});

const slurmCmd = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { env: slurm.env, encoding: 'utf8' }).trim();

/** Waits until the jobs have left the queue; returns each job's final state as scontrol tells it. */
async function finished(jobs: string[], ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  while (slurmCmd('squeue', ['-h', '-j', jobs.join(',')]) !== '') {
    if (Date.now() > until) throw new Error(`jobs ${jobs.join(',')} still queued after ${ms / 1000} s`);
    await new Promise((done) => setTimeout(done, 500));
  }
  return jobs.map((id) => /JobState=(\w+)/.exec(slurmCmd('scontrol', ['show', 'job', id]))?.[1] ?? 'unknown');
}

describe('scan as the map step of a Slurm array job', () => {
  it('gives the summary that one scan of the same WARCs gives', async () => {
    const warcs = [0, 1, 2].map((n) => join(work, `crawl-${n}.warc.gz`));
    for (const [n, path] of warcs.entries()) {
      const pages = Array.from({ length: 12 }, (_, i) => n * 12 + i).map((i) => ({
        url: `https://news.example/${n}/story-${i}.html`,
        body: newsPage(i),
      }));
      // A record that is not a page: told in the task's log, the task still succeeds.
      pages.push({
        url: `https://news.example/${n}/logo.png`,
        body: 'PNG',
        contentType: 'image/png',
      } as never);
      await writeWarc(path, pages, true);
    }
    const list = join(work, 'warcs.txt');
    writeFileSync(list, `${warcs.join('\n')}\n`);
    const out = join(work, 'out');
    mkdirSync(out);

    const started = Date.now();
    const submitted = execFileSync('bash', ['scripts/cluster/submit.sh', list, out, '--as-of', AS_OF], {
      env: slurm.env,
      encoding: 'utf8',
    });
    const [, map, reduce] = /map job (\d+) \(3 tasks\), reduce job (\d+)/.exec(submitted) ?? [];
    expect(map && reduce).toBeTruthy();
    const states = await finished([map, reduce], 240_000);
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`cluster: 3 map tasks and the reduce in ${seconds.toFixed(1)} s\n`);
    expect(states).toEqual(['COMPLETED', 'COMPLETED']);

    expect(
      readdirSync(out)
        .filter((f) => f.startsWith('part-'))
        .sort(),
    ).toEqual(['part-00000.jsonl', 'part-00001.jsonl', 'part-00002.jsonl']);
    expect(readFileSync(join(out, 'logs/map-1.log'), 'utf8')).toContain(
      'https://news.example/1/logo.png: skipped, not HTML (content type image/png)',
    );

    let local = '';
    const status = await main(['--summary', '--format', 'csv', '--as-of', AS_OF, '--jobs', '1', ...warcs], {
      stdout: (s) => {
        local += s;
      },
      stderr: () => {},
      env: {},
      isTTY: false,
    });
    expect(status).toBe(0);
    const clustered = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(clustered.split('\r\n').length).toBeGreaterThan(3);
    expect(clustered).toBe(local);
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toMatch(/^36 documents \(0 unreadable\)/);
  }, 300_000);
});

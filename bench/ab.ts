// Two builds of the extension on the long article, loaded in turn in one session: the fair way to compare them
// on a machine whose speed drifts (a shared host can be 10–15% slower for an hour; two `npm run bench` runs
// an hour apart then differ more than the change being measured). Each pair loads A then B; the paired
// differences are summarised. Main-thread CPU ms, measured as `npm run bench` measures the long article.
//
//   npx tsx bench/ab.ts <extension dir A> <extension dir B> [pairs=15]
//
// Build A from another checkout (`git worktree add ../base <rev> && cd ../base && npm ci && npx wxt build
// --mode e2e`), B from this one (`npx wxt build --mode e2e`), and pass their .output/chrome-mv3-e2e folders.
import { longArticle } from './pages/generate';
import { launchWith, median, serve, tracedLoad } from './support/browser';

const [dirA, dirB, pairsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  process.stderr.write('usage: npx tsx bench/ab.ts <extension dir A> <extension dir B> [pairs]\n');
  process.exit(2);
}
const pairs = Number(pairsArg ?? 15);
const site = await serve(new Map([['/long-read.html', longArticle().html]]));
const url = `${site.origin}/long-read.html`;
const a = await launchWith(dirA);
const b = await launchWith(dirB);
// One load each first: the browsers' own first-load costs are not the builds'.
await tracedLoad(a, url, { settleMs: 1500 });
await tracedLoad(b, url, { settleMs: 1500 });
const msA: number[] = [];
const msB: number[] = [];
const highlights = new Set<string>();
for (let i = 0; i < pairs; i++) {
  const ra = await tracedLoad(a, url, { settleMs: 2500 });
  const rb = await tracedLoad(b, url, { settleMs: 2500 });
  msA.push(ra.extMs);
  msB.push(rb.extMs);
  highlights.add(`${ra.highlights}/${rb.highlights}`);
}
await a.close();
await b.close();
await site.close();
const diffs = msA.map((x, i) => x - msB[i]);
const f = (x: number) => x.toFixed(1);
process.stdout.write(
  [
    `A: median ${f(median(msA))} ms  (${msA.map(f).join(' ')})`,
    `B: median ${f(median(msB))} ms  (${msB.map(f).join(' ')})`,
    `A − B, paired: median ${f(median(diffs))} ms, mean ${f(diffs.reduce((s, x) => s + x, 0) / pairs)} ms; B lower in ${diffs.filter((d) => d > 0).length} of ${pairs} pairs`,
    `claims highlighted (A/B): ${[...highlights].join(', ')}`,
  ].join('\n'),
);
process.stdout.write('\n');
process.exit(0);

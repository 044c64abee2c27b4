// `npm run bench`: every measurement against its baseline, in one run. Prints a table (or, with --json, one
// JSON document on stdout); progress goes to stderr; the table, and every detail of the run as JSON, go to
// bench/out/last-run.txt and bench/out/last-run.json.
//
//   npm run bench                    build the test extension, measure, print the table
//   npm run --silent bench -- --json the figures as JSON (the table still goes to bench/out/last-run.txt)
//   --runs N                         page loads per measured page (default 7; the quiet page gets 2N-1)
//   --no-build                       use the test build already in .output/chrome-mv3-e2e
//   --only warc                      only the WARC scan (documents/s on 1 vs all cores, memory from 1,000 to
//                                    10,000 pages; about three minutes, no browser): bench/out/warc-last-run.*
//   --rounds N                       alternating rounds of the WARC scan's settings, best of N (default 3)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureEngine } from './engine';
import { measureLongPage } from './long-article';
import { measureMemory } from './memory';
import { longArticle, quietPage } from './pages/generate';
import { measureQuietPage } from './quiet-page';
import { DEFAULT_ROUNDS, label, measureWarc, type WarcResult, warcNote, warcRows } from './warc';
import {
  EXTENSION_DIR,
  ROOT,
  buildExtension,
  launchWith,
  serve,
  waitForPrecheck,
  writeNoopExtension,
} from './support/browser';

const CORPUS_DIR = resolve(ROOT, '../shared/corpus/dev');
const CORPUS_PAGES = ['seed-000.html', 'seed-001.html', 'seed-002.html'];

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
  },
});
if (values.only !== undefined && values.only !== 'warc') {
  process.stderr.write(`bench: --only takes "warc", not "${values.only}"\n`);
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs) || 7);
const rounds = Math.max(1, Number(values.rounds) || DEFAULT_ROUNDS);
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const r2 = (n: number) => Math.round(n * 100) / 100;

/** `--only warc`: the WARC scan alone, its own table and JSON. */
async function warcOnly(): Promise<void> {
  const started = Date.now();
  const warc = await measureWarc(log, rounds);
  const meta = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}`,
    node: process.version,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const rows = [['measurement', 'Partnership Lens', 'baseline', 'target', ''], ...warcRows(warc)];
  const printed = [
    `${meta.date}  ${meta.machine}  node ${meta.node}  ${meta.seconds} s`,
    '',
    ...markdownTable(rows),
    '',
    warcNote(warc),
    '',
  ].join('\n');
  const outDir = join(ROOT, 'bench/out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'warc-last-run.json'), `${JSON.stringify({ meta, warc }, null, 2)}\n`);
  writeFileSync(join(outDir, 'warc-last-run.txt'), printed);
  process.stdout.write(values.json ? `${JSON.stringify({ warc: warcFigures(warc) }, null, 2)}\n` : printed);
}

function warcFigures(w: WarcResult) {
  return {
    docsPerSecOneWorker: Math.round(w.oneWorker.docsPerSec),
    oneWorkerSetting: label(w.oneWorker),
    docsPerSecInThread: Math.round(w.inThread.docsPerSec),
    docsPerSecPoolOfOne: Math.round(w.poolOfOne.docsPerSec),
    docsPerSecAllCores: Math.round(w.allCores.docsPerSec),
    docsPerSecIndependent: Math.round(w.independent.docsPerSec),
    speedupIndependent: r2(w.independent.speedup),
    cores: w.cores,
    speedup: r2(w.speedup),
    speedupOverInThread: r2(w.speedupOverInThread),
    speedupOverPoolOfOne: r2(w.speedupOverPoolOfOne),
    peakRssMb1k: Math.round(w.memory.small.peakRssMb),
    peakRssMb10k: Math.round(w.memory.large.peakRssMb),
    memoryRatio: r2(w.memory.ratio),
    cpuBoundSpeedup: r2(w.cpuBoundSpeedup),
    othersCoresDuringBaseline: w.oneWorker.othersCores === null ? null : r2(w.oneWorker.othersCores),
    othersCoresDuringAllCores: w.allCores.othersCores === null ? null : r2(w.allCores.othersCores),
    loadAverage: w.load.map(r2),
  };
}

function markdownTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
}

async function main(): Promise<void> {
  if (values.only === 'warc') return warcOnly();
  const started = Date.now();
  if (!values['no-build']) {
    log('building the test extension (wxt build --mode e2e)');
    buildExtension();
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build in ${EXTENSION_DIR}`);

  const long = longArticle();
  const quiet = quietPage();
  const pages = new Map([
    ['/long-read.html', long.html],
    ['/quiet.html', quiet.html],
  ]);
  const corpus = CORPUS_PAGES.filter((f) => existsSync(join(CORPUS_DIR, f)));
  for (const f of corpus) pages.set(`/corpus/${f}`, readFileSync(join(CORPUS_DIR, f), 'utf8'));
  const site = await serve(pages);
  const ours = await launchWith(EXTENSION_DIR);
  const empty = await launchWith(writeNoopExtension());
  const chromium = ours.context.browser()?.version() ?? 'unknown';
  try {
    await waitForPrecheck(ours);
    log(`quiet page (${quiet.words} words), ${2 * runs - 1} loads each`);
    const quietRes = await measureQuietPage(ours, empty, `${site.origin}/quiet.html`, 2 * runs - 1);
    log(`long article (${long.words} words, ${long.planted.length} claims), ${runs} loads each`);
    const longRes = await measureLongPage(ours, empty, `${site.origin}/long-read.html`, long.html, runs);
    const corpusRows = [];
    for (const f of corpus) {
      log(`corpus page ${f}, 3 loads each`);
      const url = `${site.origin}/corpus/${f}`;
      corpusRows.push({
        page: f,
        ...(await measureLongPage(ours, empty, url, pages.get(`/corpus/${f}`)!, 3)),
      });
    }
    log('memory on the long article, 3 loads each');
    const memory = await measureMemory(
      ours,
      empty,
      `${site.origin}/long-read.html`,
      longRes.detail.expected,
      3,
    );
    await ours.close();
    await empty.close();
    await site.close();
    log('the engine in Node');
    const engine = await measureEngine();
    log('the WARC scan');
    const warc = await measureWarc(log, rounds);

    const figures = {
      longArticle: {
        extMs: r2(longRes.extMs),
        longestTaskMs: r2(longRes.longestTaskMs),
        emptyExtMs: r2(longRes.emptyExtMs),
        workerMs: r2(longRes.workerMs),
        highlights: longRes.highlights,
      },
      quietPage: {
        extMs: r2(quietRes.extMs),
        emptyExtMs: r2(quietRes.emptyExtMs),
        ratio: r2(quietRes.ratio),
        loadedKbGzip: r2(quietRes.loadedKbGzip),
      },
      engine: {
        sentencesPerSec: Math.round(engine.sentencesPerSec),
        naiveSentencesPerSec: Math.round(engine.naiveSentencesPerSec),
        speedup: r2(engine.speedup),
        scale10xRatio: r2(engine.scale10xRatio),
      },
      memory: { heapAddedMb: r2(memory.heapAddedMb) },
      warc: warcFigures(warc),
    };
    const meta = {
      date: new Date().toISOString(),
      command: `npm run bench --${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}`,
      node: process.version,
      chromium,
      runs,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const outDir = join(ROOT, 'bench/out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      join(outDir, 'last-run.json'),
      `${JSON.stringify(
        {
          meta,
          figures,
          details: { quietPage: quietRes, longArticle: longRes, corpus: corpusRows, memory, engine, warc },
        },
        null,
        2,
      )}\n`,
    );
    const printed = table(meta, figures, {
      expected: longRes.detail.expected,
      quietScripts: quietRes.detail.scripts,
      corpus: corpusRows.map((c) => ({
        page: c.page,
        extMs: c.extMs,
        emptyExtMs: c.emptyExtMs,
        longestTaskMs: c.longestTaskMs,
        highlights: c.highlights,
        expected: c.detail.expected,
      })),
      engine: engine.detail,
      memory: memory.detail,
      long: longRes.detail,
      quiet: quietRes.detail,
      warc,
    });
    // Both forms of the run are kept, whichever was printed.
    writeFileSync(join(outDir, 'last-run.txt'), printed);
    process.stdout.write(values.json ? `${JSON.stringify(figures, null, 2)}\n` : printed);
  } finally {
    await ours.close().catch(() => {});
    await empty.close().catch(() => {});
    await site.close().catch(() => {});
  }
}

type Figures = {
  longArticle: {
    extMs: number;
    longestTaskMs: number;
    emptyExtMs: number;
    workerMs: number;
    highlights: number;
  };
  quietPage: { extMs: number; emptyExtMs: number; ratio: number; loadedKbGzip: number };
  engine: { sentencesPerSec: number; naiveSentencesPerSec: number; speedup: number; scale10xRatio: number };
  memory: { heapAddedMb: number };
  warc: ReturnType<typeof warcFigures>;
};

function table(
  meta: { date: string; machine: string; node: string; chromium: string; runs: number; seconds: number },
  f: Figures,
  d: {
    expected: number;
    quietScripts: string[];
    corpus: Array<{
      page: string;
      extMs: number;
      emptyExtMs: number;
      longestTaskMs: number;
      highlights: number;
      expected: number;
    }>;
    engine: Awaited<ReturnType<typeof measureEngine>>['detail'];
    memory: { withExtensionMb: number; emptyExtensionMb: number; pageAddedMb: number; workerMb: number };
    long: { extWallMs: number; emptyExtWallMs: number };
    quiet: { extWallMs: number; emptyExtWallMs: number };
    warc: WarcResult;
  },
): string {
  const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
  const n = (x: number, digits = 1) => x.toFixed(digits);
  const rows: string[][] = [
    ['measurement', 'Partnership Lens', 'baseline', 'target', ''],
    [
      'quiet page: extension main-thread ms',
      n(f.quietPage.extMs, 2),
      `${n(f.quietPage.emptyExtMs, 2)} (do-nothing extension)`,
      `≤ 3× (${n(f.quietPage.ratio, 2)}×)`,
      ok(f.quietPage.ratio <= 3),
    ],
    [
      'quiet page: code loaded, kB gzip',
      n(f.quietPage.loadedKbGzip, 2),
      d.quietScripts.join(' '),
      '≤ 30',
      ok(f.quietPage.loadedKbGzip <= 30),
    ],
    [
      'long article: extension main-thread ms',
      n(f.longArticle.extMs),
      `${n(f.longArticle.emptyExtMs, 2)} (do-nothing extension)`,
      '≤ 60',
      ok(f.longArticle.extMs <= 60),
    ],
    [
      "long article: the annotator's worker thread, ms (off the main thread)",
      n(f.longArticle.workerMs),
      'not the page',
      '(counted, no target)',
      '',
    ],
    [
      'long article: longest task with extension work, ms (worst run)',
      n(f.longArticle.longestTaskMs),
      '',
      '< 50',
      ok(f.longArticle.longestTaskMs < 50),
    ],
    [
      'long article: claims highlighted',
      String(f.longArticle.highlights),
      `${d.expected} found by the engine in Node`,
      'all',
      ok(f.longArticle.highlights === d.expected),
    ],
    ...d.corpus.map((c) => [
      `corpus ${c.page}: ms / longest task / highlighted`,
      `${n(c.extMs)} / ${n(c.longestTaskMs)} / ${c.highlights}`,
      `${n(c.emptyExtMs, 2)} / — / ${c.expected} expected`,
      '≤ 60 / < 50 / all',
      ok(c.extMs <= 60 && c.longestTaskMs < 50 && c.highlights === c.expected),
    ]),
    [
      'engine in Node: sentences judged per second',
      String(f.engine.sentencesPerSec),
      `${f.engine.naiveSentencesPerSec} (fuse over every phrasing)`,
      `≥ 10× (${n(f.engine.speedup)}×)`,
      ok(f.engine.speedup >= 10),
    ],
    [
      'engine accuracy on the corpus: P / R / status',
      acc(d.engine.engineAccuracy),
      `${acc(d.engine.naiveAccuracy)} (threshold ${d.engine.naiveAccuracy?.threshold ?? '—'})`,
      'equal or better',
      ok(
        d.engine.engineAccuracy !== null &&
          d.engine.naiveAccuracy !== null &&
          d.engine.engineAccuracy.precision >= d.engine.naiveAccuracy.precision &&
          d.engine.engineAccuracy.recall >= d.engine.naiveAccuracy.recall,
      ),
    ],
    [
      'engine with a 10× fact base: time ratio',
      `${n(f.engine.scale10xRatio, 2)}×`,
      `${n(d.engine.engineMs)} ms → ${n(d.engine.scaledMs)} ms per pass`,
      '≤ 2×',
      ok(f.engine.scale10xRatio <= 2),
    ],
    [
      'memory: JS heap added on the long article (page + worker), MB',
      n(f.memory.heapAddedMb, 2),
      `${n(d.memory.emptyExtensionMb, 2)} → ${n(d.memory.withExtensionMb, 2)} MB (page ${n(d.memory.pageAddedMb, 2)}, worker ${n(d.memory.workerMb, 2)})`,
      '≤ 5',
      ok(f.memory.heapAddedMb <= 5),
    ],
    ...warcRows(d.warc),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const out = [
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ];
  return [
    `${meta.date}  ${meta.machine}  node ${meta.node}  Chromium ${meta.chromium}  ${meta.runs} runs  ${meta.seconds} s`,
    '',
    ...out,
    '',
    `Main-thread ms are CPU (thread) time; wall-clock medians: quiet ${n(d.quiet.extWallMs, 2)} vs ` +
      `${n(d.quiet.emptyExtWallMs, 2)}, long ${n(d.long.extWallMs)} vs ${n(d.long.emptyExtWallMs, 2)}.`,
    `Engine: ${d.engine.pages} pages, ${d.engine.sentences} sentences; fact base compiled in ` +
      `${n(d.engine.compileMs)} ms (10×: ${n(d.engine.scaledCompileMs)} ms), not in the per-pass times.`,
    warcNote(d.warc),
    '',
  ].join('\n');
}

function acc(m: { precision: number; recall: number; statusAccuracy: number } | null): string {
  return m ? `${m.precision.toFixed(3)} / ${m.recall.toFixed(3)} / ${m.statusAccuracy.toFixed(3)}` : '—';
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});

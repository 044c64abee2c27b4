import { build as esbuild } from 'esbuild';
import { defineConfig } from 'wxt';
import { bundledFactBase } from './core/factbase/bundled';
import { buildUpdateChannel } from './core/factbase/update-config';
import { engineTablesOf } from './core/verdict/engine-tables';
import { asciiOnly } from './scripts/ascii-only';
import { jsonStringLiterals } from './scripts/json-string-literals';
import { JUDGE_HERE_FILE } from './utils/lens/judge-here-protocol';
import { JUDGE_WORKER_FILE } from './utils/lens/judge-worker-protocol';

/** Every web site: what automatic annotation needs. */
const ALL_SITES = ['http://*/*', 'https://*/*'];

// The extension is built from entrypoints/; the engine in core/ is shared with the CLI and tests.
//
// Permissions stay as narrow as the reader chooses: `activeTab` + `scripting` annotate the tab the reader
// clicks the toolbar button on; access to all sites is optional and asked for only when the reader turns on
// automatic annotation. The test and demo build (`wxt build --mode e2e`, output in .output/chrome-mv3-e2e)
// is granted that access at install instead, and checks pages automatically from the start.
//
// Fact-base updates (docs/publishing.md): PLENS_UPDATE_URL (https URL of latest.json) and
// PLENS_FACTS_PUBLIC_KEY (base64 Ed25519 key, comma-separated while keys rotate) are read at build time, from
// the environment or a .env file, and baked in as `__PLENS_UPDATE_CHANNEL__`. Without a URL the build has
// automatic updates off and makes no network requests; a URL without a valid key, or a non-https URL, fails
// the build. Only the test build may name a local server over plain http (127.0.0.1, localhost, [::1]).
// A build with an update URL also asks for `alarms` (the daily check; the reader sees no warning for it).
const updateChannel = (mode: string) => buildUpdateChannel(process.env, { testBuild: mode === 'e2e' });

// `virtual:plens-engine-tables`: the bundled fact base's compiled names and word classes as data
// (core/verdict/engine-tables), worked out here at build time so that a page does not work them out cold.
const ENGINE_TABLES = 'virtual:plens-engine-tables';
let engineTablesSource: string | undefined;
/** The module's text, worked out once for the engine's two scripts (the judging worker, the page's own thread). */
function engineTablesModule(): string {
  // A JSON string parsed at run time (faster for V8 than the same data as an object literal), and only when
  // first asked for: the engine's script for the page's thread asks only when it first compiles a fact base
  // (core/verdict/read-engine-tables).
  // Parsed anew on each call, not kept (memory): each thread asks once and keeps what it reads from the tables;
  // held here too, their lists would stay in the judging worker's heap for good (about 9 kB).
  if (engineTablesSource === undefined) {
    const json = JSON.stringify(JSON.stringify(engineTablesOf(bundledFactBase())));
    engineTablesSource = `export default function engineTables() { return JSON.parse(${json}); }`;
  }
  return engineTablesSource;
}
const engineTables = {
  name: 'plens-engine-tables',
  resolveId: (id: string) => (id === ENGINE_TABLES ? `\0${ENGINE_TABLES}` : null),
  load: (id: string) => (id === `\0${ENGINE_TABLES}` ? engineTablesModule() : null),
};

// `judge-worker.js`: the annotator's judging worker (utils/lens/judge-worker: the engine, the bundled fact base
// and the tables above), bundled by esbuild into one script and written into the build as a file of its own.
// The background reads it and hands its text to an annotator that may start a worker (utils/background/
// worker-source): carried inside the annotator's script instead, half a megabyte of string would be parsed on
// the page's main thread in the script's first task, 40% of that task, on every page the annotator loads.
//
// `judge-here.js`: the same engine for judging on the page's main thread (utils/lens/judge-here-script), run by
// the background in the annotator's isolated world only for a page that needs it (no worker allowed, or a page
// too long for the page reader): an ordinary page never compiles it on its thread.
async function bundledScript(entry: string): Promise<string> {
  const result = await esbuild({
    entryPoints: [`${import.meta.dirname}/${entry}`],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    alias: { '@': import.meta.dirname },
    plugins: [
      {
        name: 'plens-engine-tables',
        setup(b) {
          b.onResolve({ filter: /^virtual:plens-engine-tables$/ }, (a) => ({
            path: a.path,
            namespace: 'plens',
          }));
          b.onLoad({ filter: /.*/, namespace: 'plens' }, () => ({
            contents: engineTablesModule(),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return asciiOnly(result.outputFiles[0].text);
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  vite: ({ mode }) => {
    // The test build (`--mode e2e`) is a production build too (WXT would set NODE_ENV to the mode): React's
    // production code and JSX runtime, as readers get them, so the end-to-end tests test what ships.
    if (mode === 'e2e') process.env.NODE_ENV = 'production';
    return {
      plugins: [engineTables, jsonStringLiterals()],
      define: { __PLENS_UPDATE_CHANNEL__: JSON.stringify(updateChannel(mode)) },
    };
  },
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push({
        relativeDest: JUDGE_WORKER_FILE,
        contents: await bundledScript('utils/lens/judge-worker.ts'),
      });
      files.push({
        relativeDest: JUDGE_HERE_FILE,
        contents: await bundledScript('utils/lens/judge-here-script.ts'),
      });
    },
  },
  manifest: ({ browser, mode }) => {
    const testBuild = mode === 'e2e';
    const updates = updateChannel(mode).enabled;
    return {
      name: 'Partnership Lens',
      description: 'Fact-checks claims about AI-industry partnerships in the article you are reading.',
      permissions: ['activeTab', 'scripting', 'storage', 'webRequest', ...(updates ? ['alarms'] : [])],
      ...(testBuild ? { host_permissions: ALL_SITES } : { optional_host_permissions: ALL_SITES }),
      action: { default_title: 'Partnership Lens' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'partnership-lens@partnershiplens.org',
                // 140: the first Firefox that reads data_collection_permissions (Ed25519 in WebCrypto came in 129).
                strict_min_version: '140.0',
                // Firefox asks every new add-on to declare what it collects: nothing.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});

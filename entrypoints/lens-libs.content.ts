// The library the annotator rarely needs (Mozilla Readability: only for a page with no article container whose
// body is mostly boilerplate), in a script of its own that the background injects just before lens.js
// (utils/background/inject-lens.ts). lens.js carries a compile hint (scripts/compile-hint.ts): nearly all of it
// runs on every page it is injected into, so V8 compiles it in one pass. What rarely runs stays out of that
// pass, here, where V8 compiles a function only if it is called.
//
// `world: 'MAIN'` only picks WXT's plain wrapper for the build (see precheck.content.ts): the background injects
// this script, like lens.js, into the extension's isolated world.
import { Readability } from '@mozilla/readability';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { provideLensLibs } from '@/utils/lens/lens-libs';

export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  main() {
    provideLensLibs({ Readability });
  },
});

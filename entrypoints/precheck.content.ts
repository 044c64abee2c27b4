// The only script that runs on every page (and only once the reader turned automatic annotation on): does the
// page name a party at all? If so, the background loads the annotator. Registered at runtime by the
// background (utils/background/precheck-registration.ts), never in the manifest.
//
// It runs in the extension's isolated world: the background registers it with no `world`, so Chrome's
// default, ISOLATED (tests/robustness prove it on a page that replaces built-ins). `world: 'MAIN'` below only
// picks WXT's plain wrapper for the build: the isolated-world wrapper sets up a ContentScriptContext and
// touches the extension API before `main` runs, which costs more than the check itself on every page. The
// pre-check needs neither until a page names a party (utils/precheck.ts sendHit).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { precheckPage, sendHit } from '@/utils/precheck';

export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  main() {
    precheckPage(document, { onHit: () => void sendHit() });
  },
});

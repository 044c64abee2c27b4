// The annotator: engine, fact base and card. Injected by the background (scripting.executeScript) into a page
// that mentions a party, or the page the reader clicked the toolbar button on. Never in the manifest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Lens } from '@/utils/lens/lens';
import { factBaseInUse } from '@/utils/fact-base-in-use';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    await new Lens(ctx, document, await factBaseInUse()).start();
  },
});

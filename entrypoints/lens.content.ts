// The annotator: engine, fact base and card. Injected by the background (scripting.executeScript) into a page
// that mentions a party, or the page the reader clicked the toolbar button on. Never in the manifest.
//
// WXT's context is not used: the page can stop it with an event (utils/lens/lens-context explains). The
// annotator lives in a context of its own that ends only with the extension, one per document.
import engineTables from 'virtual:plens-engine-tables';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readEngineTables } from '@/core/verdict/engine-tables';
import { factBaseInUse } from '@/utils/fact-base-in-use';
import { newHighlightKey } from '@/utils/lens/highlight-key';
import { Lens } from '@/utils/lens/lens';
import { LensContext } from '@/utils/lens/lens-context';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    if (!LensContext.claimDocument()) return;
    // The bundled fact base's names and word classes, compiled at build time: looked up, not compiled here.
    readEngineTables(engineTables);
    const ctx = new LensContext();
    ctx.register();
    await new Lens(ctx, document, await factBaseInUse(), newHighlightKey()).start();
  },
});

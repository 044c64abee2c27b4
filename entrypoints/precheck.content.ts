// The only script that runs on every page (and only once the reader turned automatic annotation on): does the
// page name a party at all? If so, the background loads the annotator. Registered at runtime by the
// background (utils/background/precheck-registration.ts), never in the manifest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/utils/messaging';
import { precheckPage } from '@/utils/precheck';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    precheckPage(document, {
      signal: ctx.signal,
      onHit: () => void sendMessage('precheck:hit', null).catch(() => {}),
    });
  },
});

// Constants wxt.config.ts bakes into the build (vite `define`).
import type { BuildUpdateChannel } from '@/core/factbase/update-config';

declare global {
  /** The fact-base update channel: from PLENS_UPDATE_URL and PLENS_FACTS_PUBLIC_KEY at build time. */
  const __PLENS_UPDATE_CHANNEL__: BuildUpdateChannel;
}

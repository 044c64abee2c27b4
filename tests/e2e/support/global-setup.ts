// Before any end-to-end test: Chromium must be there (a clear failure otherwise, never a skip), and the test
// build of the extension is built fresh.
import { EXTENSION_DIR, assertProductionReact, buildExtension, chromiumPath } from './extension';

export default function setup(): void {
  chromiumPath();
  if (process.env.PLENS_E2E_SKIP_BUILD !== '1') buildExtension();
  assertProductionReact(EXTENSION_DIR);
}

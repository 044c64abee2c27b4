// Before the Firefox tier: Firefox must be there (a clear failure otherwise, never a skip), and the Firefox
// and Chromium test builds are built fresh (the tier compares what both browsers show).
import { buildExtension, chromiumPath } from '../../e2e/support/extension';
import { buildFirefoxExtension, firefoxPath } from './firefox';

export default function setup(): void {
  firefoxPath();
  chromiumPath();
  if (process.env.PLENS_E2E_SKIP_BUILD !== '1') {
    buildExtension();
    buildFirefoxExtension();
  }
}

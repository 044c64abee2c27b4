import { defineConfig } from 'vitest/config';

// The Firefox tier: the Firefox build in Debian's firefox-esr over WebDriver BiDi (see tests/e2e-firefox).
// Run with `npx vitest run --config vitest.e2e-firefox.config.ts`; it fails, never skips, without Firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (see tests/e2e/support). Run with
// `npx vitest run --config vitest.e2e.config.ts`; they fail, never skip, when Chromium is missing.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts', 'tests/robustness/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

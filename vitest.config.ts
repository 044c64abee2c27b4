import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // tests/robustness holds both tiers: its *.e2e.test.ts files run with the end-to-end tests.
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', '**/*.e2e.test.ts', 'node_modules/**'],
    testTimeout: 20000,
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The optional cluster tier (`npm run test:cluster`): scan as the map step of a Slurm array job on a
// one-node cluster it starts. Not in `npm test`: it needs Slurm installed (tests/cluster/ensure-slurm.sh).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/cluster/**/*.cluster.ts'],
    testTimeout: 300_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One folder per run, so test files that only read the sample site share one build of it.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Integration and browser tests run real Astro builds; on two cores they
    // are faster one file at a time than fighting over the CPU.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});

import { defineConfig } from 'vitest/config';
import InTurnSequencer from './tests/helpers/sequencer.ts';

export default defineConfig({
  test: {
    // One folder per run, so test files that only read a build share one build of it.
    globalSetup: ['tests/helpers/global-setup.ts'],
    maxWorkers: 2,
    sequence: { sequencer: InTurnSequencer },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Pages settle later on a busy machine; a poll that passes at all passes as soon as it does.
    expect: { poll: { timeout: 5_000 } },
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions and temporary folders: one module graph per worker is enough.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/integration/**/*.test.ts', 'tests/golden/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One Chromium for the run, which every browser test file connects to.
          globalSetup: ['tests/helpers/browser-server.ts'],
        },
      },
    ],
  },
});

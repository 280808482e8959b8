import { defineConfig } from 'vitest/config';

// Firefox-specific checks that need builds or a real Firefox ESR: Mozilla's linter, the store zips, and
// the reader end to end. One file at a time: they share .output/ and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    globalSetup: ['tests/firefox/global-setup.ts'],
    testTimeout: 60_000,
    // Hooks build the release for Firefox and lint or zip it, or start Firefox: under a minute on an idle
    // 2-core machine, past two minutes when it is loaded.
    hookTimeout: 300_000,
  },
});

import { defineConfig } from 'vitest/config';

// Real-browser suite: the release build in Debian Chromium. One browser per test file, one file at a
// time (2-core machines, ~440 MiB a browser), generous timeouts for cold starts on slow CI runners.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

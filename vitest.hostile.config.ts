import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { WXT_TESTING_ALIAS } from './scripts/lib/wxt-test-alias';

// Hostile pages (issue 6): XSS corpora and the fuzzer in Node, then the fighting pages in real Chromium.
// Slow, so kept out of `npm test`; one file at a time because the browser files each own a Chromium.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: WXT_TESTING_ALIAS },
  test: {
    environment: 'node',
    include: ['tests/hostile/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { WXT_TESTING_ALIAS } from './scripts/lib/wxt-test-alias';

// Unit and component tests. The real-browser suites live in tests/e2e and run under vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: WXT_TESTING_ALIAS },
  test: {
    environment: 'happy-dom',
    include: ['{utils,components,scripts}/**/*.test.{ts,tsx}', 'tests/project/**/*.test.ts'],
  },
});

/**
 * WXT 0.21.0 — the last WXT that runs on Node 20 without an engine warning — mocks `wxt/browser` with a module
 * that imports the whole 'wxt/testing' entry. That entry drags in WXT's Vite plugin and esbuild, and esbuild
 * refuses to load in a jsdom test (its TextEncoder comes from another realm). The mock needs only the fake
 * browser. For every vitest config that uses WxtVitest().
 */
export const WXT_TESTING_ALIAS = [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }];

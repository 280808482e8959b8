import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { eagerCompile } from './scripts/lib/eager-compile';

/**
 * `--mode e2e` builds the TEST-ONLY variant that the Firefox end-to-end suite installs (into
 * .output/<browser>-mv3-e2e, never the release folder): Firefox automation cannot click the toolbar
 * button, so this build adds a page-event trigger and host access to the local test server.
 * docs/firefox.md lists every difference; nothing else changes.
 */
const E2E_MODE = 'e2e';
const E2E_TRIGGER_ENTRYPOINT = 'e2e-trigger';
const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

// Explicit imports everywhere (no auto-imports): every module says where its names come from,
// and the extraction code runs unchanged in Node (CLI, benchmarks) without WXT globals.
export default defineConfig({
  imports: false,
  // MV3 for Firefox too: the same `action` + `scripting` code paths as Chrome (docs/firefox.md says why).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // public/icon/*.png, rendered from public/icon.svg by `npm run icons`. WXT fills `icons` itself;
    // the toolbar button gets the same files so Firefox does not fall back to its puzzle piece.
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lectern@lectern.example',
              // 140 is the first desktop Firefox that reads data_collection_permissions (and the current ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // AMO reviewers rebuild from the sources zip: it needs the code, configs and lock file, not the tests
    // (their fixtures are saved third-party pages, which are not ours to upload).
    excludeSources: ['tests/**', 'coverage/**', '.bench/**', 'stats.html'],
  },
  hooks: {
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.mode === E2E_MODE) return;
      const trigger = infos.findIndex((info) => info.name === E2E_TRIGGER_ENTRYPOINT);
      if (trigger !== -1) infos.splice(trigger, 1);
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === E2E_MODE) manifest.host_permissions = E2E_HOST_PERMISSIONS;
    },
  },
  // Terser rather than Vite's default esbuild minifier, with a third compress pass: fewer bytes for the reader's
  // size-budgeted content script, which ships Readability, DOMPurify and Preact (docs/speed.md has the figures).
  // wrap_iife keeps `var reader=(function(){…})()`: WXT strips the `var reader=` only in that form, and the
  // bare IIFE's value (the toggle's outcome) is what scripting.executeScript hands the background. Without it
  // the result is undefined and a page with no article never gets its "!" badge.
  // eagerCompile: the content script is compiled whole when injected, not function by function as it first
  // runs (docs/speed.md has the measurement).
  vite: () => ({
    plugins: [preact(), eagerCompile('reader.js')],
    build: { minify: 'terser', terserOptions: { compress: { passes: 3 }, format: { wrap_iife: true } } },
  }),
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Explicit imports everywhere (no auto-imports): every module says where its names come from,
// and the extraction code runs unchanged in Node (CLI, benchmarks) without WXT globals.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Lectern',
    description:
      'A fast, private reader mode: the article alone, in your fonts. Nothing leaves your browser.',
    // Required by Chromium as soon as public/_locales exists, or the extension does not load.
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Open Lectern reader (Alt+Shift+K)' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open or close the reader',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'lectern@lectern.example' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});

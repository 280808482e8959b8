import { defineContentScript } from 'wxt/utils/define-content-script';
import { renderReader } from '../../components/ReaderApp';
import readerCss from '../../components/reader.css?inline';
import { READER_HANDLE_KEY, type ReaderHandle } from '../../utils/reader-handle';
import { createReaderSession } from '../../utils/reader-session';
import { remoteSettingsStore } from '../../utils/settings-remote';
import { DEFAULT_SETTINGS } from '../../utils/settings';

// Injected on demand by the background (activeTab + scripting), never declared for any page.
// CSS goes in as a string: a runtime script's CSS file would be blocked as a web-accessible resource.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const session = createReaderSession(ctx, {
      css: readerCss,
      loadSettings: () => remoteSettingsStore.load().catch(() => ({ ...DEFAULT_SETTINGS })),
      render: (container, extraction, close, settings) =>
        renderReader(container, extraction, close, location.href, settings),
    });
    // Lives in the extension's isolated world: the page's own scripts cannot see or call it.
    const handle: ReaderHandle = { toggle: session.toggle, isAlive: () => ctx.isValid };
    Reflect.set(globalThis, READER_HANDLE_KEY, handle);
    return session.toggle();
  },
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { renderReader } from '../components/ReaderApp';
import readerCss from '../components/reader.css?inline';
import { READER_HANDLE_KEY, READER_HOST_TAG, type ReaderHandle } from '../utils/contract';
import { createReaderContext } from '../utils/page/reader-context';
import { toggleExistingReader } from '../utils/page/reader-handle';
import { createReaderSession } from '../utils/page/reader-session';
import { remoteSettingsStore } from '../utils/page/settings-remote';
import { DEFAULT_SETTINGS } from '../utils/settings';

// The reader's content script, injected on demand by the background (activeTab + scripting) into the page's
// isolated world, never declared for any page. Unlisted rather than a declared content script: WXT wraps those
// in its ContentScriptContext, which the reader does not need; utils/page/reader-context.ts is the part it uses.
// CSS goes in as a string: a script's CSS file would be blocked as a web-accessible resource.
function startReader() {
  const ctx = createReaderContext();
  // The reader's one settings store: read before it mounts, then read and written by the reader itself.
  const store = remoteSettingsStore;
  const session = createReaderSession(ctx, {
    css: readerCss,
    loadSettings: () => store.load().catch(() => ({ ...DEFAULT_SETTINGS })),
    render: (container, extraction, close, settings, url) =>
      renderReader(container, extraction, close, url, store, settings),
  });
  // Lives in the extension's isolated world: the page's own scripts cannot see or call it.
  const handle: ReaderHandle = { toggle: session.toggle, isAlive: () => ctx.isValid };
  Reflect.set(globalThis, READER_HANDLE_KEY, handle);
  return session.toggle();
}

// The background injects this script without first asking the page for a reader when the tab shows another
// address than last time (utils/background/toggle.ts); a reader may be there all the same (a single-page app's new
// address, a service worker that restarted), and then this press is that reader's.
// An anonymous IIFE: its value, the toggle's outcome, is what scripting.executeScript hands the background.
export default defineUnlistedScript({
  globalName: false,
  main: () => toggleExistingReader(READER_HANDLE_KEY, READER_HOST_TAG) ?? startReader(),
});

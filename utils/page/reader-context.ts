import { browser } from 'wxt/browser';

/**
 * What the reader needs to know about the world it was injected into: whether the extension behind it is
 * still there, and when the page moves to another URL. Our own rather than WXT's ContentScriptContext, which
 * brings timers, idle callbacks and events the reader never uses into its size-budgeted script.
 */
export interface ReaderContext {
  /** False once the extension was reloaded or updated, or a newer copy of the reader started in this page. */
  readonly isValid: boolean;
  onInvalidated(listener: () => void): void;
  /**
   * A navigation of this document to another URL: a single-page app showing another story. Returns what stops
   * the watch: the reader watches only while it is open, so a closed one polls nothing (Firefox).
   */
  onUrlChange(listener: (from: string, to: string) => void): () => void;
}

/** The part of the Navigation API (Chromium) used here; TypeScript's DOM library does not have it yet. */
interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string }; downloadRequest?: string | null }) => void,
    options: AddEventListenerOptions,
  ): void;
}

const URL_POLL_MS = 1000;

export function createReaderContext(): ReaderContext {
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const invalidate = () => lifetime.abort();
  // After a reload or an update the next press injects the reader again, into the same page: the new copy
  // announces itself, and this one (whose extension APIs are gone) stands down. The name holds the extension's
  // id, so other extensions' readers are not told.
  const started = `${browser.runtime.id}:lectern-reader-started`;
  document.dispatchEvent(new CustomEvent(started));
  document.addEventListener(started, invalidate, { signal });
  return {
    get isValid() {
      // An orphaned script reads no runtime id: that is how it learns the extension went away.
      if (browser.runtime?.id == null) invalidate();
      return !signal.aborted;
    },
    onInvalidated: (listener) => signal.addEventListener('abort', listener),
    onUrlChange(listener) {
      const watch = new AbortController();
      const stop = () => watch.abort();
      // The reader's end (an update, a newer copy) ends the watch too.
      signal.addEventListener('abort', stop, { signal: watch.signal });
      let last = location.href;
      const moveTo = (next: string) => {
        if (next === last) return;
        const from = last;
        last = next;
        listener(from, next);
      };
      // Chromium's Navigation API tells of pushState at once; elsewhere the URL is polled. Only the global's own
      // `navigation` is the API: where there is none, an element named "navigation" shows through (DOM clobbering).
      const navigation = Object.getOwnPropertyDescriptor(globalThis, 'navigation')
        ? (Reflect.get(globalThis, 'navigation') as NavigationLike)
        : undefined;
      if (navigation?.addEventListener) {
        // A download (Save's <a download>) is a "navigate" event too, and the page stays where it is.
        navigation.addEventListener(
          'navigate',
          (event) => {
            if (event.downloadRequest == null) moveTo(event.destination.url);
          },
          { signal: watch.signal },
        );
      } else {
        const timer = setInterval(() => moveTo(location.href), URL_POLL_MS);
        watch.signal.addEventListener('abort', () => clearInterval(timer));
      }
      return stop;
    },
  };
}

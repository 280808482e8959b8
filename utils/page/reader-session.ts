import { READER_HOST_TAG, type ToggleOutcome } from '../contract';
import { afterNextFrame } from './after-next-frame';
import { extractArticle } from '../extract';
import type { Extraction } from '../extract/article';
import type { ReaderContext } from './reader-context';
import type { ReaderSettings } from '../settings';
import { attachShadowHost, type ShadowHost } from './shadow-host';

export interface ReaderView {
  /** The stored reading settings (never rejects: defaults when they cannot be read). */
  loadSettings(): Promise<ReaderSettings>;
  /** Renders the reader (or the notice) into the shadow root's container; returns its unmount. */
  render(
    container: HTMLElement,
    extraction: Extraction,
    close: () => void,
    settings: ReaderSettings,
    url: string,
  ): () => void;
  css: string;
}

const NOTICE_MS = 5000;

/**
 * A user-timing mark set once the frame that shows the overlay has been produced: a task posted from
 * requestAnimationFrame runs after that frame's paint. The reader renders synchronously (its settings are in
 * hand before it mounts), so that frame shows the article's text — its first screen; the rest follows a frame
 * later (components/ArticleBody.tsx) — not an empty overlay.
 * `npm run bench:speed` reads click-to-paint from it (DevTools' Performance panel shows it too); it costs one
 * rAF and one timer per open. Asked for before the reader renders: Preact runs its effects in the same kind of
 * task, queued from its own frame callback, and the mark should not wait for work done after the frame.
 */
export const PAINTED_MARK = 'lectern:painted';

function markWhenPainted(): Promise<void> {
  return afterNextFrame().then(() => void performance.mark(PAINTED_MARK));
}

/**
 * 'opened' is answered once the reader's frame is painted: the background injects the after-paint scripts when
 * it hears it, and answered at once, their compile and run went ahead of the reader's first frame. Capped: a
 * window that paints no frames (minimised, hidden) must not hold the answer.
 */
const PAINT_WAIT_CAP_MS = 250;
function paintedOrCap(painted: Promise<void>): Promise<void> {
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, PAINT_WAIT_CAP_MS))]);
}

/**
 * One reader per page. Toggles are queued, so a burst of clicks or shortcut presses always settles
 * into a whole overlay or none — never two, never a half-open one.
 */
export function createReaderSession(ctx: ReaderContext, view: ReaderView) {
  let ui: (ShadowHost & { unmount: () => void }) | null = null;
  let restore: (() => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let unwatch: (() => void) | null = null;

  function close(): ToggleOutcome {
    unwatch?.();
    unwatch = null;
    ui?.unmount();
    ui?.remove();
    ui = null;
    restore?.();
    restore = null;
    return 'closed';
  }

  async function open(): Promise<ToggleOutcome> {
    // Asked first: the background answers while the extraction runs, and the reader's first frame is final.
    const settings = view.loadSettings();
    // The page's address is read here only: the extraction and the reader's "original page" link both use it.
    const url = location.href;
    const extraction = extractArticle(document, url);
    // The extraction's content-type check is the only one: a document that is not a web page gets no overlay.
    if (!extraction.article && extraction.reason === 'not-html') return 'not-html';
    // A single-page app moving to another URL (history.pushState) shows another page: the open article is
    // stale, so the reader closes. A hash change alone (a table of contents, a tab) leaves it open. Watched only
    // from here to the close: a closed reader polls nothing where there is no Navigation API (Firefox).
    unwatch?.();
    unwatch = ctx.onUrlChange((from, to) => {
      if (to.split('#')[0] !== from.split('#')[0]) void toggle('close');
    });
    const loaded = await settings;
    const scroll = { x: window.scrollX, y: window.scrollY };
    const focused = document.activeElement as HTMLElement | null;
    const kind = extraction.article ? 'reader' : 'notice';
    const shadowHost = attachShadowHost(READER_HOST_TAG, view.css, kind);
    closeOnTouchOnceOrphaned(shadowHost.container);
    const painted = markWhenPainted();
    ui = {
      ...shadowHost,
      unmount: view.render(shadowHost.container, extraction, () => void toggle('close'), loaded, url),
    };
    if (!extraction.article) {
      const shown = ui;
      setTimeout(() => {
        if (ui === shown) void toggle('close');
      }, NOTICE_MS);
      return 'no-article';
    }
    restore = () => {
      window.scrollTo(scroll.x, scroll.y);
      focused?.focus?.({ preventScroll: true });
    };
    await paintedOrCap(painted);
    return 'opened';
  }

  /**
   * After the extension is reloaded or updated, this overlay stays on screen while its script has lost the
   * extension's APIs: every key or click that reaches for settings would throw "Extension context
   * invalidated" into the page's console. Reading `ctx.isValid` notices the loss and fires onInvalidated,
   * which closes the overlay; the touch itself goes nowhere.
   */
  function closeOnTouchOnceOrphaned(container: HTMLElement): void {
    for (const type of ['keydown', 'pointerdown', 'click'] as const) {
      const swallowOnceOrphaned = (event: Event) => {
        if (!ctx.isValid) event.stopImmediatePropagation();
      };
      container.addEventListener(type, swallowOnceOrphaned, true);
    }
  }

  /** `undefined` flips the state; 'close' only closes (Esc, the close button, the notice's timer). */
  function toggle(want?: 'close'): Promise<ToggleOutcome> {
    const run = () =>
      ui ? Promise.resolve(close()) : want === 'close' ? Promise.resolve('closed' as const) : open();
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  ctx.onInvalidated(() => void close());
  return { toggle };
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { extractArticle } from './extract';
import type { Extraction } from './extract/article';

/** What a toggle did, reported back to the background so it can badge the button. */
export type ToggleOutcome = 'opened' | 'closed' | 'no-article' | 'not-html';

export interface ReaderView {
  /** Renders the reader (or the notice) into the shadow root's container; returns its unmount. */
  render(container: HTMLElement, extraction: Extraction, close: () => void): () => void;
  css: string;
}

const NOTICE_MS = 5000;

/**
 * One reader per page. Toggles are queued, so a burst of clicks or shortcut presses always settles
 * into a whole overlay or none — never two, never a half-open one.
 */
export function createReaderSession(ctx: ContentScriptContext, view: ReaderView) {
  let overlay: ShadowRootContentScriptUi<() => void> | null = null;
  /** What the mounted overlay shows; null while closed. */
  let showing: Extraction | null = null;
  let restore: (() => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function close(): ToggleOutcome {
    if (showing) overlay?.remove();
    showing = null;
    restore?.();
    restore = null;
    return 'closed';
  }

  // One overlay for the page's lifetime, mounted and removed on each toggle: WXT ties every
  // createShadowRootUi to the context's invalidation signal for good, so a new one per open leaked its
  // whole tree and listeners (measured: 5 nodes and 4 listeners per open/close cycle).
  async function overlayUi(): Promise<ShadowRootContentScriptUi<() => void>> {
    overlay ??= await createShadowRootUi<() => void>(ctx, {
      name: 'lectern-reader',
      mode: 'closed',
      position: 'inline',
      // A child of <html>, not <body>: pages that prune unknown children of <body> leave it alone.
      anchor: () => document.documentElement,
      css: view.css,
      isolateEvents: true,
      onMount: (container, _shadow, host) => {
        const extraction = showing as Extraction;
        host.setAttribute('data-kind', extraction.article ? 'reader' : 'notice');
        return view.render(container, extraction, () => void toggle('close'));
      },
      onRemove: (unmount) => unmount?.(),
    });
    return overlay;
  }

  async function open(): Promise<ToggleOutcome> {
    if (!/html|xml/.test(document.contentType)) return 'not-html';
    const extraction = extractArticle(document, location.href);
    const scroll = { x: window.scrollX, y: window.scrollY };
    const focused = document.activeElement as HTMLElement | null;
    const ui = await overlayUi();
    showing = extraction;
    ui.mount();
    if (!extraction.article) {
      setTimeout(() => {
        if (showing === extraction) void toggle('close');
      }, NOTICE_MS);
      return 'no-article';
    }
    restore = () => {
      window.scrollTo(scroll.x, scroll.y);
      focused?.focus?.({ preventScroll: true });
    };
    return 'opened';
  }

  /** `undefined` flips the state; 'close' only closes (Esc, the close button, the notice's timer). */
  function toggle(want?: 'close'): Promise<ToggleOutcome> {
    const run = () =>
      showing ? Promise.resolve(close()) : want === 'close' ? Promise.resolve('closed' as const) : open();
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  ctx.onInvalidated(() => void close());
  // A single-page app moving to another URL (history.pushState) shows another page: the open article is
  // stale, so the reader closes. A hash change alone (a table of contents, a tab) leaves it open.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
    if (newUrl.href.split('#')[0] !== oldUrl.href.split('#')[0]) void toggle('close');
  });
  return { toggle };
}

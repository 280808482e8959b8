import type { Article } from './extract/article';

/**
 * Where the reader meets the scripts the background injects once it is painted (the "Removed" panel in
 * entrypoints/adjust.ts, and every other after-paint feature listed in utils/after-paint/scripts.ts). All run
 * in the extension's isolated world, which the page's scripts cannot see. The reader stays small: it only
 * announces its article body and its close here; each feature takes the body over in its own script.
 */
export const READER_BRIDGE_KEY = '__lecternBridge';

/** One after-paint feature, as its script registers it (utils/after-paint/register.ts). */
export interface AfterPaintFeature {
  /** The reader has filled its article body (every open, and the one open when the script arrives). */
  attach(body: HTMLElement, article: Article): void;
  /** The reader is closing: stop anything that outlives the overlay (speech, timers, listeners) now. */
  detach?(): void;
  /** False once the extension that loaded this script was reloaded or updated. */
  isAlive(): boolean;
}

export interface ReaderBridge {
  /**
   * The open reader's article body and article, set each time the reader fills it. Held weakly: a strong
   * reference kept the last closed reader's whole article (and the features' listeners on it) alive for as
   * long as the page stayed open (tests/hostile lifecycle).
   */
  body?: WeakRef<HTMLElement>;
  article?: WeakRef<Article>;
  features: Record<string, AfterPaintFeature>;
}

/**
 * An own property of this world's global, where our scripts set it: a page element named like the key shows
 * through `globalThis[key]` in every world (DOM clobbering) — a sandboxed <iframe name> even throws on writes.
 */
export function readerBridge(): ReaderBridge {
  let bridge = Object.getOwnPropertyDescriptor(globalThis, READER_BRIDGE_KEY)?.value as
    ReaderBridge | undefined;
  if (!bridge)
    Object.defineProperty(globalThis, READER_BRIDGE_KEY, {
      value: (bridge = { features: {} }),
      configurable: true,
    });
  return bridge;
}

export function announceArticleBody(body: HTMLElement, article: Article): void {
  const bridge = readerBridge();
  bridge.body = new WeakRef(body);
  bridge.article = new WeakRef(article);
  for (const feature of Object.values(bridge.features)) feature.attach(body, article);
}

export function announceReaderClosed(): void {
  const bridge = readerBridge();
  bridge.body = bridge.article = undefined;
  for (const feature of Object.values(bridge.features)) feature.detach?.();
}

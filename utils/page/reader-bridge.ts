import { READER_BRIDGE_KEY, type ReaderBridge } from '../contract';
import type { Article } from '../extract/article';

/**
 * Where the reader meets the scripts the background injects once it is painted (the "Removed" panel in
 * entrypoints/adjust.ts, and every other after-paint feature listed in utils/contract.ts). All run
 * in the extension's isolated world, which the page's scripts cannot see. The reader stays small: it only
 * announces its article body and its close here; each feature takes the body over in its own script.
 * The bridge is an own property of this world's global, where our scripts set it: a page element named like the key shows
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

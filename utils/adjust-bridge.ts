/**
 * Where the reader and the on-demand adjustments script (entrypoints/adjust.ts: the "Removed" panel,
 * "Remove this" and the site rules) meet. Both run in the extension's isolated world, which the page's
 * scripts cannot see. The reader stays small: it only announces its article body here; the background
 * injects the adjustments script after the reader opens, and that script takes the body over.
 */
export const ADJUST_KEY = '__lecternAdjust';

export interface AdjustBridge {
  /**
   * The open reader's article body, set each time the reader fills it. Held weakly: a strong reference kept
   * the last closed reader's whole article (and the adjustments' listeners on it) alive for as long as the
   * page stayed open — seen in a heap snapshot after 100 open/close cycles (tests/hostile lifecycle).
   */
  body?: WeakRef<HTMLElement>;
  /** Set by the adjustments script once loaded. */
  attach?: (body: HTMLElement) => void;
  /** False once the extension that loaded the adjustments script was reloaded or updated. */
  isAlive?: () => boolean;
}

/**
 * An own property of this world's global, where our scripts set it: a page element named like the key shows
 * through `globalThis[key]` in every world (DOM clobbering) — a sandboxed <iframe name> even throws on writes.
 */
export function adjustBridge(): AdjustBridge {
  let bridge = Object.getOwnPropertyDescriptor(globalThis, ADJUST_KEY)?.value as AdjustBridge | undefined;
  if (!bridge) Object.defineProperty(globalThis, ADJUST_KEY, { value: (bridge = {}), configurable: true });
  return bridge;
}

export function announceArticleBody(body: HTMLElement): void {
  const bridge = adjustBridge();
  bridge.body = new WeakRef(body);
  bridge.attach?.(body);
}

/**
 * Where the reader and the on-demand adjustments script (entrypoints/adjust.ts: the "Removed" panel,
 * "Remove this" and the site rules) meet. Both run in the extension's isolated world, which the page's
 * scripts cannot see. The reader stays small: it only announces its article body here; the background
 * injects the adjustments script after the reader opens, and that script takes the body over.
 */
export const ADJUST_KEY = '__lecternAdjust';

export interface AdjustBridge {
  /** The open reader's article body, set each time the reader fills it. */
  body?: HTMLElement;
  /** Set by the adjustments script once loaded. */
  attach?: (body: HTMLElement) => void;
  /** False once the extension that loaded the adjustments script was reloaded or updated. */
  isAlive?: () => boolean;
}

export function adjustBridge(): AdjustBridge {
  let bridge = Reflect.get(globalThis, ADJUST_KEY) as AdjustBridge | undefined;
  if (!bridge) Reflect.set(globalThis, ADJUST_KEY, (bridge = {}));
  return bridge;
}

export function announceArticleBody(body: HTMLElement): void {
  const bridge = adjustBridge();
  bridge.body = body;
  bridge.attach?.(body);
}

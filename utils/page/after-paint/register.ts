import { browser } from 'wxt/browser';
import type { AfterPaintFeature } from '../../contract';
import { readerBridge } from '../reader-bridge';

/**
 * An after-paint script's entry: hooks its feature into every later open of the reader, and into the one
 * open now (the background injects these scripts right after the reader is painted). Registering again
 * under the same name (the script injected anew after an extension update) replaces the orphaned copy.
 */
export function registerAfterPaintFeature(name: string, feature: Omit<AfterPaintFeature, 'isAlive'>): void {
  const bridge = readerBridge();
  bridge.features[name]?.detach?.();
  // An extension reload leaves this script in the page without its APIs: the next injection replaces it.
  bridge.features[name] = { ...feature, isAlive: () => browser.runtime?.id !== undefined };
  const body = bridge.body?.deref();
  const article = bridge.article?.deref();
  if (body?.isConnected && article) feature.attach(body, article);
}

import { render } from 'preact';
import longReadCss from '../../components/long-read.css?inline';
import { ContentsButton, LongReadLayer } from '../../components/LongRead';
import { registerAfterPaintFeature } from '../page/after-paint/register';
import { featureSlot } from '../page/after-paint/toolbar-slot';
import type { Article } from '../extract/article';
import { remoteSettingsStore } from '../page/settings-remote';
import { readCanonical } from './canonical';
import { remotePositions } from '../page/positions-remote';
import { LongReadSession } from './session';

export const LAYER_CLASS = 'long-read';

/**
 * Takes over a freshly filled article body: the layer under the toolbar (the offer to continue, time left, the
 * contents panel) goes right after the toolbar, where Preact leaves nodes it did not make alone; the contents
 * button goes into the toolbar's held place.
 */
export function attachLongRead(body: HTMLElement, article: Article): (() => void) | null {
  const root = body.closest<HTMLElement>('.reader');
  const toolbar = root?.querySelector<HTMLElement>(':scope > .toolbar') ?? null;
  if (!root || !toolbar) return null;
  const session = new LongReadSession(body, root, toolbar, {
    article: { url: location.href, canonical: readCanonical(document) },
    wordCount: article.wordCount,
    client: remotePositions,
    settings: remoteSettingsStore,
  });
  const layer = document.createElement('div');
  layer.className = LAYER_CLASS;
  const style = document.createElement('style');
  style.textContent = longReadCss;
  const mount = document.createElement('div');
  mount.className = 'long-read-mount';
  // The layer's place as a rule of its own, not a style attribute: nothing in the overlay but the reader's
  // root carries one (the hostile suite's audit flags any other, as a page could have planted it).
  const position = document.createElement('style');
  layer.append(style, position, mount);
  toolbar.after(layer);
  // Keeps the layer just under the toolbar, whose height changes when it wraps or folds open.
  const place = () => (position.textContent = `.reader .long-read { top: ${toolbar.offsetHeight}px; }`);
  const resize = new ResizeObserver(place);
  resize.observe(toolbar);
  place();
  render(<LongReadLayer session={session} />, mount);
  const slot = featureSlot(body, 'contents');
  if (slot) render(<ContentsButton session={session} />, slot);
  // data-ready: the remembered position has been asked for and the offer (if any) is up; tests wait for it.
  void session.start().then(
    () => (layer.dataset.ready = 'true'),
    () => undefined,
  );
  return () => {
    session.detach();
    resize.disconnect();
    render(null, mount);
    if (slot) render(null, slot);
    layer.remove();
  };
}

/** The long-read script's entry: hooks into the reader, and into the one already open. */
export function installLongRead(): void {
  let stop: (() => void) | null = null;
  registerAfterPaintFeature('contents', {
    attach: (body, article) => {
      stop?.();
      stop = attachLongRead(body, article);
    },
    detach: () => {
      stop?.();
      stop = null;
    },
  });
}

import { render } from 'preact';
import saveCss from '../../components/save.css?inline';
import { SaveMenu, type SaveAction, type SaveRequest } from '../../components/SaveMenu';
import { registerAfterPaintFeature } from '../page/after-paint/register';
import { featureSlot } from '../page/after-paint/toolbar-slot';
import type { Article } from '../extract/article';
import { copyText, downloadFile } from './deliver';
import { loadExporter } from './load-exporter';

/** Saves or copies what the reader shows now; resolves with the file's name. */
export async function runSave(
  action: SaveAction,
  request: SaveRequest,
  body: HTMLElement,
  article: Article,
  place: HTMLElement,
): Promise<string> {
  const exporter = await loadExporter();
  const source = { body, article, url: location.href, ...request };
  const file = exporter.exportArticle(action === 'html' ? 'html' : 'markdown', source);
  if (action === 'copy') await copyText(place, file.text);
  else downloadFile(place, file);
  return file.name;
}

/** Fills the toolbar's Save place of the reader holding `body`; returns the mount to clear on close. */
export function attachSave(body: HTMLElement, article: Article): HTMLElement | null {
  const slot = featureSlot(body, 'save');
  if (!slot) return null;
  const doc = slot.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = saveCss;
  const mount = doc.createElement('span');
  mount.className = 'save-mount';
  slot.replaceChildren(style, mount);
  render(
    <SaveMenu
      onOpen={() => void loadExporter().catch(() => undefined)}
      onAction={(action, request) => runSave(action, request, body, article, mount)}
    />,
    mount,
  );
  return mount;
}

/** The save script's entry: hooks into the reader, and into the one already open. */
export function installSave(): void {
  let mounted: HTMLElement | null = null;
  registerAfterPaintFeature('save', {
    attach: (body, article) => {
      if (mounted) render(null, mounted);
      mounted = attachSave(body, article);
    },
    detach: () => {
      if (mounted) render(null, mounted);
      mounted = null;
    },
  });
}

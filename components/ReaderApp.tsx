import { render } from 'preact';
import type { Article, Extraction, NoArticleReason } from '../utils/extract/article';
import { t, type MessageKey } from '../utils/i18n';
import { NoArticleNotice } from './NoArticleNotice';
import { Reader } from './Reader';
import { announceReaderClosed } from '../utils/page/reader-bridge';
import { useSettings } from './useSettings';
import type { ReaderSettings, SettingsStore } from '../utils/settings';

// The extraction's own `message` is English, for the CLI; people see these, in their language.
const NO_ARTICLE_MESSAGES: Record<NoArticleReason, MessageKey> = {
  'no-content': 'noArticleNoContent',
  'not-html': 'noArticleNotHtml',
  'too-large': 'noArticleTooLarge',
};

interface ReaderAppProps {
  article: Article;
  url: string;
  onClose: () => void;
  store: SettingsStore;
  /** The stored settings when the caller already has them: the first frame is then the finished reader. */
  initialSettings?: ReaderSettings;
}

export function ReaderApp({ article, url, onClose, store, initialSettings }: ReaderAppProps) {
  const { settings, change } = useSettings(store, initialSettings);
  // Nothing until the stored settings are in: a first frame at the default size would visibly jump.
  if (!settings) return null;
  return (
    <Reader
      article={article}
      url={url}
      settings={settings}
      onSettingsChange={(patch) => void change(patch)}
      onClose={onClose}
    />
  );
}

/**
 * Printing with the reader open should print the article alone. The shadow tree can restyle itself for
 * print, but hiding the page needs a document-level rule. It goes into a <style> in the shadow HOST's light
 * DOM: a connected <style> applies to the document wherever it sits, and it leaves with the host, so the
 * page's DOM after closing is exactly what it was before opening.
 */
const PRINT_PAGE_CSS = '@media print { body { display: none !important; } }';

function addPrintRule(container: HTMLElement): () => void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot)) return () => undefined;
  const style = container.ownerDocument.createElement('style');
  style.textContent = PRINT_PAGE_CSS;
  root.host.append(style);
  return () => style.remove();
}

/**
 * Mounts the reader, or the "no article" notice, into the overlay's shadow container. `url` is the address the
 * article was extracted from; `store` is where its settings are read and written (the reader's: by message).
 */
export function renderReader(
  container: HTMLElement,
  extraction: Extraction,
  close: () => void,
  url: string,
  store: SettingsStore,
  settings?: ReaderSettings,
): () => void {
  const removePrintRule = extraction.article ? addPrintRule(container) : () => undefined;
  render(
    extraction.article ? (
      <ReaderApp
        article={extraction.article}
        url={url}
        onClose={close}
        store={store}
        initialSettings={settings}
      />
    ) : (
      <NoArticleNotice message={t(NO_ARTICLE_MESSAGES[extraction.reason])} onDismiss={close} />
    ),
    container,
  );
  return () => {
    removePrintRule();
    if (extraction.article) announceReaderClosed();
    render(null, container);
  };
}

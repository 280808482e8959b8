import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article, Extraction } from '../utils/extract/article';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  updateSettings,
  watchSettings,
  type ReaderSettings,
} from '../utils/settings';
import { NoArticleNotice } from './NoArticleNotice';
import { Reader } from './Reader';

function ReaderApp({ article, onClose }: { article: Article; onClose: () => void }) {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = (patch: Partial<ReaderSettings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    void updateSettings(patch);
  };
  return <Reader article={article} settings={settings} onSettingsChange={change} onClose={onClose} />;
}

/** Mounts the reader, or the "no article" notice, into the overlay's shadow container. */
export function renderReader(container: HTMLElement, extraction: Extraction, close: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  container.addEventListener('keydown', onKeyDown);
  render(
    extraction.article ? (
      <ReaderApp article={extraction.article} onClose={close} />
    ) : (
      <NoArticleNotice message={extraction.message} onDismiss={close} />
    ),
    container,
  );
  container.querySelector<HTMLElement>('.reader')?.focus();
  return () => {
    container.removeEventListener('keydown', onKeyDown);
    render(null, container);
  };
}

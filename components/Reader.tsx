import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../utils/extract/article';
import type { ReaderSettings } from '../utils/settings';
import { announceArticleBody } from '../utils/page/reader-bridge';
import { ArticleView } from './ArticleView';
import { onReaderKey } from './reader-keys';
import { ReaderFrame } from './ReaderFrame';
import { Toolbar } from './Toolbar';

interface ReaderProps {
  article: Article;
  settings: ReaderSettings;
  onSettingsChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
  /** The page's address, for the "original page" link. */
  url: string;
}

const TITLE_ID = 'lectern-title';

export function Reader({ article, settings, onSettingsChange, onClose, url }: ReaderProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) =>
    onReaderKey(event, {
      close: onClose,
      root: rootRef.current,
      fontSize: settings.fontSize,
      onFontSize: (fontSize) => onSettingsChange({ fontSize }),
    });

  const onScroll = () => {
    const root = rootRef.current;
    const bar = barRef.current;
    if (!root || !bar) return;
    const range = root.scrollHeight - root.clientHeight;
    bar.style.transform = `scaleX(${range > 0 ? Math.min(1, root.scrollTop / range) : 0})`;
  };

  return (
    <ReaderFrame
      settings={settings}
      ref={rootRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onScroll={onScroll}
    >
      <div class="progress" aria-hidden="true">
        <div class="progress-bar" ref={barRef} />
      </div>
      <Toolbar settings={settings} onChange={onSettingsChange} onClose={onClose} />
      <ArticleView
        article={article}
        url={url}
        titleId={TITLE_ID}
        onShowOriginal={onClose}
        onBodyFilled={(body) => announceArticleBody(body, article)}
      />
    </ReaderFrame>
  );
}

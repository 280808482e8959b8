import type { Article } from '../utils/extract/article';
import { t, uiDirection } from '../utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import { ArticleBody } from './ArticleBody';

interface ArticleViewProps {
  article: Article;
  /** The page the article came from. */
  url: string;
  titleId?: string;
  /** A plain click on "original page" closes the reader instead of reloading the page it already covers. */
  onShowOriginal?: () => void;
  /** Called with the article body once it holds the article (the overlay's adjustments hook in there). */
  onBodyFilled?: (body: HTMLElement) => void;
}

/** The reading surface: shared by the overlay and the options page preview, so both look the same. */
export function ArticleView({ article, url, titleId, onShowOriginal, onBodyFilled }: ArticleViewProps) {
  const showOriginal = (event: MouseEvent) => {
    if (!onShowOriginal || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    onShowOriginal();
  };
  return (
    <article class="page" lang={article.lang ?? undefined} dir={article.dir ?? 'auto'}>
      <header class="article-header">
        {article.siteName ? <p class="site-name">{article.siteName}</p> : null}
        <h1 id={titleId}>{article.title}</h1>
        <ArticleMeta article={article} />
      </header>
      <ArticleBody html={article.content} onFilled={onBodyFilled} />
      <footer class="article-footer">
        <a href={url} onClick={showOriginal} dir={uiDirection()}>
          {t('originalPage')}
        </a>
        <span class="original-host" dir="ltr">
          {hostOf(url)}
        </span>
      </footer>
    </article>
  );
}

function ArticleMeta({ article }: { article: Article }) {
  const date = useLocalDate(article.publishedTime);
  return (
    <p class="meta">
      {article.byline ? <span class="byline">{article.byline}</span> : null}
      {date ? (
        <time dateTime={article.publishedTime ?? undefined} class="date">
          {date}
        </time>
      ) : null}
      <span class="reading-time" dir={uiDirection()}>
        {t('readingTime', String(Math.max(1, article.readingTimeMinutes)))}
      </span>
    </p>
  );
}

/**
 * The date in the user's words, from the second frame (Preact runs effects after the paint): the first date a
 * tab formats loads ICU's locale data, too slow for the first frame (docs/speed.md, "Why the code is shaped so").
 */
function useLocalDate(value: string | null): string | null {
  const [date, setDate] = useState<string | null>(null);
  useEffect(() => setDate(formatDate(value)), [value]);
  return date;
}

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

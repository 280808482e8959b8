import type { Article } from '../utils/extract/article';
import type { ReaderSettings } from '../utils/settings';
import { ArticleBody } from './ArticleBody';
import { Toolbar } from './Toolbar';

interface ReaderProps {
  article: Article;
  settings: ReaderSettings;
  onSettingsChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

export function Reader({ article, settings, onSettingsChange, onClose }: ReaderProps) {
  return (
    <div
      class="reader"
      role="dialog"
      aria-modal="true"
      aria-labelledby="lectern-title"
      data-theme={settings.theme}
      style={{ '--reader-font-size': `${settings.fontSize}px` }}
    >
      <Toolbar settings={settings} onChange={onSettingsChange} onClose={onClose} />
      <article class="page" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
        <header>
          <h1 id="lectern-title">{article.title}</h1>
          <ArticleMeta article={article} />
        </header>
        <ArticleBody html={article.content} />
      </article>
    </div>
  );
}

function ArticleMeta({ article }: { article: Article }) {
  const parts = [article.byline, article.siteName, formatDate(article.publishedTime)].filter(Boolean);
  return (
    <p class="meta">
      {parts.join(' · ')}
      {parts.length > 0 ? ' · ' : ''}
      {article.readingTimeMinutes} min read
    </p>
  );
}

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'long' });
}

import { copyArticle } from './article-copy';
import type { SaveFormat, SavedFile, SaveSource } from './exporter';
import { fileNameFor } from './file-name';
import { articleHtml, readTheme } from './html-file';
import { articleMarkdown } from './markdown';

/** The file for `format`: built from a fresh allow-listed copy of what the reader shows, never from the page. */
export function exportArticle(format: SaveFormat, source: SaveSource): SavedFile {
  const { body, article, url, savedAt, labels } = source;
  const copy = copyArticle(body, url);
  if (format === 'html') {
    const theme = readTheme(body.closest('.reader'));
    return {
      name: fileNameFor(article.title, 'html'),
      type: 'text/html;charset=utf-8',
      text: articleHtml(copy, { article, url, theme, labels }),
    };
  }
  return {
    name: fileNameFor(article.title, 'md'),
    type: 'text/markdown;charset=utf-8',
    text: articleMarkdown(copy, {
      title: article.title,
      author: article.byline,
      site: article.siteName,
      published: article.publishedTime,
      url,
      saved: savedAt.toISOString(),
    }),
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readerStyle, type ResolvedTheme } from '../../components/themes';
import { extractArticle } from '../../utils/extract';
import type { Article } from '../../utils/extract/article';
import { sanitizeToFragment } from '../../utils/sanitize';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/settings';

export const SAVE_FIXTURES = join(import.meta.dirname, '../save-fixtures');

export function readSaveFixture(name: string): string {
  return readFileSync(join(SAVE_FIXTURES, name), 'utf8');
}

export interface ShownArticle {
  body: HTMLElement;
  article: Article;
}

/**
 * A page through the reader's own path, as the save script finds it: extracted on its own jsdom window, then
 * shown in `win`'s document (the jsdom test environment's by default) as ArticleBody shows it: sanitized DOM
 * in `.article-body`, inside a themed `.reader` root.
 */
export function showInReader(
  html: string,
  url: string,
  theme: ResolvedTheme = 'light',
  settings: ReaderSettings = DEFAULT_SETTINGS,
  win: Window = window,
): ShownArticle {
  const page = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const extraction = extractArticle(page.window.document, url);
  page.window.close();
  if (!extraction.article) throw new Error(`no article in the page: ${extraction.reason}`);
  return { body: showArticle(extraction.article, theme, settings, win), article: extraction.article };
}

/** The reader's frame and body around an already extracted article, in `win`'s document. */
export function showArticle(
  article: Article,
  theme: ResolvedTheme = 'light',
  settings: ReaderSettings = DEFAULT_SETTINGS,
  win: Window = window,
): HTMLElement {
  const document = win.document;
  const frame = document.createElement('div');
  frame.className = 'reader';
  for (const [name, value] of Object.entries(readerStyle(settings, theme)))
    frame.style.setProperty(name, value);
  const page = document.createElement('article');
  page.className = 'page';
  const body = document.createElement('div');
  body.className = 'article-body';
  body.append(sanitizeToFragment(article.content, win as never));
  page.append(body);
  frame.append(page);
  document.body.append(frame);
  return body;
}

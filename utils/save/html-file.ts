import readerCss from '../../components/reader.css?inline';
import { readerStyle } from '../../components/themes';
import type { Article } from '../extract/article';
import { DEFAULT_SETTINGS } from '../settings';

// One self-contained HTML file: the reader's own stylesheet and the theme and typography the reader shows
// now, the article as our allow-listed copy (article-copy.ts), no script, and a policy that lets the file
// load nothing but its images (it opens from disk, offline, anywhere).

export const SAVED_PAGE_POLICY = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

/** reader.css styles an overlay that scrolls inside the page; a saved page is the page. */
const SAVED_PAGE_CSS = `html,body{margin:0;padding:0}.reader{position:static;overflow:visible;min-height:100vh}`;

/** Colours, font stacks, sizes: our own values, but read back from the page's DOM, so checked again. */
const SAFE_CSS_VALUE = /^[\w\s#.,%'"()+-]{1,200}$/;

export type ThemeProperties = Record<string, string>;

/** The theme and typography custom properties the reader root shows now (set by components/themes.ts). */
export function readTheme(frame: Element | null): ThemeProperties {
  const fallback = readerStyle(DEFAULT_SETTINGS, 'light');
  const style = (frame as HTMLElement | null)?.style;
  const theme: ThemeProperties = {};
  for (const [name, value] of Object.entries(fallback)) {
    const shown = style?.getPropertyValue(name).trim();
    theme[name] = shown && SAFE_CSS_VALUE.test(shown) && !shown.includes('/*') ? shown : value;
  }
  return theme;
}

export interface HtmlFileInput {
  article: Pick<Article, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir'>;
  /** The page's address. */
  url: string;
  theme: ThemeProperties;
  /** The UI's words: the link back to the page, and "Saved <date>". */
  labels: { originalPage: string; savedOn: string };
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

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | null | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(name);
  for (const [key, value] of Object.entries(attributes)) if (value) el.setAttribute(key, value);
  el.append(...children);
  return el;
}

/** The saved page, built with DOM calls in an inert document and serialized. `copy` is consumed. */
export function articleHtml(copy: HTMLElement, input: HtmlFileInput): string {
  const { article, url, theme, labels } = input;
  const doc = copy.ownerDocument.implementation.createHTMLDocument('');
  const lang = article.lang && /^[A-Za-z0-9-]{1,35}$/.test(article.lang) ? article.lang : null;
  if (lang) doc.documentElement.setAttribute('lang', lang);
  doc.head.replaceChildren(
    element(doc, 'meta', { charset: 'utf-8' }),
    element(doc, 'meta', { 'http-equiv': 'Content-Security-Policy', content: SAVED_PAGE_POLICY }),
    element(doc, 'meta', { name: 'referrer', content: 'no-referrer' }),
    element(doc, 'meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element(doc, 'title', {}, article.title),
    element(doc, 'style', {}, readerCss + SAVED_PAGE_CSS),
  );
  doc.documentElement.style.setProperty('background', theme['--bg'] ?? '');

  const published = formatDate(article.publishedTime);
  const meta = element(doc, 'p', { class: 'meta' });
  if (article.byline) meta.append(element(doc, 'span', { class: 'byline' }, article.byline));
  if (published) {
    // A machine-readable date only when it is one: otherwise the page's own words, as text.
    const valid = !Number.isNaN(new Date(article.publishedTime ?? '').getTime());
    meta.append(
      element(doc, 'time', { class: 'date', datetime: valid ? article.publishedTime : null }, published),
    );
  }
  const header = element(doc, 'header', { class: 'article-header' });
  if (article.siteName) header.append(element(doc, 'p', { class: 'site-name' }, article.siteName));
  header.append(element(doc, 'h1', {}, article.title));
  if (meta.childNodes.length) header.append(meta);

  const body = element(doc, 'div', { class: 'article-body' }, ...Array.from(copy.childNodes));
  // As in the reader: a link followed from the saved page tells the site nothing about where it was.
  for (const link of Array.from(body.querySelectorAll('a[href]')))
    link.setAttribute('rel', 'noopener noreferrer');
  const safeUrl = /^https?:/i.test(url) ? url : null;
  const footer = element(
    doc,
    'footer',
    { class: 'article-footer' },
    ...(safeUrl
      ? [element(doc, 'a', { href: safeUrl, rel: 'noopener noreferrer' }, labels.originalPage)]
      : []),
    element(doc, 'span', { class: 'original-host', dir: 'ltr' }, hostOf(url)),
    element(doc, 'span', { class: 'saved-on' }, labels.savedOn),
  );
  const page = element(
    doc,
    'article',
    { class: 'page', lang, dir: article.dir ?? 'auto' },
    header,
    body,
    footer,
  );
  const frame = element(doc, 'div', { class: 'reader' }, page);
  for (const [name, value] of Object.entries(theme)) frame.style.setProperty(name, value);
  doc.body.replaceChildren(frame);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}

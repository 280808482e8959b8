import { readabilityAfterClutterRules, type Readability } from './readability';
import { sanitizeChildrenToHtml, type PurifyWindow } from '../sanitize';
import { removeClutter } from '../clutter';
import type { Article, Extraction } from './article';
import { copyForClutterRules, documentBaseUrl } from './copy-document';
import { articleScope } from './article-scope';
import { readMetadata, normalizeDate, type PageMetadata } from './metadata';
import { fixLazyImages } from './lazy-images';
import { makeUrlsAbsolute } from './absolute-urls';
import { removeDuplicateCaptions } from './captions';
import { removeEmptyWrappers } from './empty-wrappers';
import { collapseWhitespace, countWords, forgetCopy, hasWords, linkDensity } from './text';
import { isTooLarge } from './size-guard';

export type { Article, Extraction } from './article';

const WORDS_PER_MINUTE = 230;
/** A "story" that is mostly links is a home page, a section front or a search page. */
const MAX_LINK_DENSITY = 0.5;

export interface ExtractOptions {
  /** Window whose DOMPurify sanitizes the content; defaults to the document's own window. */
  window?: PurifyWindow;
}

function noArticle(
  reason: 'no-content' | 'not-article' | 'not-html' | 'too-large',
  message: string,
): Extraction {
  return { article: null, reason, message };
}

function pick(first: string | null | undefined, fallback: string | null): string | null {
  const value = first?.trim();
  return value ? value : fallback;
}

function buildArticle(
  parsed: NonNullable<ReturnType<Readability<Element>['parse']>>,
  body: Element,
  meta: PageMetadata,
  win: PurifyWindow,
): Article {
  const textContent = collapseWhitespace(body.textContent);
  const wordCount = countWords(textContent);
  return {
    title: parsed.title?.trim() ?? '',
    byline: pick(parsed.byline, meta.byline),
    siteName: pick(parsed.siteName, meta.siteName),
    publishedTime: normalizeDate(pick(parsed.publishedTime, meta.publishedTime)),
    lang: pick(parsed.lang, meta.lang),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : meta.dir,
    excerpt: pick(parsed.excerpt, null),
    leadImage: meta.leadImage,
    content: sanitizeChildrenToHtml(body, win),
    textContent,
    wordCount,
    readingTimeMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}

/**
 * The article of `doc`, or why there is none. `doc` is never modified: everything happens on a minimal
 * private copy (see copy-document.ts). Pipeline: copy → clutter rules → Readability → clean-up
 * (lazy images, absolute URLs, duplicate captions, empty wrappers) → DOMPurify.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Extraction {
  try {
    return extractFromCopy(doc, url, options);
  } finally {
    forgetCopy();
  }
}

function extractFromCopy(doc: Document, url: string, options: ExtractOptions): Extraction {
  if (doc.contentType && !/html/i.test(doc.contentType)) {
    return noArticle('not-html', 'Reader works on web pages, not on this kind of document.');
  }
  // Element count and nesting depth (see size-guard.ts): counting stops at the limit, cheap on any page.
  if (isTooLarge(doc)) {
    return noArticle('too-large', 'This page is too large to open in the reader.');
  }
  const win = options.window ?? (doc.defaultView as unknown as PurifyWindow);
  const baseUrl = documentBaseUrl(doc, url);
  const copy = copyForClutterRules(doc, url, win, doc.body ? articleScope(doc.body) : null);
  const meta = readMetadata(copy, baseUrl, doc.body);
  removeClutter(copy.body);
  const parsed = readabilityAfterClutterRules(copy).parse();
  const body = parsed?.content;
  if (!parsed || !body) return noArticle('no-content', 'No article was found on this page.');
  fixLazyImages(body);
  makeUrlsAbsolute(body, baseUrl);
  removeDuplicateCaptions(body);
  removeEmptyWrappers(body);
  if (!hasWords(body.textContent ?? '') && body.querySelector('img, picture, video') === null) {
    return noArticle('no-content', 'No article was found on this page.');
  }
  if (linkDensity(body) > MAX_LINK_DENSITY) {
    return noArticle('not-article', 'This page looks like a list of links, not an article.');
  }
  return { article: buildArticle(parsed, body, meta, win) };
}

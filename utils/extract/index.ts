import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../sanitize';
import type { Article, Extraction } from './article';
import { declobberForms } from './declobber';
import { isTooLarge } from './size-guard';

export type { Article, Extraction } from './article';

const WORDS_PER_MINUTE = 230;

/** Extracts the article of `doc` without touching it: everything happens on a copy. */
export function extractArticle(doc: Document, url: string): Extraction {
  if (isTooLarge(doc)) {
    return { article: null, reason: 'too-large', message: 'This page is too large for the reader.' };
  }
  const copy = doc.cloneNode(true) as Document;
  declobberForms(copy);
  const parsed = new Readability(copy).parse();
  if (!parsed || !parsed.content || !parsed.textContent?.trim()) {
    return { article: null, reason: 'no-content', message: 'No article was found on this page.' };
  }
  const win = doc.defaultView as unknown as Parameters<typeof sanitizeHtml>[1];
  const textContent = parsed.textContent.trim();
  const wordCount = textContent.split(/\s+/u).filter(Boolean).length;
  const article: Article = {
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    excerpt: parsed.excerpt ?? null,
    leadImage: null,
    content: sanitizeHtml(parsed.content, win),
    textContent,
    wordCount,
    readingTimeMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
  void url;
  return { article };
}

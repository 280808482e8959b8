import { bareReadability, readabilityAfterClutterRules, type Readability } from './readability';
import { sanitizeChildrenToHtml, type PurifyWindow } from '../sanitize';
import { removeClutter, threadClutterRules } from '../clutter';
import { removeHidden } from '../clutter/hidden';
import type { Article, Extraction } from './article';
import { copyForClutterRules, documentBaseUrl } from './copy-document';
import { articleScope } from './article-scope';
import {
  keptShare,
  keptTooLittle,
  mayBeFragment,
  paragraphText,
  prefersWholePage,
  type FallbackFacts,
} from './fallback';
import { readMetadata, normalizeDate, type PageMetadata } from './metadata';
import { fixLazyImages } from './lazy-images';
import { makeUrlsAbsolute } from './absolute-urls';
import { removeDuplicateCaptions } from './captions';
import { removeEmptyWrappers } from './empty-wrappers';
import { collapseWhitespace, countWords, forgetCopy, hasWords } from './text';
import { isTooLarge } from './size-guard';
import { findThread, postBodiesIn, type Thread } from './thread';
import { trimPostChrome } from './post-chrome';

export type { Article, Extraction } from './article';

const WORDS_PER_MINUTE = 230;

export interface ExtractOptions {
  /** Window whose DOMPurify sanitizes the content; defaults to the document's own window. */
  window?: PurifyWindow;
  /**
   * The whole-page fallback (fallback.ts): 'auto' by default; 'off' and 'always' (take the whole page's article
   * whenever the article is short) are the two runs scripts/bench/fit-fallback.py fits its thresholds on.
   */
  fallback?: 'auto' | 'off' | 'always';
  /** Called with what the fallback weighed, each time it runs (for the fit). */
  onFallback?: (facts: FallbackFacts) => void;
  /**
   * The cleaned-scope fallback (fallback.ts, keptTooLittle): 'auto' by default; 'off' and 'always' (under the
   * highest share the fit tries) are the two runs scripts/bench/fit-scope.py fits its threshold on.
   */
  scopeFallback?: 'auto' | 'off' | 'always';
  /** Called with the share of the cleaned scope's paragraph text Readability kept, on every article (for the fit). */
  onKeptShare?: (share: number) => void;
}

function noArticle(reason: 'no-content' | 'not-html' | 'too-large', message: string): Extraction {
  return { article: null, reason, message };
}

const NO_CONTENT = noArticle('no-content', 'No article was found on this page.');

function pick(first: string | null | undefined, fallback: string | null): string | null {
  const value = first?.trim();
  return value ? value : fallback;
}

/** What the article takes from Readability's answer (a thread has no Readability run: its own title). */
type ParsedArticle = Partial<
  Pick<
    NonNullable<ReturnType<Readability<Element>['parse']>>,
    'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt'
  >
>;

function buildArticle(parsed: ParsedArticle, body: Element, meta: PageMetadata, win: PurifyWindow): Article {
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
 * (lazy images, absolute URLs, duplicate captions, empty wrappers) → DOMPurify; a thread skips Readability
 * (thread.ts), and Readability's article gives way to the cleaned scope or the whole page when it is a part of
 * it (fallback.ts).
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
  const thread = findThread(doc, url);
  if (thread) return threadArticle(doc, url, baseUrl, thread, win);
  const scope = doc.body ? articleScope(doc.body) : null;
  const copy = copyForClutterRules(doc, url, win, scope);
  const meta = readMetadata(copy, baseUrl, doc.body);
  removeClutter(copy.body);
  const paragraphs = paragraphText(copy.body);
  const parsed = readabilityAfterClutterRules(copy).parse();
  const body = parsed?.content;
  let result = parsed && body ? finish(parsed, body, meta, baseUrl, win) : NO_CONTENT;
  const share = keptShare(result.article, paragraphs);
  if (share !== null) options.onKeptShare?.(share);
  if (
    parsed &&
    share !== null &&
    options.scopeFallback !== 'off' &&
    keptTooLittle(share, options.scopeFallback === 'always')
  )
    result = cleanedScope(parsed, doc, url, scope, baseUrl, win, meta) ?? result;
  return doc.body ? orWholePage(result, doc, url, baseUrl, win, meta, options) : result;
}

/**
 * The story's scope after the clutter rules, without Readability: taken when Readability kept one section of it
 * (fallback.ts, keptTooLittle). The copy Readability worked on is spent, so the scope is copied and cleaned again.
 */
function cleanedScope(
  parsed: ParsedArticle,
  doc: Document,
  url: string,
  scope: Element | null,
  baseUrl: string,
  win: PurifyWindow,
  meta: PageMetadata,
): Extraction | null {
  const copy = copyForClutterRules(doc, url, win, scope);
  removeClutter(copy.body);
  removeHidden(copy.body);
  const cleaned = finish(parsed, copy.body, meta, baseUrl, win);
  return cleaned.article ? cleaned : null;
}

/** `result`, or bare Readability's article on the whole page when `result` looks like a fragment (fallback.ts). */
function orWholePage(
  result: Extraction,
  doc: Document & { body: HTMLElement },
  url: string,
  baseUrl: string,
  win: PurifyWindow,
  meta: PageMetadata,
  options: ExtractOptions,
): Extraction {
  if (options.fallback === 'off') return result;
  const prose = mayBeFragment(result.article, doc.body, options.fallback === 'always');
  if (prose === null) return result;
  const parsed = bareReadability(copyForClutterRules(doc, url, win, null)).parse();
  const whole = parsed?.content ? finish(parsed, parsed.content, meta, baseUrl, win) : NO_CONTENT;
  options.onFallback?.({
    words: result.article?.wordCount ?? 0,
    text: result.article?.textContent.length ?? 0,
    prose,
    whole: whole.article?.wordCount ?? 0,
  });
  if (options.fallback === 'always') return whole.article ? whole : result;
  return prefersWholePage(result.article, whole.article) ? whole : result;
}

/** A discussion (thread.ts): every post, cleaned by the thread's rules, without Readability (it keeps one). */
function threadArticle(
  doc: Document,
  url: string,
  baseUrl: string,
  thread: Thread,
  win: PurifyWindow,
): Extraction {
  const copy = copyForClutterRules(doc, url, win, thread.posts);
  const meta = readMetadata(copy, baseUrl, doc.body);
  const postBodies = postBodiesIn(copy.body, thread.bodyKind);
  removeClutter(
    copy.body,
    threadClutterRules(
      (el) => postBodies.some((text) => el.contains(text)),
      (el) => postBodies.some((text) => text.contains(el)),
    ),
  );
  const body = copy.body.firstElementChild;
  if (!body) return NO_CONTENT;
  trimPostChrome(body, postBodies);
  return finish({ title: threadTitle(doc), byline: null }, body, { ...meta, byline: null }, baseUrl, win);
}

/** The discussion's subject: its headline, else what the page calls itself. */
function threadTitle(doc: Document): string {
  const headline = collapseWhitespace(doc.body?.getElementsByTagName('h1')[0]?.textContent);
  return headline || collapseWhitespace(doc.title);
}

function finish(
  parsed: ParsedArticle,
  body: Element,
  meta: PageMetadata,
  baseUrl: string,
  win: PurifyWindow,
): Extraction {
  fixLazyImages(body);
  makeUrlsAbsolute(body, baseUrl);
  removeDuplicateCaptions(body);
  removeEmptyWrappers(body);
  if (!hasWords(body.textContent ?? '') && body.querySelector('img, picture, video') === null) {
    return NO_CONTENT;
  }
  return { article: buildArticle(parsed, body, meta, win) };
}

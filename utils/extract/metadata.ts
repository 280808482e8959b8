// Metadata Readability may miss: it reads JSON-LD and meta tags for title, byline, site name and date,
// but not the lead image, and not a date given only by <time datetime>. Read before clutter removal (the
// <time> often sits in a header the rules remove).

import { collapseWhitespace } from './text';

export interface PageMetadata {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|WebPage|Review/;

type MetaTags = Map<string, string>;

/** The head's meta tags by lower-cased property / name / itemprop, first one winning, in one pass. */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.head.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

function asObjects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    return Array.isArray(obj['@graph']) ? [obj, ...asObjects(obj['@graph'])] : [obj];
  }
  return [];
}

function jsonLdArticle(doc: Document): JsonObject | null {
  for (const script of Array.from(doc.head.getElementsByTagName('script'))) {
    try {
      const found = asObjects(JSON.parse(script.textContent ?? '')).find((o) =>
        ARTICLE_TYPE.test(String(o['@type'] ?? '')),
      );
      if (found) return found;
    } catch {
      // Broken JSON-LD is common (trailing commas); the meta tags still apply.
    }
  }
  return null;
}

function nameIn(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  const names = asObjects(value)
    .map((o) => (typeof o.name === 'string' ? o.name.trim() : ''))
    .filter(Boolean);
  return names.length ? names.join(', ') : null;
}

function urlIn(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? urlIn(value[0]) : null;
  if (value && typeof value === 'object') return urlIn((value as JsonObject).url);
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 when the date parses (kept as written when it already is ISO, to keep its offset). */
export function normalizeDate(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? trimmed : new Date(time).toISOString();
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function timeElementDate(body: Element | null): string | null {
  const time = Array.from(body?.getElementsByTagName('time') ?? []).find((t) => t.hasAttribute('datetime'));
  return time?.getAttribute('datetime') ?? null;
}

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], [class*="byline" i], [id*="byline" i]';
const MAX_BYLINE = 100;

/**
 * The byline printed on the page, read from the page's body before the clutter rules take byline lines out. In a
 * live page a `<noscript>` fallback inside it is markup as text ("<img src=…>"): a byline never shows markup, so
 * anything between angle brackets goes (as text; nothing is parsed).
 */
function visibleByline(body: Element | null): string | null {
  const text = collapseWhitespace(body?.querySelector(BYLINE_SELECTOR)?.textContent?.replace(/<[^>]*>/g, ''));
  const byline = text.replace(/^by\s+/i, '');
  return byline && byline.length <= MAX_BYLINE ? byline : null;
}

function direction(doc: Document, body: Element | null): 'ltr' | 'rtl' | null {
  const dir = (doc.documentElement.getAttribute('dir') ?? body?.getAttribute('dir') ?? '').toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/**
 * Metadata from `doc`'s head (the private copy's) and from `body`, the page's own body: the copy may hold only
 * the story (see article-scope.ts), while the byline or <time> can sit in a header outside it. `body` is only read.
 */
export function readMetadata(doc: Document, baseUrl: string, body: Element | null = doc.body): PageMetadata {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  return {
    byline:
      nameIn(ld?.author) ??
      meta(tags, 'author', 'parsely-author', 'sailthru.author', 'dc.creator') ??
      visibleByline(body),
    siteName: meta(tags, 'og:site_name', 'application-name') ?? nameIn(ld?.publisher),
    publishedTime: normalizeDate(
      (typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
        meta(
          tags,
          'article:published_time',
          'datePublished',
          'pubdate',
          'date',
          'dc.date',
          'DC.date.issued',
        ) ??
        timeElementDate(body),
    ),
    leadImage:
      absolute(meta(tags, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), baseUrl) ??
      absolute(urlIn(ld?.image), baseUrl),
    lang: doc.documentElement.getAttribute('lang')?.trim() || meta(tags, 'og:locale', 'language') || null,
    dir: direction(doc, body),
  };
}

/** What the reader shows. Every consumer (content script, CLI, fixtures, benchmarks) gets this shape. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives a parseable date, else the page's own string. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Absolute URL of the lead image, if the page names one. */
  leadImage: string | null;
  /** Sanitized HTML of the article body. Render it only through utils/sanitize.ts. */
  content: string;
  /** Plain text, white space collapsed (the CLI prints it one block a line: scripts/lib/extract-page.ts). */
  textContent: string;
  wordCount: number;
  readingTimeMinutes: number;
}

export type NoArticleReason = 'no-content' | 'not-html' | 'too-large';

export type Extraction = { article: Article } | { article: null; reason: NoArticleReason; message: string };

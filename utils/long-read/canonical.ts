import { builtIn } from '../extract/built-in';

/**
 * The address the live page declares as its article's own (<link rel=canonical>), resolved against the page's
 * base, or null. Read only; the page's named elements cannot stand in for the methods (DOM clobbering). The
 * background decides whether to use it (utils/long-read/url.ts: the sender's own origin only).
 */
export function readCanonical(doc: Document): string | null {
  const link = builtIn(doc, 'querySelector').call(doc, 'link[rel~="canonical" i][href]');
  if (!link) return null;
  const href = builtIn(link, 'getAttribute').call(link, 'href');
  const base = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')?.get?.call(doc) as
    string | undefined;
  try {
    return href ? new URL(href.trim(), base ?? doc.URL).href : null;
  } catch {
    return null;
  }
}

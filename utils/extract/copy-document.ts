// The extraction's private copy of the page. Not document.cloneNode(true): a fresh, inert document gets
// only what extraction reads — the head's title, meta, canonical link and JSON-LD, a <base> that makes
// every relative URL resolve against the page, and the body (whose scripts, styles, SVG and embeds the
// clutter walk drops). Cheaper than a full clone, and the live page is never touched.

import { declobberForms } from './declobber';
import { materializeNoscriptImages } from './noscript-images';

type PurifyWindow = Parameters<typeof materializeNoscriptImages>[1];

const HEAD_TAGS = new Set(['title', 'meta', 'link', 'script']);

function wantedInHead(el: Element): boolean {
  if (!HEAD_TAGS.has(el.localName)) return false;
  if (el.localName === 'link') return /canonical/i.test(el.getAttribute('rel') ?? '');
  if (el.localName === 'script') return isJsonLd(el);
  return true;
}

function isJsonLd(el: Element): boolean {
  return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  try {
    return new URL(href ?? '', pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function copyRootAttributes(from: Element, to: Element): void {
  for (const name of ['lang', 'dir']) {
    const value = from.getAttribute(name);
    if (value !== null) to.setAttribute(name, value);
  }
}

export function copyForExtraction(doc: Document, pageUrl: string): Document {
  const copy = doc.implementation.createHTMLDocument('');
  copyRootAttributes(doc.documentElement, copy.documentElement);
  copy.head.replaceChildren();
  const base = copy.createElement('base');
  base.setAttribute('href', documentBaseUrl(doc, pageUrl));
  copy.head.append(base);
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (wantedInHead(el)) copy.head.append(copy.importNode(el, true));
  }
  if (doc.body) {
    copy.body.replaceWith(copy.importNode(doc.body, true));
    // JSON-LD in the body (common on WordPress) moves to the head, where metadata is read.
    for (const script of Array.from(copy.body.getElementsByTagName('script'))) {
      if (isJsonLd(script)) copy.head.append(script);
    }
  }
  return copy;
}

/**
 * The private copy as the clutter rules see it: form names that clobber DOM properties stripped and
 * `<noscript>` images turned into elements. extractArticle starts from it, and the Removed panel's replay
 * (utils/adjustments/record.ts) too, so both find the same blocks in the same places.
 */
export function copyForClutterRules(doc: Document, pageUrl: string, win: PurifyWindow): Document {
  const copy = copyForExtraction(doc, pageUrl);
  declobberForms(copy);
  materializeNoscriptImages(copy.body, win);
  return copy;
}

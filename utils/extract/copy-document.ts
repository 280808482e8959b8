// The extraction's private copy of the page. Not document.cloneNode(true): a fresh, inert document gets
// only what extraction reads — the head's title, meta, canonical link and JSON-LD, a <base> that makes
// every relative URL resolve against the page, and the body (whose scripts, styles, SVG and embeds the
// clutter walk drops). Cheaper than a full clone, and the live page is never touched.

import { renewCustomizedBuiltIns } from './customized-built-ins';
import { declobberForms } from './declobber';
import { unhideLoadingGuards } from './loading-guards';
import { materializeNoscriptImages } from './noscript-images';
import type { PurifyWindow } from '../sanitize';

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

/**
 * Metadata in the page's body goes to the copy's head, where it is read, whatever part of the body is copied:
 * JSON-LD (common on WordPress), and the head's own tags when a stray element before them (a `<center>` of ad
 * code on autoracing.com.br) made the parser end the head there and put the rest in the body.
 */
function bodyMetadata(body: Element): Element[] {
  return Array.from(body.querySelectorAll('title, meta[name], meta[property], link, script')).filter(
    wantedInHead,
  );
}

/**
 * `body` holding only `scope`, its ancestors copied without their other children: rules and Readability still
 * see the story inside its <article> or <main> (a header in an article is the story's, one outside is the site's).
 */
function copyScope(body: Element, scope: Element, copy: Document): Element {
  let copied = copy.importNode(scope, true);
  for (let el = scope.parentElement; el; el = el.parentElement) {
    const shell = copy.importNode(el, false);
    shell.append(copied);
    copied = shell;
    if (el === body) break;
  }
  return copied;
}

/**
 * What of the page's body the copy holds: one element (see article-scope.ts) with its ancestors as shells, a
 * discussion's posts side by side (see thread.ts), or, with null, the whole body.
 */
export type CopyScope = Element | readonly Element[] | null;

function copyPosts(posts: readonly Element[], copy: Document): Element {
  const body = copy.createElement('body');
  const thread = copy.createElement('div');
  for (const post of posts) thread.append(copy.importNode(post, true));
  body.append(thread);
  return body;
}

/** The private copy, holding what `scope` says of the page's body. */
export function copyForExtraction(doc: Document, pageUrl: string, scope: CopyScope = null): Document {
  const copy = doc.implementation.createHTMLDocument('');
  copyRootAttributes(doc.documentElement, copy.documentElement);
  copy.head.replaceChildren();
  const base = copy.createElement('base');
  base.setAttribute('href', documentBaseUrl(doc, pageUrl));
  copy.head.append(base);
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (wantedInHead(el)) copy.head.append(copy.importNode(el, true));
  }
  if (!doc.body) return copy;
  for (const el of bodyMetadata(doc.body)) copy.head.append(copy.importNode(el, true));
  if (Array.isArray(scope)) {
    copy.body.replaceWith(copyPosts(scope, copy));
  } else if (scope) {
    copy.body.replaceWith(copyScope(doc.body, scope as Element, copy));
  } else {
    copy.body.replaceWith(copy.importNode(doc.body, true));
  }
  return copy;
}

/**
 * The private copy as the clutter rules see it: form names that clobber DOM properties stripped, customized
 * built-in elements made plain, `<noscript>` images turned into elements and a page hidden until its scripts run
 * shown. extractArticle starts from it
 * (scoped to the story), and the Removed panel's replay (utils/adjustments/record.ts) too (whole body, so that
 * it can list what lies outside).
 */
export function copyForClutterRules(
  doc: Document,
  pageUrl: string,
  win: PurifyWindow,
  scope: CopyScope = null,
): Document {
  const copy = copyForExtraction(doc, pageUrl, scope);
  declobberForms(copy);
  renewCustomizedBuiltIns(copy);
  materializeNoscriptImages(copy.body, win);
  unhideLoadingGuards(copy.body);
  return copy;
}

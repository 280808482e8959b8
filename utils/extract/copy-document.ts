// The extraction's private copy of the page. Not document.cloneNode(true): a fresh, inert document gets
// only what extraction reads — the head's title, meta, canonical link and JSON-LD, a <base> that makes
// every relative URL resolve against the page, and the body without scripts, styles, SVG and embeds.
// Cheaper than a full clone, and the live page is never touched.

const HEAD_SELECTOR =
  'head title, head meta, head link[rel~="canonical"], script[type="application/ld+json"]';

/** Nothing in these reaches the reader; dropping them up front spares every later pass. */
const BODY_JUNK =
  'script, style, link, template, svg, canvas, iframe, object, embed, ' +
  'input, select, textarea, button, audio source[src^="blob:"], map';

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
  for (const node of Array.from(doc.querySelectorAll(HEAD_SELECTOR))) {
    copy.head.append(copy.importNode(node, true));
  }
  if (doc.body) {
    const body = copy.importNode(doc.body, true) as HTMLElement;
    for (const junk of Array.from(body.querySelectorAll(BODY_JUNK))) junk.remove();
    copy.body.replaceWith(body);
  }
  return copy;
}

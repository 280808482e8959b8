import { attributeOf, HEADING_TAG, tagOf, type ClutterRule } from './rule';
import { shortTextOf } from '../extract/text';

// Permalink anchors in headings: Sphinx's and MkDocs' "¶", Docusaurus' "#", GitHub's and Hugo's link icons. In the
// reader they are a stray symbol at the end of every heading of a documentation page. Safe: only an in-page link
// inside a heading whose whole text is such a symbol (or nothing): a heading's own words are never removed.
const ANCHOR_TEXT = /^[¶#§🔗]?$/u;
const HEADING = 'h1, h2, h3, h4, h5, h6';

// Design systems put the icon beside the heading instead (Twilio's Paste: `<div><h2 id="x">…</h2><a href="#x">
// <svg><title>x page anchor</title>…</svg></a></div>`). The icon's title is link text to Readability, and the
// wrapper, a heading and a "link", went as too linky: every section of the quickstart lost its heading. Safe:
// the link must point at the heading right before it and show no words outside its icon.
function isIconLinkBesideItsHeading(el: Element, href: string): boolean {
  const heading = el.previousElementSibling;
  if (!heading || !HEADING_TAG.test(heading.localName) || !heading.id || href !== `#${heading.id}`)
    return false;
  const icon = el.querySelector('svg');
  const iconText = icon?.textContent?.trim() ?? '';
  const text = shortTextOf(el, iconText.length + 2);
  return text !== null && ANCHOR_TEXT.test(text.replace(iconText, '').trim());
}

export const headingAnchors: ClutterRule = {
  name: 'heading-anchors',
  test: (el) => {
    const href = tagOf(el) === 'a' ? attributeOf(el, 'href') : null;
    if (href === null || !href.startsWith('#')) return false;
    const text = shortTextOf(el, 2);
    if (text !== null && ANCHOR_TEXT.test(text) && el.closest(HEADING) !== null) return true;
    return isIconLinkBesideItsHeading(el, href);
  },
};

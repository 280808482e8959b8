import { attributeOf, tagOf, type ClutterRule } from './rule';
import { shortTextOf } from '../extract/text';

// Permalink anchors in headings: Sphinx's and MkDocs' "¶", Docusaurus' "#", GitHub's and Hugo's link icons. In the
// reader they are a stray symbol at the end of every heading of a documentation page. Safe: only an in-page link
// inside a heading whose whole text is such a symbol (or nothing): a heading's own words are never removed.
const ANCHOR_TEXT = /^[¶#§🔗]?$/u;
const HEADING = 'h1, h2, h3, h4, h5, h6';

export const headingAnchors: ClutterRule = {
  name: 'heading-anchors',
  test: (el) => {
    if (tagOf(el) !== 'a' || !(attributeOf(el, 'href') ?? '').startsWith('#')) return false;
    const text = shortTextOf(el, 2);
    return text !== null && ANCHOR_TEXT.test(text) && el.closest(HEADING) !== null;
  },
};

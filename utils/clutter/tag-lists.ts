import { childCountOf, tagOf, type ClutterRule } from './rule';
import { linkDensity, surelyLongerThan, textLengthAtMost } from '../extract/text';

// Tag and topic lists under a story ("Tags: stock car 2018, stock car brasil, ..."). Safe: named for
// tags/topics/keywords or made of rel="tag" links, short, and mostly link text.
const TAG_NAME =
  /(?<![a-z])(tags?|tag-?(list|links|cloud|s-?list)|post-?tags|article-?tags|entry-?tags|topics?|topic-?list|keywords?|categories|post-?categories)(?![a-z])/;
const MAX_TEXT = 400;
const MIN_LINK_DENSITY = 0.5;

// Most pages have no rel="tag" link at all, and there the scan below finds nothing: skipped. Asked once per
// document (the walk asks about every element of one copy); a WeakMap, so no copy is kept alive.
const tagLinksIn = new WeakMap<Document, boolean>();

function hasTagLinks(doc: Document): boolean {
  let found = tagLinksIn.get(doc);
  if (found === undefined) tagLinksIn.set(doc, (found = doc.querySelector('a[rel*="tag" i]') !== null));
  return found;
}

/**
 * Every link is rel="tag" (WordPress' tag links), at least two of them. Asked of every element: walks the
 * live collection and stops at the first other link, instead of listing all the links of a story wrapper.
 */
function isListOfTagLinks(el: Element): boolean {
  if (tagOf(el) === 'a' || childCountOf(el) === 0 || !hasTagLinks(el.ownerDocument)) return false;
  const links = el.getElementsByTagName('a');
  let count = 0;
  for (let link = links[0]; link; link = links[++count]) {
    if (!/\btag\b/i.test(link.getAttribute('rel') ?? '')) return false;
  }
  return count >= 2;
}

export const tagLists: ClutterRule = {
  name: 'tag-lists',
  // The paragraph bound first: a block with a story's paragraphs in it is no tag list, and finding its first
  // link meant scanning its paragraphs (one block without links is a scan of its whole subtree): a sixth of
  // the clutter walk on the benchmark's small pages.
  test: (el, name) =>
    !surelyLongerThan(el, MAX_TEXT) &&
    (TAG_NAME.test(name) || isListOfTagLinks(el)) &&
    textLengthAtMost(el, MAX_TEXT) &&
    linkDensity(el) >= MIN_LINK_DENSITY,
};

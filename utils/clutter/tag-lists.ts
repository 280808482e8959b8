import type { ClutterRule } from './rule';
import { linkDensity, textLength } from '../extract/text';

// Tag and topic lists under a story ("Tags: stock car 2018, stock car brasil, ..."). Safe: named for
// tags/topics/keywords or made of rel="tag" links, short, and mostly link text.
const TAG_NAME =
  /(?<![a-z])(tags?|tag-?(list|links|cloud|s-?list)|post-?tags|article-?tags|entry-?tags|topics?|topic-?list|keywords?|categories|post-?categories)(?![a-z])/;
const MAX_TEXT = 400;
const MIN_LINK_DENSITY = 0.5;

/** Every link is rel="tag" (WordPress' tag links), at least two of them. */
function isListOfTagLinks(el: Element): boolean {
  if (el.localName === 'a') return false;
  const links = Array.from(el.getElementsByTagName('a'));
  return links.length >= 2 && links.every((a) => /\btag\b/i.test(a.getAttribute('rel') ?? ''));
}

export const tagLists: ClutterRule = {
  name: 'tag-lists',
  test: (el, name) =>
    (TAG_NAME.test(name) || isListOfTagLinks(el)) &&
    textLength(el) <= MAX_TEXT &&
    linkDensity(el) >= MIN_LINK_DENSITY,
};

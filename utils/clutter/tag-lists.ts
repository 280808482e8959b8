import type { ClutterRule } from './rule';
import { linkDensity, textLength } from '../extract/text';

// Tag and topic lists under a story ("Tags: stock car 2018, stock car brasil, ..."). Safe: named for
// tags/topics/keywords, short, and made of links.
const TAG_NAME =
  /(?<![a-z])(tags?|tag-?(list|links|cloud|s-?list)|post-?tags|article-?tags|entry-?tags|topics?|topic-?list|keywords?|categories|post-?categories)(?![a-z])/;
const MAX_TEXT = 400;
const MIN_LINK_DENSITY = 0.5;

export const tagLists: ClutterRule = {
  name: 'tag-lists',
  test: (el, name) =>
    TAG_NAME.test(name) && textLength(el) <= MAX_TEXT && linkDensity(el) >= MIN_LINK_DENSITY,
};

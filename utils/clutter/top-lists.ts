import { childCountOf, HEADING_TAG, tagOf, type ClutterRule } from './rule';
import { linkDensity, normalizedText, normalizedTextOf } from '../extract/text';

// "Top 10 Stories", most-read / most-popular / trending / related / recommended / "read next" /
// "don't miss" blocks: lists of other articles' headlines. Safe: a candidate is either named for such a
// list or titled by such a heading, and must be mostly link text (headlines), so a prose section that
// merely has class "related" (a trap Readability's tracker knows well) is kept. Not "See also": that is how a
// reference page or an encyclopedia entry closes (MDN's WebSocket page lost its "See also" to this rule).
const LIST_NAME =
  /(?<![a-z])(related|most-?(read|popular|viewed|shared|commented)|popular|trending|top-?(\d+|stories|news)|recommend|read-?next|up-?next|more-?(stories|news|articles|from)|also-?read|dont-?miss|taboola|outbrain|you-?may-?like|news-?list|headlines)/;
const LIST_HEADING =
  /^(top \d+( stories| news| articles)?|most (read|popular|viewed|shared|commented)( stories| articles| news)?|trending( now| stories)?|popular( now| stories| articles)?|related( stories| articles| news| content| posts| coverage| links)?|recommended( for you| stories| articles)?|you (may|might) (also )?like|read (next|more|also)|more (stories|news|articles|from [^]{1,40}|great [^]{1,40} stories)|don'?t miss|also read|see on [^]{1,30}|editor'?s? picks?|latest (news|stories)|in case you missed it|what to read next)\s*:?$/;
const MIN_LINK_DENSITY = 0.5;
const BLOCK_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol']);
const LIST_TAGS = new Set(['ul', 'ol', 'div']);

/** The block's title: a heading that opens it, directly or inside its first child. */
function leadingHeadingText(el: Element): string {
  const first = el.firstElementChild;
  if (!first) return '';
  if (HEADING_TAG.test(first.localName)) return normalizedText(first.textContent);
  const nested = first.firstElementChild;
  return nested && HEADING_TAG.test(nested.localName) ? normalizedText(nested.textContent) : '';
}

/** A bare "Don't miss" / "Most read" heading directly followed by a list of links. */
function isListTitle(el: Element): boolean {
  if (!HEADING_TAG.test(tagOf(el)) && !(tagOf(el) === 'p' && childCountOf(el) === 1)) return false;
  const next = el.nextElementSibling;
  if (!next || !LIST_TAGS.has(next.localName)) return false;
  return LIST_HEADING.test(normalizedTextOf(el)) && linkDensity(next) >= MIN_LINK_DENSITY;
}

export const topLists: ClutterRule = {
  name: 'top-lists',
  test: (el, name) => {
    if (isListTitle(el)) return true;
    return (
      (LIST_NAME.test(name) || (BLOCK_TAGS.has(tagOf(el)) && LIST_HEADING.test(leadingHeadingText(el)))) &&
      linkDensity(el) >= MIN_LINK_DENSITY
    );
  },
  companions: (el) => (isListTitle(el) && el.nextElementSibling ? [el.nextElementSibling] : []),
};

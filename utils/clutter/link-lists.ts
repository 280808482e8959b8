import type { ClutterRule } from './rule';
import { linkDensity, normalizedTextOf } from '../extract/text';

// Lists of headline links dropped into or under a story without a title (Space.com's "NASA Europa
// Mission Could Potentially Spot Signs of Alien Life / Photos: Europa, ..."): other articles, not this
// one. Safe: every item must be nothing but one link of headline length (4 to 20 words), so lists of
// sources, steps or short named links ("PDF", "Wikipedia") stay.
const MIN_ITEMS = 2;
const MIN_WORDS = 4;
const MAX_WORDS = 20;
const ALL_LINK = 0.95;

function isHeadlineLinkItem(li: Element): boolean {
  if (li.getElementsByTagName('a').length !== 1) return false;
  const words = normalizedTextOf(li).split(' ').length;
  return words >= MIN_WORDS && words <= MAX_WORDS && linkDensity(li) >= ALL_LINK;
}

export const linkLists: ClutterRule = {
  name: 'link-lists',
  test: (el) => {
    if (el.localName !== 'ul' && el.localName !== 'ol') return false;
    const items = Array.from(el.children).filter((child) => child.localName === 'li');
    return (
      items.length >= MIN_ITEMS && items.length === el.children.length && items.every(isHeadlineLinkItem)
    );
  },
};

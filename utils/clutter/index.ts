import type { ClutterRule } from './rule';
import { hidden } from './hidden';
import { cookieBanners } from './cookie-banners';
import { popups } from './popups';
import { newsletter } from './newsletter';
import { shareBars } from './share-bars';
import { settingsWidgets } from './settings-widgets';
import { siteChrome } from './site-chrome';
import { navigation } from './navigation';
import { topLists } from './top-lists';
import { backToTop } from './back-to-top';
import { adSlots } from './ad-slots';
import { comments } from './comments';
import { authorBio } from './author-bio';
import { tagLists } from './tag-lists';

export type { ClutterRule } from './rule';

/**
 * Clutter rules in the order they run. Invisible and overlaid things first (they hide nothing else),
 * then page chrome, then the blocks that sit around or inside the story.
 */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  hidden,
  cookieBanners,
  popups,
  newsletter,
  shareBars,
  settingsWidgets,
  siteChrome,
  navigation,
  topLists,
  backToTop,
  adSlots,
  comments,
  authorBio,
  tagLists,
];

/** Text of paragraphs: the part of a page that is article prose, whatever the container names say. */
function paragraphTextLength(root: Element): number {
  let total = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) total += (p.textContent ?? '').length;
  return total;
}

/** A removal is vetoed when the element holds at least this share of the page's paragraph text. */
const GUARD_SHARE = 0.4;

/** The guard: true when removing `el` would take most of the article with it. */
export function holdsMostOfTheText(el: Element, pageParagraphText: number): boolean {
  if (pageParagraphText === 0) return false;
  if ((el.textContent ?? '').length < GUARD_SHARE * pageParagraphText) return false;
  return paragraphTextLength(el) >= GUARD_SHARE * pageParagraphText;
}

export interface ClutterRemoval {
  rule: string;
  element: Element;
}

/**
 * Removes clutter from `root` (which must belong to a private copy of the page) and reports what each
 * rule removed. Rules see the tree left by the rules before them.
 */
export function removeClutter(
  root: Element,
  rules: readonly ClutterRule[] = CLUTTER_RULES,
): ClutterRemoval[] {
  const pageParagraphText = paragraphTextLength(root);
  const removed: ClutterRemoval[] = [];
  for (const rule of rules) {
    for (const el of Array.from(root.querySelectorAll(rule.selector))) {
      if (!root.contains(el)) continue;
      if (rule.matches && !rule.matches(el)) continue;
      if (holdsMostOfTheText(el, pageParagraphText)) continue;
      el.remove();
      removed.push({ rule: rule.name, element: el });
    }
  }
  return removed;
}

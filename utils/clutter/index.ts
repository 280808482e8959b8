import { askAbout, nameOf, tagOf, type ClutterRule } from './rule';
import { forgetCopy, forgetText, measureParagraphText, textOf } from '../extract/text';
import { hidden } from './hidden';
import { cookieBanners } from './cookie-banners';
import { popups } from './popups';
import { hoverCards } from './hover-cards';
import { newsletter } from './newsletter';
import { shareBars } from './share-bars';
import { settingsWidgets } from './settings-widgets';
import { siteChrome } from './site-chrome';
import { navigation } from './navigation';
import { topLists } from './top-lists';
import { backToTop } from './back-to-top';
import { headingAnchors } from './heading-anchors';
import { adSlots } from './ad-slots';
import { comments } from './comments';
import { authorBio } from './author-bio';
import { signatures } from './signatures';
import { tagLists } from './tag-lists';
import { datesAndBylines } from './dates-and-bylines';
import { relatedLinks } from './related-links';
import { uiLabels } from './ui-labels';
import { teasers } from './teasers';
import { storyCards } from './story-cards';
import { affiliateDisclosures } from './affiliate-disclosures';
import { copyrightNotices } from './copyright-notices';
import { photoCredits } from './photo-credits';

export type { ClutterRule } from './rule';

/**
 * Clutter rules in the order they run. Invisible and overlaid things first (they hide nothing else),
 * then page chrome, then the blocks that sit around or inside the story.
 */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  hidden,
  cookieBanners,
  popups,
  hoverCards,
  newsletter,
  shareBars,
  settingsWidgets,
  siteChrome,
  navigation,
  topLists,
  teasers,
  storyCards,
  relatedLinks,
  backToTop,
  headingAnchors,
  adSlots,
  comments,
  authorBio,
  signatures,
  tagLists,
  datesAndBylines,
  affiliateDisclosures,
  copyrightNotices,
  photoCredits,
  uiLabels,
];

/**
 * The rules a discussion's posts go through (utils/extract/thread.ts). Each post's author and time say who said
 * what, so the byline and author-bio rules do not run there. No rule removes what holds a post's text: a short
 * reply whose author is a linked heading is a "story card" to an article's rules. The comment rule also spares
 * what lies in a post's text (Invision's .ipsComment_content) and removes what sits beside it (Stack Exchange's
 * comments under an answer). `holdsPostText(el)`: `el` holds a post's text; `inPostText(el)`: it is part of one.
 */
export function threadClutterRules(
  holdsPostText: (el: Element) => boolean,
  inPostText: (el: Element) => boolean,
): readonly ClutterRule[] {
  return CLUTTER_RULES.filter((rule) => rule !== datesAndBylines && rule !== authorBio).map((rule) => ({
    ...rule,
    test: (el: Element, name: string) =>
      rule.test(el, name) && !holdsPostText(el) && !(rule === comments && inPostText(el)),
  }));
}

/** Text of paragraphs: the part of a page that is article prose, whatever the container names say. */
function paragraphTextLength(root: Element): number {
  let total = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) total += (p.textContent ?? '').length;
  return total;
}

/** A removal is vetoed when the element holds at least this share of the page's paragraph text. */
const GUARD_SHARE = 0.4;

/** Paragraph text that makes a block an article of its own when it also carries a headline. */
const GUARD_HEADLINED_TEXT = 500;
const HEADLINED = 'h1, article, [itemprop="articleBody"]';

/**
 * The guard: true when removing `el` would take the article with it — it holds a large share of the
 * page's paragraph text, or it is a headlined story of its own (Yahoo shows the article in a "modal").
 */
export function holdsMostOfTheText(el: Element, pageParagraphText: number): boolean {
  if (pageParagraphText === 0) return false;
  const threshold = Math.min(GUARD_SHARE * pageParagraphText, GUARD_HEADLINED_TEXT);
  if (textOf(el).length < threshold) return false;
  const text = paragraphTextLength(el);
  if (text >= GUARD_SHARE * pageParagraphText) return true;
  return text >= GUARD_HEADLINED_TEXT && el.querySelector(HEADLINED) !== null;
}

export interface ClutterRemoval {
  rule: string;
  element: Element;
}

/** Elements that never reach the reader (the sanitizer would drop them), dropped in the same walk. */
const JUNK_TAGS = new Set([
  'script',
  'style',
  'link',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'input',
  'select',
  'textarea',
  'button',
  'map',
]);

/**
 * Code listings are the page's content to the letter: a rule that reads names would take a highlighter's
 * comment spans (react.dev's `sp-syntax-comment` lines in useState's examples) for comment widgets. The walk
 * does not enter them.
 */
const VERBATIM_TAGS = new Set(['pre', 'code']);

/** The element after `el` in document order, skipping `el`'s subtree, or null past `root`. */
export function nextOutside(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

function clutterRuleFor(
  el: Element,
  rules: readonly ClutterRule[],
  pageParagraphText: number,
): ClutterRule | 'junk' | null {
  askAbout(el);
  try {
    if (JUNK_TAGS.has(tagOf(el))) return 'junk';
    const name = nameOf(el);
    // A loop rather than rules.find: no callback per element, which costs while the code is still cold, as it
    // is on every first click (a fresh content-script world; docs/speed.md).
    for (const rule of rules) {
      if (rule.test(el, name)) return holdsMostOfTheText(el, pageParagraphText) ? null : rule;
    }
    return null;
  } finally {
    askAbout(null);
  }
}

/**
 * Removes clutter from `root` (which must belong to a private copy of the page) in one walk in document
 * order, so the outermost clutter block goes first and its subtree is never visited. For each element
 * the rules are asked in registry order; the first that matches removes it, unless the guard vetoes.
 */
export function removeClutter(
  root: Element,
  rules: readonly ClutterRule[] = CLUTTER_RULES,
): ClutterRemoval[] {
  // One read of every paragraph: the guard's page total and the short-text rules' lower bounds.
  const pageParagraphText = measureParagraphText(root);
  const removed: ClutterRemoval[] = [];
  forgetText();
  let el = root.firstElementChild;
  while (el) {
    if (VERBATIM_TAGS.has(tagOf(el))) {
      el = nextOutside(el, root);
      continue;
    }
    const rule = clutterRuleFor(el, rules, pageParagraphText);
    if (!rule) {
      el = el.firstElementChild ?? nextOutside(el, root);
      continue;
    }
    const companions = rule === 'junk' ? [] : (rule.companions?.(el) ?? []);
    const last = companions[companions.length - 1] ?? el;
    const next = nextOutside(last, root);
    forgetText();
    for (const gone of [el, ...companions]) {
      gone.remove();
      if (rule !== 'junk') removed.push({ rule: rule.name, element: gone });
    }
    el = next;
  }
  forgetCopy();
  return removed;
}

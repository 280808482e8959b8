import { attributeOf, nameOf, type ClutterRule } from './rule';

// Hidden from the reader: the `hidden` attribute, aria-hidden="true" and inline display:none /
// visibility:hidden (only inline styles: computing styles would force layout). Safe because the page
// itself never shows these, and Readability skips them the same way when scoring; the one exception
// Readability makes, aria-hidden wrappers of a "fallback-image", is kept here too.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

// Also hidden by the browser's own style sheet: a `popover` until a button opens it (Invision Community's
// "install this app" and notification cards: read as the posts of a squarespace.com thread). And by two
// framework classes whose only rule is display:none: Bootstrap's and Stack Overflow's `d-none` (Stack Exchange
// repeats every comment's author and date in d-none copies for its structured data, and wraps each post in
// "\$\begingroup\$" ones) and Invision's `ipsHide` (corsair.com's forum: every member's "System Specs" menu,
// forty lines of hardware under each post's author). Not Tailwind's and Bootstrap 3's `hidden` or `hide`: shops
// and service pages hide sections with them until a script reveals them on scroll (WCXB: five pages lost from a
// quarter to half of their text). Not when a responsive class shows the block again (`d-none d-md-block`).
export const HIDING_CLASSES = ['d-none', 'ipsHide'];
/** Tested on the element's lower-case name (nameOf), which the walk has read already. */
const HIDING_CLASS = new RegExp(`(?:^|\\s)(?:${HIDING_CLASSES.join('|').toLowerCase()})(?:\\s|$)`);
const SHOWN_FROM_SOME_WIDTH = /(?:^|\s)d-[a-z]{2,3}-(?!none)[a-z-]+(?:\s|$)/;

function isHiddenByClass(name: string): boolean {
  return HIDING_CLASS.test(name) && !SHOWN_FROM_SOME_WIDTH.test(name);
}

/** Elements the `hidden` rule may say yes to: the others have none of what it reads. */
export const MAY_BE_HIDDEN = [
  '[hidden], [style], [aria-hidden], [popover]',
  ...HIDING_CLASSES.map((c) => `.${c}`),
].join(', ');

export const hidden: ClutterRule = {
  name: 'hidden',
  test: (el, name) => {
    if (attributeOf(el, 'hidden') !== null || attributeOf(el, 'popover') !== null) return true;
    if (isHiddenByClass(name)) return true;
    const style = attributeOf(el, 'style');
    if (style && HIDDEN_STYLE.test(style)) return true;
    return (
      attributeOf(el, 'aria-hidden') === 'true' &&
      !(attributeOf(el, 'class') ?? '').includes('fallback-image')
    );
  },
};

/**
 * Removes every hidden element of `root`, the guard or not. The clutter walk's guard keeps a hidden block that
 * holds most of the text (a story shown by script), and Readability then skips it; where Readability's article
 * is not used (the cleaned scope, utils/extract/fallback.ts), it must not come back: Readability's
 * "visibility-hidden" test page hides most of its text.
 */
export function removeHidden(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(MAY_BE_HIDDEN))) {
    if (el.isConnected && hidden.test(el, nameOf(el))) el.remove();
  }
}

import { attributeOf, type ClutterRule } from './rule';

// Hidden from the reader: the `hidden` attribute, aria-hidden="true" and inline display:none /
// visibility:hidden (only inline styles: computing styles would force layout). Safe because the page
// itself never shows these, and Readability skips them the same way when scoring; the one exception
// Readability makes, aria-hidden wrappers of a "fallback-image", is kept here too.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export const hidden: ClutterRule = {
  name: 'hidden',
  test: (el) => {
    if (attributeOf(el, 'hidden') !== null) return true;
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
  for (const el of Array.from(root.querySelectorAll('[hidden], [style], [aria-hidden]'))) {
    if (el.isConnected && hidden.test(el, '')) el.remove();
  }
}

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

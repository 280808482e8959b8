import { attributeOf, tagOf, type ClutterRule } from './rule';
import { normalizedTextOf } from '../extract/text';

// "go top" / "back to top" / "scroll up" links and buttons. Safe: only in-page links or elements named
// for it, and only when their whole text is such a label.
const TOP_NAME =
  /(?<![a-z])(back-?to-?top|go-?top|scroll-?top|to-?top|top-?btn|top_btn|gotop|totop|scrolltop)/;
const TOP_TEXT =
  /^(\^|↑|▲)?\s*(go (to )?top|back to top|to top|top|scroll (to )?top|return to top|top of page)\s*(\^|↑|▲)?$/;

export const backToTop: ClutterRule = {
  name: 'back-to-top',
  test: (el, name) => {
    const inPageLink = tagOf(el) === 'a' && (attributeOf(el, 'href') ?? '').startsWith('#');
    if (!inPageLink && !TOP_NAME.test(name)) return false;
    const text = normalizedTextOf(el);
    if (text.length > 30) return false;
    if (TOP_TEXT.test(text)) return true;
    return TOP_NAME.test(name) && el.querySelector('p, h1, h2, h3, img') === null;
  },
};

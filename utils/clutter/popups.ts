import { attributeOf, tagOf, type ClutterRule } from './rule';

// Pop-ups and modals: dialogs, overlays and "X CLOSE" boxes laid over the page (subscribe walls, app
// prompts). Safe: an article is never inside a dialog, and a lightbox class on a figure is not matched
// because only dialog roles or popup/modal names are.
const POPUP = /(?<![a-z])(popup|pop-up|modal|interstitial)(?![a-z])/;

/** Pop-ups are boxes; an inline <a class="popup"> is a footnote link in the text (Wikisource). */
const CONTAINERS = new Set(['div', 'section', 'aside', 'form', 'ul']);

export const popups: ClutterRule = {
  name: 'popups',
  test: (el, name) => {
    const tag = tagOf(el);
    if (tag === 'dialog' || attributeOf(el, 'aria-modal') === 'true') return true;
    const role = attributeOf(el, 'role');
    if (role === 'dialog' || role === 'alertdialog') return true;
    return CONTAINERS.has(tag) && POPUP.test(name);
  },
};

import type { ClutterRule } from './rule';

// Pop-ups and modals: dialogs, overlays and "X CLOSE" boxes laid over the page (subscribe walls, app
// prompts). Safe: an article is never inside a dialog, and a lightbox class on a figure is not matched
// because only dialog roles or popup/modal names are.
const POPUP = /(?<![a-z])(popup|pop-up|modal|interstitial)(?![a-z])/;

export const popups: ClutterRule = {
  name: 'popups',
  test: (el, name) => {
    const tag = el.localName;
    if (tag === 'dialog' || el.getAttribute('aria-modal') === 'true') return true;
    const role = el.getAttribute('role');
    if (role === 'dialog' || role === 'alertdialog') return true;
    return tag !== 'body' && tag !== 'html' && POPUP.test(name);
  },
};

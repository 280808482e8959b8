import { hidden, MAY_BE_HIDDEN } from '../clutter/hidden';
import { visibleLength } from './text';

// Pages that hide themselves until their scripts have run: geeksforgeeks' Next.js shell wraps the whole page in
// `<div style="visibility:hidden;min-height:100vh">` that a script shows, and a page with a dialog open marks
// everything behind it aria-hidden. In a saved page (the CLI) or one whose scripts are still loading, that
// wrapper holds the whole story, and Readability, which skips hidden elements, found no article at all.
// A hidden block holding nearly all of the page's text is a page waiting to be shown, not a hidden part of it
// (Readability's "visibility-hidden" test page hides half of its text, and that half stays hidden).

/** Nearly all: what a guard leaves outside is the site's header, a skip link, a cookie bar. */
const GUARD_SHARE = 0.9;
/** Guards sit just under the body (geeksforgeeks: three levels); a deeper hidden block is part of the page. */
const MAX_DEPTH = 5;
const NEAR_THE_TOP = Array.from(
  { length: MAX_DEPTH },
  (_, depth) => `:scope > ${'* > '.repeat(depth)}:is(${MAY_BE_HIDDEN})`,
).join(', ');

/** Shows `body`'s hidden wrappers that hold nearly all of its text. `body` is the extraction's copy. */
export function unhideLoadingGuards(body: Element): void {
  const candidates = Array.from(body.querySelectorAll(NEAR_THE_TOP)).filter((el) => hidden.test(el, ''));
  if (candidates.length === 0) return;
  const pageText = visibleLength(body.textContent ?? '');
  for (const el of candidates) {
    if (pageText > 0 && visibleLength(el.textContent ?? '') >= GUARD_SHARE * pageText)
      unhide(el as HTMLElement);
  }
}

function unhide(el: HTMLElement): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  el.removeAttribute('popover');
  el.classList.remove('d-none', 'ipsHide');
  el.style.removeProperty('visibility');
  if (el.style.display === 'none') el.style.removeProperty('display');
}

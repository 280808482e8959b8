import { hidden, HIDING_CLASSES, MAY_BE_HIDDEN } from '../clutter/hidden';
import { nameOf } from '../clutter/rule';
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

/**
 * A guard holds a page's worth of text: hidden blocks near the top are mostly icons and menus, and reading the
 * whole page's text to weigh them cost a first click about as much as the rest of this step.
 */
const MIN_GUARDED_TEXT = 500;

/** Shows `body`'s hidden wrappers that hold nearly all of its text. `body` is the extraction's copy. */
export function unhideLoadingGuards(body: Element): void {
  let pageText: number | null = null;
  for (const el of Array.from(body.querySelectorAll(NEAR_THE_TOP))) {
    if (!hidden.test(el, nameOf(el))) continue;
    const text = visibleLength(el.textContent ?? '');
    if (text < MIN_GUARDED_TEXT) continue;
    pageText ??= visibleLength(body.textContent ?? '');
    if (text >= GUARD_SHARE * pageText) unhide(el as HTMLElement);
  }
}

function unhide(el: HTMLElement): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  el.removeAttribute('popover');
  el.classList.remove(...HIDING_CLASSES);
  el.style.removeProperty('visibility');
  if (el.style.display === 'none') el.style.removeProperty('display');
}

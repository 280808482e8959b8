import { sanitizeToFragment } from '../sanitize';
import { blockUnits } from './blocks';
import { similarity, textKey } from './fingerprint';
import { collapseWhitespace } from '../extract/text';
import type { Removal } from './record';

// Putting blocks back into, and taking them out of, the rendered article. Restored HTML enters the DOM
// only through the sanitizer, inside a wrapper of ours; a block the user removes is swapped for an empty
// comment that marks its place, so putting it back is exact.

/** The wrapper of a restored block. */
export const RESTORED_CLASS = 'lectern-restored';
/** The reader's own controls inside the article ("Remove this"): never a block of the article. */
export const CONTROL_CLASS = 'lectern-control';
const ANCHOR_MATCH = 0.8;

function isOurs(el: Element): boolean {
  return el.classList.contains(RESTORED_CLASS) || el.classList.contains(CONTROL_CLASS);
}

/** The article's blocks as "Remove this" and the anchors see them: our wrappers and controls left out. */
export function articleUnits(body: Element): Element[] {
  return blockUnits(body, isOurs);
}

function findAnchor(units: Element[], key: string | null): Element | undefined {
  if (!key) return undefined;
  const keys = units.map(textKey);
  const at =
    keys.indexOf(key) >= 0
      ? keys.indexOf(key)
      : keys.findIndex((other) => similarity(other, key) >= ANCHOR_MATCH);
  if (at >= 0) return units[at];
  return units.find((unit) => collapseWhitespace(unit.textContent).includes(key));
}

function orderOf(el: Element | null): number {
  return el?.classList.contains(RESTORED_CLASS) ? Number((el as HTMLElement).dataset.order) : Infinity;
}

/**
 * Puts a removed block back where it was: after the block that preceded it in the page (past blocks
 * restored there earlier in the page), else before the one that followed it, else at the end.
 */
export function restoreBlock(body: HTMLElement, removal: Removal): HTMLElement {
  const doc = body.ownerDocument;
  const wrapper = doc.createElement('div');
  wrapper.className = RESTORED_CLASS;
  wrapper.dataset.order = String(removal.order);
  wrapper.append(sanitizeToFragment(removal.html(), doc.defaultView as never));
  const units = articleUnits(body);
  const before = findAnchor(units, removal.before);
  const after = before ? undefined : findAnchor(units, removal.after);
  if (before) {
    let at: Element = before;
    while (orderOf(at.nextElementSibling) < removal.order) at = at.nextElementSibling as Element;
    at.after(wrapper);
  } else if (after) after.before(wrapper);
  else body.append(wrapper);
  return wrapper;
}

/** Takes a block out of the article; the returned function puts it back exactly where it was. */
export function takeOut(block: Element): () => void {
  const mark = block.ownerDocument.createComment('');
  block.replaceWith(mark);
  return () => mark.replaceWith(block);
}

import type { Readability as ReadabilityType } from '@mozilla/readability';
// The package's index also bundles isProbablyReaderable, which nothing here uses, into the reader's first-paint
// script. Readability.js alone is the same class (the index re-exports it).
import ReadabilityClass from '@mozilla/readability/Readability.js';
import { hidden } from '../clutter/hidden';

export const Readability = ReadabilityClass as typeof ReadabilityType;
export type Readability<T = string> = ReadabilityType<T>;

/**
 * Readability on a copy the clutter rules have walked, returning the article's element (the sanitizer takes
 * the nodes, without a serialize-and-parse round trip). keepClasses skips Readability's walk that strips class
 * attributes: the sanitizer drops them all anyway.
 *
 * Readability asks each node whether it is visible through `node.style`, which makes Chromium build a style
 * declaration for every element: a tenth of its time on our copies. The `hidden` rule has already removed
 * those elements by the same test on attributes, so that test answers here too (and for what the guard kept).
 */
export function readabilityAfterClutterRules(copy: Document): Readability<Element> {
  const reader = new Readability<Element>(copy, {
    serializer: (el: Node) => el as Element,
    keepClasses: true,
  });
  Object.assign(reader, {
    _isProbablyVisible: (el: Element) => !el.hasAttributes() || !hidden.test(el, ''),
  });
  return reader;
}

/**
 * Readability as it comes, on a copy of the whole page no clutter rule has walked: the whole-page fallback
 * (fallback.ts), which must see what the rules removed, and Readability's own visibility test with it.
 */
export function bareReadability(copy: Document): Readability<Element> {
  return new Readability<Element>(copy, { serializer: (el: Node) => el as Element, keepClasses: true });
}

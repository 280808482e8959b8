import { builtIn } from './built-in';

// Readability's cost grows faster than linearly with a page's element count and nesting depth, and a page
// can build any tree it likes with DOM calls (the parser's own depth cap of 512 does not apply to them).
// Past these limits the reader says the page is too large instead of freezing the tab.
export const MAX_ELEMENTS = 60_000;
export const MAX_DEPTH = 500;

/** True when the page has more elements or deeper nesting than extraction can handle in time. */
export function isTooLarge(doc: Document): boolean {
  // Counted natively first; nesting cannot be deeper than the element count, so only a page of more than
  // MAX_DEPTH elements is walked for its depth. Small pages, where our fixed steps weigh most next to bare
  // Readability's, pay no walk.
  const elements = builtIn(doc, 'getElementsByTagName').call(doc, '*').length;
  if (elements > MAX_ELEMENTS) return true;
  if (elements <= MAX_DEPTH) return false;
  // A TreeWalker is the browser's own iteration: no getter of a (clobberable) element is read.
  const walker = builtIn(doc, 'createTreeWalker').call(doc, doc, 1);
  let depth = 0;
  for (;;) {
    if (walker.firstChild()) {
      if (++depth > MAX_DEPTH + 1) return true;
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode()) return false;
      depth -= 1;
    }
  }
}

// Readability's cost grows faster than linearly with a page's element count and nesting depth, and a page
// can build any tree it likes with DOM calls (the parser's own depth cap of 512 does not apply to them).
// Past these limits the reader says the page is too large instead of freezing the tab.
export const MAX_ELEMENTS = 60_000;
export const MAX_DEPTH = 500;

/**
 * A built-in getter read through the prototype chain: a page's `<img name="documentElement">` shadows the
 * property on the document object itself (DOM clobbering), never on its prototypes.
 */
function builtIn<T>(target: object, key: string): T {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const getter = Object.getOwnPropertyDescriptor(proto, key)?.get;
    if (getter) return getter.call(target) as T;
  }
  return undefined as T;
}

/** True when the page has more elements or deeper nesting than extraction can handle in time. */
export function isTooLarge(doc: Document): boolean {
  let element = builtIn<Element | null>(doc, 'documentElement');
  let depth = 0;
  let count = 0;
  while (element) {
    if (++count > MAX_ELEMENTS || depth > MAX_DEPTH) return true;
    const child = builtIn<Element | null>(element, 'firstElementChild');
    if (child) {
      element = child;
      depth += 1;
      continue;
    }
    while (element && !builtIn<Element | null>(element, 'nextElementSibling')) {
      element = builtIn<Element | null>(element, 'parentElement');
      depth -= 1;
    }
    element = element && builtIn<Element | null>(element, 'nextElementSibling');
  }
  return false;
}

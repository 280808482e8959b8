/**
 * A method read from `target`'s prototype chain, never from `target` itself: a page's named elements
 * (`<img name="getElementsByTagName">` on a document, `<input name="querySelectorAll">` in a form) shadow the
 * property on the object (DOM clobbering), never on its prototypes.
 */
export function builtIn<T extends object, K extends keyof T>(target: T, key: K): T[K] {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const value: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
    if (typeof value === 'function') return value as T[K];
  }
  throw new TypeError(`no built-in ${String(key)}`);
}

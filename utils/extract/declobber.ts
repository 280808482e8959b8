// A form's named controls shadow its own DOM properties (`<form><input name="parentNode">` makes
// form.parentNode that input), so Readability's ancestor walks never end and its method calls throw. Forms
// and their controls never reach the reader (the sanitizer drops them), so on the copy their names and ids go.
const FORM_NAMED = 'form [name], form [id], [form][name], [form][id]';

/** The built-in method, looked up past any named property a page put on `target` itself. */
function builtInMethod(target: object, key: string): (...args: unknown[]) => unknown {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const value = Object.getOwnPropertyDescriptor(proto, key)?.value;
    if (typeof value === 'function') return value as (...args: unknown[]) => unknown;
  }
  throw new TypeError(`no built-in ${key}`);
}

/** Removes the names and ids that clobber form properties, in `copy` only (never on the live page). */
export function declobberForms(copy: Document): void {
  const found = builtInMethod(copy, 'querySelectorAll').call(copy, FORM_NAMED) as NodeListOf<Element>;
  for (const element of Array.from(found)) {
    element.removeAttribute('name');
    element.removeAttribute('id');
  }
}

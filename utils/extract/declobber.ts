import { builtIn } from './built-in';

// A form's named controls shadow its own DOM properties (`<form><input name="parentNode">` makes
// form.parentNode that input), so Readability's ancestor walks never end and its method calls throw. Forms
// and their controls never reach the reader (the sanitizer drops them), so on the copy their names and ids go.
const FORM_NAMED = 'form [name], form [id], [form][name], [form][id]';

/** Removes the names and ids that clobber form properties, in `copy` only (never on the live page). */
export function declobberForms(copy: Document): void {
  const found = builtIn(copy, 'querySelectorAll').call(copy, FORM_NAMED);
  for (const element of Array.from(found)) {
    element.removeAttribute('name');
    element.removeAttribute('id');
  }
}

// Test markup becomes DOM through the environment's DOMParser, never innerHTML: in the code under test only
// utils/sanitize.ts turns HTML into DOM, and the tests keep to the same rule.

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The body of a standards-mode page holding `html`. */
export function bodyOf(html: string): HTMLElement {
  return parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
}

/**
 * A clutter rule. The engine in index.ts walks the extraction's private copy of the page once, in
 * document order, and asks each rule (in registry order) about each element; a rule answers from the
 * element's tag and its class/id/role `name` first (cheap: it runs on every element) and only then
 * from its text. The guard in index.ts vetoes any removal that would take most of the article's text.
 */
export interface ClutterRule {
  /** Same as the rule's file name (the registry meta-test checks it). */
  name: string;
  /** True when `el` is this kind of clutter. `name` is nameOf(el). */
  test: (el: Element, name: string) => boolean;
  /** Elements that go with a matched one (the list under a "Don't miss" heading). */
  companions?: (el: Element) => Element[];
}

/** Class, id and role of an element as one lower-case string, `_` read as `-`, for name-based rules. */
export function nameOf(el: Element): string {
  const cls = el.getAttribute('class');
  const role = el.getAttribute('role');
  const raw = `${el.id}${cls ? ` ${cls}` : ''}${role ? ` ${role}` : ''}`;
  return raw.toLowerCase().replace(/_/g, '-');
}

/**
 * A clutter rule: candidates found by a CSS selector, optionally narrowed by a check on each one. Rules
 * run on the extraction's private copy of the page, before Readability, so they only ever remove nodes
 * from that copy; the guard in index.ts vetoes any removal that would take most of the article's text.
 */
export interface ClutterRule {
  /** Same as the rule's file name (the registry meta-test checks it). */
  name: string;
  selector: string;
  matches?: (el: Element) => boolean;
}

/** Class, id and role of an element as one lower-case string, for name-based rules. */
export function nameOf(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('role') ?? ''}`.toLowerCase();
}

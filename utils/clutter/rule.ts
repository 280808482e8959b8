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

// The element the engine is asking the rules about, with what they read of it. In the extension's isolated
// world every DOM read is a call into the browser (a fraction of a microsecond), and with every rule asked
// about every element, reading the same tag, child count and attributes again and again cost more than the
// rules' own tests. Rules read the element under test through these; any other element, straight from the DOM.
let asked: Element | null = null;
let askedTag = '';
let askedChildren = 0;
/** Most elements of a page (paragraphs, emphasis, list items) have no attributes at all: one read says so. */
let askedHasAttributes = false;
const askedAttributes = new Map<string, string | null>();

/** Starts (or, with null, ends) the rules' questions about `el`; the tree does not change in between. */
export function askAbout(el: Element | null): void {
  asked = el;
  askedAttributes.clear();
  if (el) {
    askedTag = el.localName;
    askedChildren = el.childElementCount;
    askedHasAttributes = el.hasAttributes();
  }
}

/** `el.localName`. */
export function tagOf(el: Element): string {
  return el === asked ? askedTag : el.localName;
}

/** `el.childElementCount`. */
export function childCountOf(el: Element): number {
  return el === asked ? askedChildren : el.childElementCount;
}

/** `el.getAttribute(name)`. */
export function attributeOf(el: Element, name: string): string | null {
  if (el !== asked) return el.getAttribute(name);
  if (!askedHasAttributes) return null;
  let value = askedAttributes.get(name);
  if (value === undefined) {
    value = el.getAttribute(name);
    askedAttributes.set(name, value);
  }
  return value;
}

/** Class, id and role of an element as one lower-case string, `_` read as `-`, for name-based rules. */
export function nameOf(el: Element): string {
  const id = attributeOf(el, 'id') ?? '';
  const cls = attributeOf(el, 'class');
  const role = attributeOf(el, 'role');
  const raw = `${id}${cls ? ` ${cls}` : ''}${role ? ` ${role}` : ''}`;
  return raw.toLowerCase().replace(/_/g, '-');
}

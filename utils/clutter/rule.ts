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
/**
 * The names of its attributes, read in one call: rules ask about a dozen attributes (hidden, style, role,
 * aria-modal, data-ad-slot, href…) that most elements do not have, and a name not in this list needs no read.
 */
let askedAttributeNames: string[] = [];
const NONE: string[] = [];

/** Starts (or, with null, ends) the rules' questions about `el`; the tree does not change in between. */
export function askAbout(el: Element | null): void {
  asked = el;
  if (el) {
    askedTag = el.localName;
    askedChildren = el.childElementCount;
    // Most elements of a page (paragraphs, emphasis, list items) have no attributes at all: one read says so.
    askedAttributeNames = el.hasAttributes() ? el.getAttributeNames() : NONE;
  }
}

/** Tags of headings: several rules treat a heading as the text's own, or as the title of the block after it. */
export const HEADING_TAG = /^h[1-6]$/;

/** `el.localName`. */
export function tagOf(el: Element): string {
  return el === asked ? askedTag : el.localName;
}

/** `el.childElementCount`. */
export function childCountOf(el: Element): number {
  return el === asked ? askedChildren : el.childElementCount;
}

/** `el.getAttribute(name)`; `name` in lower case. */
export function attributeOf(el: Element, name: string): string | null {
  return el !== asked || askedAttributeNames.includes(name) ? el.getAttribute(name) : null;
}

/** Class, id and role of an element as one lower-case string, `_` read as `-`, for name-based rules. */
export function nameOf(el: Element): string {
  const id = nameGivingIdOf(el);
  const cls = attributeOf(el, 'class');
  const role = attributeOf(el, 'role');
  const raw = `${id}${cls ? ` ${cls}` : ''}${role ? ` ${role}` : ''}`;
  return raw.toLowerCase().replace(/_/g, '-');
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/**
 * The element's id, unless it is only its title's slug: documentation generators and design systems give every
 * heading (and Sphinx every section) an id made of its words, and a title says what the section is about, not
 * what kind of block it is. Twilio's "Sign up for Twilio and get a phone number" step went as a newsletter
 * sign-up, Flask's "Cookies" section as a cookie bar.
 */
function nameGivingIdOf(el: Element): string {
  const id = attributeOf(el, 'id');
  if (!id) return '';
  const title = HEADING_TAG.test(tagOf(el)) ? el : el.firstElementChild;
  if (!title || !HEADING_TAG.test(title.localName)) return id;
  const slug = (text: string) => text.toLowerCase().replace(NOT_ALPHANUMERIC, '');
  return slug(id) === slug(title.textContent ?? '') ? '' : id;
}

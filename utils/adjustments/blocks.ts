import { collapseWhitespace } from '../extract/text';

// The units a reader thinks in: a paragraph, a heading, a list, a figure, a table — or a plain container
// holding text of its own (a div of loose text, a one-line "Share this" box). Outermost units only: a
// paragraph inside a blockquote belongs to the quote. The same definition serves the page copy (what was
// removed, and its neighbours) and the rendered article (what "Remove this" offers, where a block goes back).

const UNIT_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'table',
  'figure',
  'img',
  'picture',
  'video',
  'audio',
]);

const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'form',
  'details',
  'address',
  'center',
]);

function isBlockish(el: Element): boolean {
  return UNIT_TAGS.has(el.localName) || CONTAINER_TAGS.has(el.localName);
}

function hasOwnText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

export function isUnit(el: Element): boolean {
  if (UNIT_TAGS.has(el.localName)) return true;
  if (!CONTAINER_TAGS.has(el.localName)) return false;
  if (hasOwnText(el)) return true;
  return !Array.from(el.children).some(isBlockish) && collapseWhitespace(el.textContent) !== '';
}

/** Units under `root` in document order; `skip` leaves out a subtree (the reader's own controls). */
export function blockUnits(root: Element, skip: (el: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (skip(child)) continue;
      if (isUnit(child)) found.push(child);
      else visit(child);
    }
  };
  visit(root);
  return found;
}

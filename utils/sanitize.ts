import DOMPurify, { type Config } from 'dompurify';
import { codeLanguage, LANGUAGE_CLASS } from './save/code-language';

// The one module that turns extracted HTML into DOM. Page HTML is hostile: everything the reader
// renders passes through here, with an explicit allow-list (reading markup only: no scripts, event
// handlers, forms, frames, styles, SVG or MathML), URLs limited to http(s)/mailto/tel/relative, data:
// URLs only for raster images, and every link opening in a new tab without opener or referrer.

const ALLOWED_TAGS = [
  // Text structure.
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'address',
  'details',
  'summary',
  // Inline semantics.
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ruby',
  'rt',
  'rp',
  'data',
  // Lists and tables.
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  // Media.
  'figure',
  'figcaption',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'lang',
  'dir',
  'datetime',
  'cite',
  'start',
  'reversed',
  'type',
  'value',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'span',
  'poster',
  'controls',
  'media',
  'kind',
  'srclang',
  'label',
  'open',
  'abbr',
];

/** Schemes a link or media URL may use; anything without a scheme is a relative URL. */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const RASTER_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;
const IMAGE_TAGS = new Set(['IMG', 'SOURCE']);
const CODE_TAGS = /^(?:PRE|CODE)$/;
const HTTP_URL = /^(?:https?:|\/|\.|[^:/?#]+(?:[/?#]|$))/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  // DOM out: the reader inserts it, and the extraction's HTML string is it serialized (see serialize).
  RETURN_DOM_FRAGMENT: true,
};

/** The window DOMPurify works in: the page's own, or jsdom's in Node (the CLI, the benchmarks). */
export type PurifyWindow = Parameters<typeof DOMPurify>[0];

/** `doc`'s window as DOMPurify types it (the DOM's Window and DOMPurify's WindowLike do not line up). */
export function windowOf(doc: Document): PurifyWindow {
  return doc.defaultView as unknown as PurifyWindow;
}
type Purifier = ReturnType<typeof DOMPurify>;

/** Every URL of a srcset must be http(s) or relative: browsers ignore javascript: there, but we never pass it on. */
function isSafeSrcset(value: string): boolean {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .every((url) => url === '' || HTTP_URL.test(url) || RASTER_DATA_URL.test(url));
}

function createPurifier(win: PurifyWindow): Purifier {
  // DOMPurify's module built an instance for this realm's own window on import (its default export): configured
  // here, it saves building a second one on every first click. Node (the CLI) has no such window, and another
  // window gets its own.
  const purify = win === Reflect.get(globalThis, 'window') ? DOMPurify : DOMPurify(win);
  // A code block keeps the language its page names, as one normalized class (every other class goes): a saved
  // Markdown file fences the block with it (utils/save).
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (!CODE_TAGS.test(node.nodeName)) return;
    const language = codeLanguage(node as Element);
    if (language) (node as Element).setAttribute('class', `language-${language}`);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim();
    // Browsers drop tabs and line breaks inside a URL ("da\nta:" is data:), so spaces are removed before the
    // test; a value whose first character is not a "d" cannot start with "data:" either way.
    if (
      (value.charCodeAt(0) | 0x20) === 0x64 &&
      /^data:/i.test(value.replace(/\s/g, '')) &&
      !(IMAGE_TAGS.has(node.nodeName) && RASTER_DATA_URL.test(value))
    ) {
      data.keepAttr = false;
    }
    if (data.attrName === 'srcset' && !isSafeSrcset(value)) data.keepAttr = false;
    if (data.attrName === 'class' && CODE_TAGS.test(node.nodeName) && LANGUAGE_CLASS.test(value))
      data.forceKeepAttr = true;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  purify.setConfig(CONFIG);
  return purify;
}

// One DOMPurify per window, configured once: building one and parsing its config costs more than sanitizing a
// short string (every <noscript> image fallback is sanitized on its own), and a first click builds them cold
// (docs/speed.md). So one, returning DOM; the HTML string is that DOM serialized, which is what DOMPurify's own
// string output is (its sanitized body's innerHTML).
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: PurifyWindow): Purifier {
  const key: object = win ?? globalThis;
  let found = purifiers.get(key);
  if (!found) purifiers.set(key, (found = createPurifier(win)));
  return found;
}

// DOMPurify keeps what it took out of its last input (`removed`), and one node of it keeps alive the whole
// document it belongs to: after the reader closed, the page's private copy stayed in memory until the next open
// (heap snapshot after open/close cycles, tests/hostile lifecycle).
function purified(dirty: string | Node, win: PurifyWindow): DocumentFragment {
  const purify = purifierFor(win);
  const clean = purify.sanitize(dirty) as unknown as DocumentFragment;
  purify.removed.length = 0;
  return clean;
}

function serialize(fragment: DocumentFragment): string {
  const box = fragment.ownerDocument.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

/** Sanitized HTML string: for the Article's `content`, produced wherever extraction runs. */
export function sanitizeHtml(html: string, win: PurifyWindow = windowOf(document)): string {
  return serialize(sanitizeToFragment(html, win));
}

/**
 * Sanitized HTML of the children of `el`, an element of the extraction's private copy, which this empties.
 * DOMPurify imports them into its own inert document and sanitizes them there, as it does any DOM input,
 * instead of our serializing them to a string for it to parse again (about a third of the sanitizing time).
 */
export function sanitizeChildrenToHtml(el: Element, win: PurifyWindow = windowOf(document)): string {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return serialize(purified(range.extractContents(), win));
}

/** Sanitized DOM, the only way extracted HTML enters a document the user sees. */
export function sanitizeToFragment(html: string, win: PurifyWindow = windowOf(document)): DocumentFragment {
  return purified(html, win);
}

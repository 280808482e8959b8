import { codeLanguage } from './code-language';

// What a saved file holds: the article the reader shows, rebuilt node by node into a document of its own from
// an allow-list of reading markup. The reader's body is already sanitized; this second, stricter pass also
// leaves out the reader's own controls (put there by the after-paint features) and keeps only URLs that mean
// the same thing in a file opened anywhere: absolute http(s) links and images.

/** Elements copied as they are (with the attributes below); anything else not dropped is unwrapped. */
const KEPT = new Set([
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
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'address',
  'details',
  'summary',
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
  'figure',
  'figcaption',
  'img',
]);

/** Never copied, nor anything inside: active or interactive content, and media sources handled on their own. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'input',
  'select',
  'textarea',
  'form',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'dialog',
  'link',
  'meta',
  'base',
  'slot',
  'source',
  'track',
]);

const NUMBER = /^\d{1,4}$/;
const LANG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
const RASTER_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;

type AttributeRule = (value: string, base: string) => string | null;

const text: AttributeRule = (value) => value;
const number: AttributeRule = (value) => (NUMBER.test(value.trim()) ? value.trim() : null);
const link: AttributeRule = (value, base) => absoluteUrl(value, base, LINK_SCHEMES);

/** Attributes kept per element ('*': on every element); each value checked by its rule. */
const ATTRIBUTES: Record<string, Record<string, AttributeRule>> = {
  '*': {
    lang: (value) => (LANG.test(value.trim()) ? value.trim() : null),
    dir: (value) => (DIRECTIONS.has(value.trim().toLowerCase()) ? value.trim().toLowerCase() : null),
    title: text,
  },
  a: { href: link },
  img: { src: imageUrl, alt: text, width: number, height: number },
  blockquote: { cite: link },
  q: { cite: link },
  del: { cite: link, datetime: text },
  ins: { cite: link, datetime: text },
  time: { datetime: text },
  data: { value: text },
  ol: { start: number, reversed: () => '', type: (value) => (/^[1aAiI]$/.test(value) ? value : null) },
  li: { value: number },
  td: { colspan: number, rowspan: number, headers: text },
  th: { colspan: number, rowspan: number, headers: text, scope: text, abbr: text },
  col: { span: number },
  colgroup: { span: number },
  details: { open: () => '' },
};

/** A URL resolved against the page, kept only with one of `schemes`. */
export function absoluteUrl(value: string, base: string, schemes: ReadonlySet<string>): string | null {
  if (!value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function imageUrl(value: string, base: string): string | null {
  // Embedded raster images need no request; anything else must be an absolute http(s) address.
  const trimmed = value.trim();
  if (RASTER_DATA_URL.test(trimmed) && !/[\s"'<>]/.test(trimmed)) return trimmed;
  return absoluteUrl(trimmed, base, IMAGE_SCHEMES);
}

/** The first usable address of a srcset, for an image the page gave no plain src. */
function firstSrcsetUrl(srcset: string | null, base: string): string | null {
  for (const candidate of (srcset ?? '').split(',')) {
    const url = imageUrl(candidate.trim().split(/\s+/)[0] ?? '', base);
    if (url) return url;
  }
  return null;
}

/** The reader's own markup in its article body: everything the sanitizer would never let through. */
function readerUiAction(el: Element): 'skip' | 'unwrap' | null {
  const ours = Array.from(el.classList).filter((name) => name.startsWith('lectern-'));
  // "Remove this" and any other control a feature puts into the article; hidden parts are not shown.
  if (
    ours.includes('lectern-control') ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true'
  )
    return 'skip';
  // A put-back block's wrapper (and any other wrapper of ours): its content is the article's.
  return ours.length ? 'unwrap' : null;
}

/** The text of a code block as shown: line breaks written as <br> count as line breaks. */
function codeText(pre: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === 'br') out += '\n';
      else if (!DROPPED.has(el.localName) && readerUiAction(el) !== 'skip') el.childNodes.forEach(walk);
    }
  };
  pre.childNodes.forEach(walk);
  return out;
}

class ArticleCopier {
  constructor(
    private readonly doc: Document,
    private readonly base: string,
  ) {}

  copyChildren(from: Node, to: Node): void {
    for (const child of Array.from(from.childNodes)) this.copy(child, to);
  }

  private copy(node: Node, to: Node): void {
    if (node.nodeType === 3) {
      to.appendChild(this.doc.createTextNode(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType !== 1) return; // comments (a removed block's place), processing instructions
    const el = node as Element;
    const name = el.localName;
    const ours = readerUiAction(el);
    if (ours === 'skip' || DROPPED.has(name)) return;
    if (ours === 'unwrap') return this.copyChildren(el, to);
    if (name === 'pre') return void to.appendChild(this.codeBlock(el));
    if (name === 'video' || name === 'audio') return this.mediaLink(el, to);
    if (name === 'img') {
      const img = this.element(el);
      if (!img.hasAttribute('src')) {
        const fallback = firstSrcsetUrl(el.getAttribute('srcset'), this.base);
        if (!fallback) return;
        img.setAttribute('src', fallback);
      }
      to.appendChild(img);
      return;
    }
    if (!KEPT.has(name)) return this.copyChildren(el, to);
    const copy = this.element(el);
    to.appendChild(copy);
    this.copyChildren(el, copy);
  }

  /** The element alone, with its allowed attributes. */
  private element(el: Element): HTMLElement {
    const copy = this.doc.createElement(el.localName);
    const rules = { ...ATTRIBUTES['*'], ...ATTRIBUTES[el.localName] };
    for (const attr of Array.from(el.attributes)) {
      const rule = Object.hasOwn(rules, attr.name) ? rules[attr.name] : undefined;
      const value = rule?.(attr.value, this.base);
      if (value !== null && value !== undefined) copy.setAttribute(attr.name, value);
    }
    return copy;
  }

  /** One <pre><code> with the block's text and, when the page named it, its language. */
  private codeBlock(pre: Element): HTMLElement {
    const block = this.element(pre);
    const code = this.doc.createElement('code');
    const inner = pre.querySelector('code');
    const language = (inner && codeLanguage(inner)) ?? codeLanguage(pre);
    if (language) code.className = `language-${language}`;
    code.textContent = codeText(pre);
    block.appendChild(code);
    return block;
  }

  /** A video or audio player becomes a link to its file: a saved file plays nothing itself. */
  private mediaLink(el: Element, to: Node): void {
    const sources = [
      el.getAttribute('src'),
      ...Array.from(el.querySelectorAll('source'), (s) => s.getAttribute('src')),
    ];
    const url = sources.map((src) => (src ? absoluteUrl(src, this.base, IMAGE_SCHEMES) : null)).find(Boolean);
    if (!url) return;
    const paragraph = this.doc.createElement('p');
    const anchor = this.doc.createElement('a');
    anchor.setAttribute('href', url);
    anchor.textContent = url;
    paragraph.appendChild(anchor);
    to.appendChild(paragraph);
  }
}

/**
 * A copy of the reader's article body in an inert document of its own (nothing in it loads or runs), made of
 * allowed reading markup only, with absolute URLs resolved against `baseUrl` (the page's address).
 */
export function copyArticle(body: Element, baseUrl: string): HTMLElement {
  const doc = body.ownerDocument.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  doc.body.appendChild(root);
  new ArticleCopier(doc, baseUrl).copyChildren(body, root);
  return root;
}

import { LINE_BREAK, splitSentences, type SentenceSpan } from './sentences';

/**
 * The article as Listen walks it: a sequence of units, each one paragraph's worth of text (a heading, a
 * list item, a caption…) or one block read as a short note instead of its content (code, tables). Found
 * lazily from wherever listening starts, one unit at a time: pressing Listen on a 100,000-paragraph article
 * touches the paragraphs it reads, not the article.
 */

/** A run of the unit's text: a text node of the article, or a <br> (node null, text LINE_BREAK). */
export interface Segment {
  node: Text | null;
  start: number;
  end: number;
}

interface UnitBase {
  /** The block the unit's text belongs to (a paragraph, heading, list item; the <pre> or <table> itself). */
  block: Element;
  /** First and last node of the unit in document order, to walk on from. */
  first: Node;
  last: Node;
  /** The language to speak it in: the nearest lang attribute, or null. */
  lang: string | null;
}

export interface TextUnit extends UnitBase {
  kind: 'text';
  text: string;
  segments: Segment[];
  sentences: SentenceSpan[];
}

/** A block that is not read word for word: a short note says it is there, and reading goes on after it. */
export interface NoteUnit extends UnitBase {
  kind: 'code' | 'table';
}

export type Unit = TextUnit | NoteUnit;

// Never read and never entered: media, form controls and buttons (a feature's "Remove this"), hidden parts,
// and the reader's own site name, date line and footer.
const SKIPPED = [
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'canvas',
  'object',
  'embed',
  'button',
  'select',
  'input',
  'textarea',
  '[hidden]',
  '[aria-hidden="true"]',
  '[inert]',
  '.site-name',
  '.meta',
  '.article-footer',
  '[data-lectern-listen-skip]',
].join(',');

const NOTES: Readonly<Record<string, NoteUnit['kind']>> = { PRE: 'code', TABLE: 'table' };

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

type Kind = 'text' | 'br' | 'note' | 'skip' | 'container';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function kindOf(node: Node): Kind {
  if (node.nodeType === TEXT_NODE) return 'text';
  if (node.nodeType !== ELEMENT_NODE) return 'skip';
  const element = node as Element;
  if (element.tagName === 'BR') return 'br';
  if (element.matches(SKIPPED)) return 'skip';
  return NOTES[element.tagName] ? 'note' : 'container';
}

const isItem = (kind: Kind) => kind === 'text' || kind === 'br' || kind === 'note';
const visible = (element: Element) =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;

export class UnitWalker {
  constructor(private readonly root: Element) {}

  /** The first unit of the article. */
  first(): Unit | null {
    return this.from(this.root.firstChild);
  }

  /** The first unit at or after `node` (the node itself included, entered if it is a container). */
  from(node: Node | null): Unit | null {
    let item = node && this.contains(node) ? this.itemFrom(node) : null;
    while (item) {
      const unit = this.collect(item);
      if (unit) return unit;
      item = this.itemAfter(this.lastOf(item));
    }
    return null;
  }

  after(unit: Unit): Unit | null {
    if (!this.contains(unit.last)) return null;
    return this.from(this.following(unit.last, kindOf(unit.last) === 'container'));
  }

  before(unit: Unit): Unit | null {
    if (!this.contains(unit.first)) return null;
    let item = this.itemBefore(unit.first);
    while (item) {
      if (kindOf(item) === 'note') {
        const note = this.collect(item);
        if (note) return note;
        item = this.itemBefore(item);
        continue;
      }
      const block = this.blockOf(item);
      let first = item;
      for (let earlier = this.itemBefore(first); earlier; earlier = this.itemBefore(first)) {
        if (kindOf(earlier) === 'note' || this.blockOf(earlier) !== block) break;
        first = earlier;
      }
      const unit = this.collect(first);
      if (unit) return unit;
      item = this.itemBefore(first);
    }
    return null;
  }

  /**
   * The first unit on screen: the article's blocks are searched by position, halving each level, so a very
   * long article costs a few dozen layout reads, not one per paragraph.
   */
  firstOnScreen(top: number): Unit | null {
    let container: Element = this.root;
    for (;;) {
      // Indexed, never copied: an array of 100,000 children is itself a cost the search avoids.
      const children = container.children;
      const index = firstEndingBelow(children, top);
      if (index === -1) return null;
      const child = children[index]!;
      const box = child.getBoundingClientRect();
      const leaf = kindOf(child) !== 'container' || child.childElementCount === 0 || box.top >= top;
      if (leaf) return this.from(child);
      container = child;
    }
  }

  /** Where a unit lies under the root, as child indexes: survives the article being rendered again. */
  pathOf(node: Node): number[] | null {
    const path: number[] = [];
    for (let n: Node = node; n !== this.root;) {
      const parent = n.parentNode;
      if (!parent) return null;
      path.unshift(Array.prototype.indexOf.call(parent.childNodes, n));
      n = parent;
    }
    return path;
  }

  nodeAt(path: readonly number[]): Node | null {
    let node: Node | null = this.root;
    for (const index of path) node = node?.childNodes[index] ?? null;
    return node;
  }

  contains(node: Node): boolean {
    return node !== this.root && this.root.contains(node);
  }

  // ---- walking ----

  private following(node: Node, enter: boolean): Node | null {
    if (enter && node.firstChild) return node.firstChild;
    for (let n: Node | null = node; n && n !== this.root; n = n.parentNode) {
      if (n.nextSibling) return n.nextSibling;
    }
    return null;
  }

  private preceding(node: Node): Node | null {
    let previous = node.previousSibling;
    if (previous) {
      while (kindOf(previous) === 'container' && previous.lastChild) previous = previous.lastChild;
      return previous;
    }
    const parent = node.parentNode;
    return !parent || parent === this.root ? null : parent;
  }

  private itemFrom(node: Node): Node | null {
    for (let n: Node | null = node; n;) {
      const kind = kindOf(n);
      if (isItem(kind)) return n;
      n = this.following(n, kind === 'container');
    }
    return null;
  }

  private itemAfter(node: Node): Node | null {
    const next = this.following(node, kindOf(node) === 'container');
    return next ? this.itemFrom(next) : null;
  }

  private itemBefore(node: Node): Node | null {
    for (let n = this.preceding(node); n; n = this.preceding(n)) if (isItem(kindOf(n))) return n;
    return null;
  }

  private blockOf(node: Node): Element {
    let element = node.nodeType === ELEMENT_NODE && NOTES[(node as Element).tagName] ? node : node.parentNode;
    while (element && element !== this.root) {
      if (element.nodeType === ELEMENT_NODE && BLOCKS.has((element as Element).tagName))
        return element as Element;
      element = element.parentNode;
    }
    return this.root;
  }

  /** The last node a unit starting at `item` would take (for moving past an empty one). */
  private lastOf(item: Node): Node {
    if (kindOf(item) === 'note') return item;
    const block = this.blockOf(item);
    let last = item;
    for (let next = this.itemAfter(last); next; next = this.itemAfter(last)) {
      if (kindOf(next) === 'note' || this.blockOf(next) !== block) break;
      last = next;
    }
    return last;
  }

  /** The unit starting at `item`, or null when it has nothing to read (spaces only, or not shown). */
  private collect(item: Node): Unit | null {
    const kind = kindOf(item);
    if (kind === 'note') {
      const block = item as Element;
      if (!visible(block)) return null;
      return { kind: NOTES[block.tagName]!, block, first: block, last: block, lang: langOf(block) };
    }
    const block = this.blockOf(item);
    const segments: Segment[] = [];
    let text = '';
    let last = item;
    for (let node: Node | null = item; node;) {
      const piece = node.nodeType === TEXT_NODE ? (node as Text).data : LINE_BREAK;
      segments.push({
        node: node.nodeType === TEXT_NODE ? (node as Text) : null,
        start: text.length,
        end: text.length + piece.length,
      });
      text += piece;
      last = node;
      const next = this.itemAfter(node);
      if (!next || kindOf(next) === 'note' || this.blockOf(next) !== block) break;
      node = next;
    }
    if (!/\S/u.test(text.replaceAll(LINE_BREAK, '')) || !visible(block)) return null;
    return {
      kind: 'text',
      block,
      first: item,
      last,
      lang: langOf(block),
      text,
      segments,
      sentences: splitSentences(text),
    };
  }
}

function langOf(element: Element): string | null {
  return element.closest('[lang]')?.getAttribute('lang') || null;
}

/** Index of the first element whose box ends below `top` (elements in flow order), or -1. */
function firstEndingBelow(elements: HTMLCollection, top: number): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (elements[middle]!.getBoundingClientRect().bottom > top) high = middle;
    else low = middle + 1;
  }
  return low < elements.length ? low : -1;
}

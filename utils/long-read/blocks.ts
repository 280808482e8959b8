import { collapseWhitespace, countWords } from '../extract/text';
import { quoteOf, type TextAnchor } from './anchor';

// The article as the reading position sees it: its innermost text blocks in order, measured in the live layout
// of the reader's shadow root. Everything here reads the layout; nothing is stored in pixels.

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,figcaption,dt,dd,th,td,caption';
/** The adjustments' buttons inside the article ("Remove this") are not text of the article. */
const CONTROLS = '.lectern-control';
/** A run of collapsed spaces has no box; a longer one is not text we look past. */
const MAX_INVISIBLE = 64;

export interface Block {
  el: HTMLElement;
  quote: string;
  words: number;
  /** Words of this block and every block after it. */
  wordsFromHere: number;
}

/** The innermost blocks holding text (a paragraph in a list item, not the item), in document order. */
export function readingBlocks(body: Element): Block[] {
  const found: Block[] = [];
  for (const el of Array.from(body.querySelectorAll<HTMLElement>(BLOCKS))) {
    if (el.querySelector(BLOCKS) || el.closest(CONTROLS)) continue;
    const text = collapseWhitespace(el.textContent);
    if (text) found.push({ el, quote: quoteOf(text), words: countWords(text), wordsFromHere: 0 });
  }
  let after = 0;
  for (let index = found.length - 1; index >= 0; index--) {
    const block = found[index]!;
    block.wordsFromHere = after += block.words;
  }
  return found;
}

/** The index of the first block not wholly above `viewTop` (client px), or -1 past the last one. */
export function firstBlockInView(blocks: readonly Block[], viewTop: number): number {
  // Tops grow in document order (table cells of one row share theirs): search the last block starting at or
  // above the line, then step on while the blocks there end above it (a gap, a figure between blocks).
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.el.getBoundingClientRect().top <= viewTop) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  let index = Math.max(0, found);
  while (index < blocks.length && blocks[index]!.el.getBoundingClientRect().bottom <= viewTop) index++;
  return index < blocks.length ? index : -1;
}

function textNodes(block: Element): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The box of the first visible character at or after `offset` in the block's text, or null. */
function charBox(nodes: readonly Text[], offset: number): DOMRect | null {
  const range = nodes[0]?.ownerDocument.createRange();
  if (!range) return null;
  let start = 0;
  let seen = 0;
  for (const node of nodes) {
    const length = node.data.length;
    for (let local = Math.max(0, offset - start); local < length; local++) {
      range.setStart(node, local);
      range.setEnd(node, local + 1);
      const box = range.getBoundingClientRect();
      if (box.height > 0) return box;
      if (++seen > MAX_INVISIBLE) return null;
    }
    start += length;
  }
  return null;
}

/** Characters of the block's text above the first line whose middle is at or below `viewTop`. */
export function offsetInView(block: Element, viewTop: number): number {
  if (block.getBoundingClientRect().top >= viewTop - 1) return 0;
  const nodes = textNodes(block);
  const length = nodes.reduce((sum, node) => sum + node.data.length, 0);
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const box = charBox(nodes, middle);
    if (!box || box.top + box.height / 2 >= viewTop) high = middle;
    else low = middle + 1;
  }
  return Math.min(low, length);
}

/** The anchor of the reading position whose top line is at `viewTop`, or null past the text. */
export function anchorInView(blocks: readonly Block[], viewTop: number): TextAnchor | null {
  const index = firstBlockInView(blocks, viewTop);
  const block = blocks[index];
  if (!block) return null;
  return { block: index, quote: block.quote, offset: offsetInView(block.el, viewTop) };
}

/**
 * The client y where the line holding the anchored character begins (its line box, not its glyphs: with a
 * line height of 1.6 the glyphs sit a few pixels lower), the block's own top for its first line.
 */
export function lineTopOf(block: Element, offset: number): number {
  const top = block.getBoundingClientRect().top;
  if (offset <= 0) return top;
  const box = charBox(textNodes(block), offset);
  if (!box) return top;
  const view = block.ownerDocument.defaultView;
  const lineHeight = Number.parseFloat(view?.getComputedStyle(block).lineHeight ?? '') || box.height;
  const lineTop = box.top - Math.max(0, (lineHeight - box.height) / 2);
  return lineTop - top < 2 ? top : lineTop;
}

/** Words from `viewTop` to the end, counting the block there by the share of it still below the line. */
export function wordsBelow(blocks: readonly Block[], viewTop: number): number {
  const index = firstBlockInView(blocks, viewTop);
  if (index < 0) return 0;
  const block = blocks[index]!;
  const box = block.el.getBoundingClientRect();
  const below = box.height > 0 ? Math.min(1, Math.max(0, (box.bottom - viewTop) / box.height)) : 1;
  return block.wordsFromHere - block.words * (1 - below);
}

import type { Unit } from './units';

/**
 * Shows the sentence being read. Its text is wrapped in <mark> elements inside the reader's shadow root (the
 * page's DOM is never touched): the text nodes it covers are set aside and stand-ins take their place, then
 * the originals go back, so between sentences the article is node for node what the reader rendered.
 * Not the CSS Custom Highlight API: its registry is shared with the page's own scripts, and a Range in it
 * would hand them nodes of the reader's closed shadow root.
 */
export const MARK_CLASS = 'lectern-listen-mark';
/** On a block read as a note (code, table) while the note is spoken. */
export const CURRENT_BLOCK_ATTRIBUTE = 'data-lectern-listen-current';

interface Swap {
  original: Text;
  standIns: Node[];
}

export class SentenceHighlight {
  private swaps: Swap[] = [];
  private block: Element | null = null;
  private marks: HTMLElement[] = [];

  /** Marks sentence `index` of `unit` (or the whole block of a note), clearing the previous one first. */
  show(unit: Unit, index: number): HTMLElement[] {
    this.clear();
    if (unit.kind !== 'text') {
      this.block = unit.block;
      unit.block.setAttribute(CURRENT_BLOCK_ATTRIBUTE, '');
      unit.block.setAttribute('aria-current', 'true');
      return [unit.block as HTMLElement];
    }
    const span = unit.sentences[index];
    if (!span) return [];
    for (const segment of unit.segments) {
      const node = segment.node;
      if (!node || segment.end <= span.start || segment.start >= span.end) continue;
      const from = Math.max(span.start, segment.start) - segment.start;
      const to = Math.min(span.end, segment.end) - segment.start;
      if (from >= to || !node.parentNode || !/\S/u.test(node.data.slice(from, to))) continue;
      this.wrap(node, from, to);
    }
    return this.marks;
  }

  /** What is marked now: the <mark> elements, or the note's block. */
  get shown(): HTMLElement[] {
    return this.block ? [this.block as HTMLElement] : this.marks;
  }

  clear(): void {
    if (this.block) {
      this.block.removeAttribute(CURRENT_BLOCK_ATTRIBUTE);
      this.block.removeAttribute('aria-current');
      this.block = null;
    }
    // Back to front: each original returns to where its stand-ins are; stand-ins someone removed (the block
    // was deleted meanwhile) leave their original out too.
    for (const { original, standIns } of this.swaps.reverse()) {
      const anchor = standIns[0];
      const parent = anchor?.parentNode;
      if (parent) parent.insertBefore(original, anchor);
      for (const node of standIns) (node as ChildNode).remove();
    }
    this.swaps = [];
    this.marks = [];
  }

  private wrap(node: Text, from: number, to: number): void {
    const doc = node.ownerDocument;
    const data = node.data;
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('aria-current', 'true');
    mark.append(doc.createTextNode(data.slice(from, to)));
    const standIns: Node[] = [];
    if (from > 0) standIns.push(doc.createTextNode(data.slice(0, from)));
    standIns.push(mark);
    if (to < data.length) standIns.push(doc.createTextNode(data.slice(to)));
    node.replaceWith(...standIns);
    this.swaps.push({ original: node, standIns });
    this.marks.push(mark);
  }
}

/**
 * Scrolls the reader so the marked sentence sits in the upper part of the free band (below the toolbar,
 * above the player), only when it is outside that band: the page moves when reading reaches the bottom,
 * not on every sentence.
 */
export function keepInView(
  shown: readonly Element[],
  scroller: Element,
  band: { top: number; bottom: number },
  smooth: boolean,
): void {
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return;
  const top = first.getBoundingClientRect().top;
  const bottom = last.getBoundingClientRect().bottom;
  if (top >= band.top && bottom <= band.bottom) return;
  const target = band.top + (band.bottom - band.top) * 0.2;
  scroller.scrollBy({ top: top - target, behavior: smooth ? 'smooth' : 'auto' });
}

/** Whether any part of the marked sentence is inside the band (the user still follows along). */
export function isInView(shown: readonly Element[], band: { top: number; bottom: number }): boolean {
  return shown.some((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > band.top && box.top < band.bottom;
  });
}

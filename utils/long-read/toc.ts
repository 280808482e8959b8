import { collapseWhitespace } from '../extract/text';

/** Fewer headings than this make no table of contents: the article is one section, or two. */
export const MIN_HEADINGS = 3;
const HEADINGS = 'h2,h3,h4';
/** A heading this close below the reading line already counts as the current section (its own margin). */
const SECTION_SLACK = 8;

export interface Heading {
  el: HTMLElement;
  level: number;
  text: string;
}

export interface TocEntry {
  /** Index in the flat list of headings. */
  index: number;
  text: string;
  children: TocEntry[];
}

/** The article's h2–h4 headings with text, in order (the title is the reader's own h1). */
export function articleHeadings(body: Element): Heading[] {
  return Array.from(body.querySelectorAll<HTMLElement>(HEADINGS))
    .filter((el) => !el.closest('.lectern-control'))
    .map((el) => ({ el, level: Number(el.localName.slice(1)), text: collapseWhitespace(el.textContent) }))
    .filter((heading) => heading.text !== '');
}

/**
 * Nests the headings by level: each goes under the nearest heading before it of a higher rank. A skipped
 * level (an h4 right under an h2) nests one step, and an article starting at h3 keeps its h3s at the top.
 */
export function tocTree(headings: readonly Pick<Heading, 'level' | 'text'>[]): TocEntry[] {
  const roots: TocEntry[] = [];
  const open: { level: number; entry: TocEntry }[] = [];
  headings.forEach(({ level, text }, index) => {
    while (open.length && open[open.length - 1]!.level >= level) open.pop();
    const entry: TocEntry = { index, text, children: [] };
    (open.length ? open[open.length - 1]!.entry.children : roots).push(entry);
    open.push({ level, entry });
  });
  return roots;
}

/** The heading of the section at the reading line (`viewTop`, client px), or -1 before the first one. */
export function currentSection(headings: readonly Heading[], viewTop: number): number {
  let current = -1;
  for (let index = 0; index < headings.length; index++) {
    if (headings[index]!.el.getBoundingClientRect().top > viewTop + SECTION_SLACK) break;
    current = index;
  }
  return current;
}

/** The next heading below the reading line (`step` 1) or the last one above it (`step` -1), or -1. */
export function neighbourHeading(headings: readonly Heading[], viewTop: number, step: 1 | -1): number {
  const tops = headings.map((heading) => heading.el.getBoundingClientRect().top);
  if (step === 1) return tops.findIndex((top) => top > viewTop + SECTION_SLACK);
  for (let index = tops.length - 1; index >= 0; index--)
    if (tops[index]! < viewTop - SECTION_SLACK) return index;
  return -1;
}

import { describe, expect, it } from 'vitest';
import { articleHeadings, tocTree, type TocEntry } from './toc';

const levels = (...list: number[]) => list.map((level, i) => ({ level, text: `H${level} #${i}` }));

/** The tree as indented lines: easy to read in a failure. */
function outline(entries: TocEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [
    `${'  '.repeat(depth)}${entry.index}`,
    ...outline(entry.children, depth + 1),
  ]);
}

describe('tocTree', () => {
  it('nests h3 under h2 and h4 under h3', () => {
    expect(outline(tocTree(levels(2, 3, 4, 3, 2, 3)))).toEqual(['0', '  1', '    2', '  3', '4', '  5']);
  });

  it('nests a skipped level one step, and keeps an article that starts deeper at the top', () => {
    expect(outline(tocTree(levels(2, 4, 3, 2)))).toEqual(['0', '  1', '  2', '3']);
    expect(outline(tocTree(levels(3, 3, 2, 3)))).toEqual(['0', '1', '2', '  3']);
  });

  it('keeps every heading, in order', () => {
    const flat = (entries: TocEntry[]): number[] => entries.flatMap((e) => [e.index, ...flat(e.children)]);
    expect(flat(tocTree(levels(4, 2, 3, 3, 4, 2, 2, 4)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('articleHeadings', () => {
  it('lists the h2–h4 headings with text, not the title or h5, not empty ones or our controls', () => {
    const body = document.createElement('div');
    const add = (tag: string, text: string, parent: Element = body) =>
      parent.append(Object.assign(document.createElement(tag), { textContent: text }));
    add('h1', 'Title');
    add('h2', ' First   part ');
    add('h3', 'Detail');
    add('h5', 'Minor');
    add('h4', '   ');
    const control = Object.assign(document.createElement('div'), { className: 'lectern-control' });
    add('h2', 'Not ours', control);
    body.append(control);
    add('h4', 'Deep');
    expect(articleHeadings(body).map(({ level, text }) => `${level} ${text}`)).toEqual([
      '2 First part',
      '3 Detail',
      '4 Deep',
    ]);
  });
});

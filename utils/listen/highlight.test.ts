import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_BLOCK_ATTRIBUTE, isInView, keepInView, MARK_CLASS, SentenceHighlight } from './highlight';
import { UnitWalker, type TextUnit } from './units';

let root: HTMLElement;

function article(html: string): HTMLElement {
  root = document.createElement('article');
  // Test markup only, written here.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => root?.remove());

const marked = () =>
  Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`), (mark) => mark.textContent).join('|');

describe('SentenceHighlight', () => {
  it('marks a sentence that crosses inline elements, and puts the very same nodes back', () => {
    const page = article('<p>One <a href="#">two</a>. Three <em>four five</em> six. Seven.</p>');
    const paragraph = page.querySelector('p')!;
    const before = Array.from(paragraph.childNodes);
    const beforeDeep = [...before, ...Array.from(page.querySelectorAll('a, em'), (el) => el.firstChild)];
    const unit = new UnitWalker(page).first() as TextUnit;
    const highlight = new SentenceHighlight();

    const shown = highlight.show(unit, 1);
    expect(marked()).toBe('Three |four five| six.');
    expect(shown).toHaveLength(3);
    for (const mark of shown) expect(mark.getAttribute('aria-current')).toBe('true');
    expect(paragraph.textContent).toBe('One two. Three four five six. Seven.');

    highlight.show(unit, 0);
    expect(marked()).toBe('One |two|.');
    highlight.clear();
    expect(marked()).toBe('');
    expect(Array.from(paragraph.childNodes)).toEqual(before);
    expect([...before, ...Array.from(page.querySelectorAll('a, em'), (el) => el.firstChild)]).toEqual(
      beforeDeep,
    );
    expect(paragraph.innerHTML).toBe('One <a href="#">two</a>. Three <em>four five</em> six. Seven.');
  });

  it('outlines a code block or table while its note is spoken', () => {
    const page = article('<pre><code>x = 1</code></pre>');
    const unit = new UnitWalker(page).first()!;
    const highlight = new SentenceHighlight();
    expect(highlight.show(unit, 0)).toEqual([page.querySelector('pre')]);
    expect(page.querySelector('pre')!.hasAttribute(CURRENT_BLOCK_ATTRIBUTE)).toBe(true);
    expect(page.querySelector('pre')!.getAttribute('aria-current')).toBe('true');
    highlight.clear();
    expect(page.querySelector('pre')!.hasAttribute(CURRENT_BLOCK_ATTRIBUTE)).toBe(false);
    expect(page.querySelector('pre')!.hasAttribute('aria-current')).toBe(false);
  });

  it('survives the block being removed while it is marked', () => {
    const page = article('<p>Gone soon. Really.</p><p>Stays.</p>');
    const unit = new UnitWalker(page).first() as TextUnit;
    const highlight = new SentenceHighlight();
    highlight.show(unit, 0);
    page.querySelector('p')!.remove();
    expect(() => highlight.clear()).not.toThrow();
    expect(page.textContent).toBe('Stays.');
  });
});

describe('keeping the sentence in view', () => {
  const box = (top: number, bottom: number) =>
    ({ getBoundingClientRect: () => ({ top, bottom }) }) as Element;

  it('scrolls only when the sentence leaves the free band', () => {
    const scroller = { scrollBy: vi.fn() } as unknown as Element;
    const band = { top: 60, bottom: 700 };
    keepInView([box(300, 340)], scroller, band, true);
    expect(scroller.scrollBy).not.toHaveBeenCalled();
    keepInView([box(690, 720)], scroller, band, false);
    expect(scroller.scrollBy).toHaveBeenCalledWith({ top: 690 - (60 + 640 * 0.2), behavior: 'auto' });
    keepInView([box(-100, -60)], scroller, band, true);
    expect(scroller.scrollBy).toHaveBeenLastCalledWith({ top: -100 - (60 + 640 * 0.2), behavior: 'smooth' });
  });

  it('tells whether the user still sees the sentence', () => {
    const band = { top: 60, bottom: 700 };
    expect(isInView([box(300, 340)], band)).toBe(true);
    expect(isInView([box(-300, -200)], band)).toBe(false);
    expect(isInView([box(900, 940)], band)).toBe(false);
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from './ArticleBody';
import { holdBackAfter } from './hold-back';
import { parseHtml } from '../tests/helpers/html';

const paragraph = (i: number) =>
  `<p>Paragraph ${String(i).padStart(3, '0')} ${'of the story '.repeat(6)}and more</p>`;
/** 100 characters of text each. */
const paragraphs = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => paragraph(from + i)).join('');

/** The test's own markup as a fragment (parsed, not assigned to innerHTML: only the sanitizer module does that). */
function fragmentOf(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...parseHtml(html).body.childNodes);
  return fragment;
}

function htmlOf(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment.cloneNode(true));
  return box.innerHTML;
}

describe('holdBackAfter', () => {
  it('leaves a short article alone', () => {
    const fragment = fragmentOf(`<div>${paragraphs(1, 5)}</div>`);
    const before = htmlOf(fragment);
    expect(holdBackAfter(fragment, 1000)).toBeNull();
    expect(htmlOf(fragment)).toBe(before);
  });

  it('keeps the first screen of text inside Readability’s wrapper and puts the rest back where it was', () => {
    const html = `<div><h2>Intro</h2>${paragraphs(1, 30)}</div><p>Outside</p>`;
    const fragment = fragmentOf(html);
    const putBack = holdBackAfter(fragment, 1000)!;
    expect(putBack).not.toBeNull();
    expect(fragment.textContent!.length).toBeGreaterThan(0);
    const kept = Array.from(fragment.querySelectorAll('p'), (p) => p.textContent!.slice(0, 13));
    // "Intro" (5) and nine paragraphs of 100 make 905; the tenth crosses 1000 and is kept whole.
    expect(kept).toEqual(Array.from({ length: 10 }, (_, i) => `Paragraph ${String(i + 1).padStart(3, '0')}`));
    putBack(fragment);
    expect(htmlOf(fragment)).toBe(html);
  });

  it('puts back blocks of the top level into where the fragment was inserted', () => {
    const fragment = fragmentOf(paragraphs(1, 30));
    const putBack = holdBackAfter(fragment, 1000)!;
    const body = document.createElement('div');
    body.append(fragment);
    expect(body.querySelectorAll('p')).toHaveLength(10);
    putBack(body);
    expect(body.innerHTML).toBe(paragraphs(1, 30));
  });

  it('goes down through nested wrappers, never into a list, table or quote', () => {
    const list = `<ol>${Array.from({ length: 20 }, (_, i) => `<li>${'item text '.repeat(10)}${i}</li>`).join('')}</ol>`;
    const html = `<div><section>${paragraphs(1, 3)}${list}${paragraphs(4, 10)}</section></div>`;
    const fragment = fragmentOf(html);
    const putBack = holdBackAfter(fragment, 500)!;
    expect(fragment.querySelectorAll('li')).toHaveLength(20);
    expect(fragment.querySelectorAll('p')).toHaveLength(3);
    putBack(fragment);
    expect(htmlOf(fragment)).toBe(html);
  });
});

describe('ArticleBody', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    act(() => render(null, container));
    container.remove();
  });

  it('shows the first screen at once, the rest a frame later, and reports the body once it is whole', async () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(160); // 10 lines of 100 characters at the densest (12 px × 1.4)
    const filled = vi.fn();
    const html = `<div>${paragraphs(1, 40)}<pre>code</pre></div>`;
    act(() => render(<ArticleBody html={html} onFilled={filled} />, container));
    const body = container.querySelector<HTMLElement>('.article-body')!;
    expect(body.querySelectorAll('p')).toHaveLength(10);
    expect(body.getAttribute('aria-busy')).toBe('true');
    expect(filled).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(filled).toHaveBeenCalledTimes(1));
    expect(filled).toHaveBeenCalledWith(body);
    expect(body.querySelectorAll('p')).toHaveLength(40);
    expect(body.hasAttribute('aria-busy')).toBe(false);
    expect(body.querySelector('pre')?.tabIndex).toBe(0);
    vi.restoreAllMocks();
  });

  it('fills a short article in one go, and reports it after the frame', async () => {
    const filled = vi.fn();
    act(() => render(<ArticleBody html={`<div>${paragraphs(1, 3)}</div>`} onFilled={filled} />, container));
    const body = container.querySelector<HTMLElement>('.article-body')!;
    expect(body.querySelectorAll('p')).toHaveLength(3);
    expect(body.hasAttribute('aria-busy')).toBe(false);
    expect(filled).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(filled).toHaveBeenCalledWith(body));
    expect(filled).toHaveBeenCalledTimes(1);
  });

  it('drops the held-back part when the reader closes before the next frame', async () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(160);
    const filled = vi.fn();
    act(() => render(<ArticleBody html={`<div>${paragraphs(1, 40)}</div>`} onFilled={filled} />, container));
    const body = container.querySelector('.article-body')!;
    act(() => render(null, container));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(filled).not.toHaveBeenCalled();
    expect(body.querySelectorAll('p')).toHaveLength(10);
    vi.restoreAllMocks();
  });
});

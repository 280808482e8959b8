import { describe, expect, it } from 'vitest';
import { certainlyLongerThan, normalizedText, withVisibleTextIndex } from '../../utils/extract/text';

function tree(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('certainlyLongerThan', () => {
  it('is never sure outside withVisibleTextIndex', () => {
    expect(certainlyLongerThan(tree(`<p>${'word '.repeat(100)}</p>`), 10)).toBe(false);
  });

  it('knows long elements at once and never calls a short one long', () => {
    const root = tree(
      `<div id="wrap"><p id="long">${'word '.repeat(100)}</p><p id="short">  Read   more:  </p></div>`,
    );
    const el = (id: string) => root.querySelector(`#${id}`)!;
    withVisibleTextIndex(root, () => {
      expect(certainlyLongerThan(el('wrap'), 220)).toBe(true);
      expect(certainlyLongerThan(el('long'), 220)).toBe(true);
      expect(certainlyLongerThan(el('short'), 10)).toBe(false);
      expect(normalizedText(el('short').textContent)).toBe('read more:');
    });
    expect(certainlyLongerThan(el('wrap'), 220)).toBe(false);
  });

  it('agrees with the normalized text length at the limit, spaces of every kind collapsed', () => {
    const root = tree('<p>\u00a0a\u2003b\n\tc\u3000</p>');
    const p = root.querySelector('p')!;
    withVisibleTextIndex(root, () => {
      expect(certainlyLongerThan(p, 2)).toBe(true);
      expect(certainlyLongerThan(p, 3)).toBe(false);
      expect(normalizedText(p.textContent).length).toBe(5);
    });
  });

  it('counts a lower bound: script and style text is left out', () => {
    const root = tree(`<div><script>${'x'.repeat(500)}</script><p>short</p></div>`);
    withVisibleTextIndex(root, () => expect(certainlyLongerThan(root.firstElementChild!, 10)).toBe(false));
  });
});

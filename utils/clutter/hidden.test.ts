import { describe, expect, it } from 'vitest';
import { hidden, removeHidden } from './hidden';
import { bodyOf } from '../../tests/helpers/html';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('hidden', () => {
  it('removes hidden, aria-hidden and inline display:none / visibility:hidden elements', () => {
    const { text } = runRule(
      hidden,
      STORY +
        '<div hidden>A</div><span aria-hidden="true">B</span><p style="color:red; display: none">C</p>' +
        '<div style="visibility:hidden">D</div>',
    );
    expect(text).not.toMatch(/\b[ABCD]\b/);
    expect(text).toContain('Paragraph 5');
  });

  it('keeps visible elements and aria-hidden fallback images', () => {
    const { removed } = runRule(
      hidden,
      STORY +
        '<div style="display:block">shown</div><div aria-hidden="true" class="fallback-image">img</div>',
    );
    expect(removed).toEqual([]);
  });
});

describe('hidden by the browser or a display utility', () => {
  it('removes popovers and d-none blocks, keeps a d-none shown again from some width up', () => {
    const { removed } = runRule(
      hidden,
      STORY +
        '<i-card popover>Install this app</i-card>' +
        '<span class="d-none">\\$\\begingroup\\$</span>' +
        '<div class="sidebar d-none d-md-block">Shown on wide screens</div>' +
        '<div class="d-none-ish">Not the utility</div>',
    );
    expect(removed).toEqual(['Install this app', '\\$\\begingroup\\$']);
  });
});

describe('removeHidden', () => {
  it('removes every hidden element, however much text it holds, and nothing else', () => {
    const body = bodyOf(
      `<article><div style="visibility: hidden">${'<p>The hidden story.</p>'.repeat(20)}</div>` +
        '<p hidden>Also hidden.</p><p style="color: red">Shown.</p></article>',
    );
    removeHidden(body);
    expect(body.textContent).toBe('Shown.');
  });
});

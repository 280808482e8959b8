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
  it("removes popovers and blocks of CSS frameworks' display:none classes", () => {
    const { removed } = runRule(
      hidden,
      STORY +
        '<i-card popover>Install this app</i-card>' +
        '<span class="d-none">\\$\\begingroup\\$</span>' +
        '<div class="ipsMenu ipsHide">System specs</div>',
    );
    expect(removed).toEqual(['Install this app', '\\$\\begingroup\\$', 'System specs']);
  });

  it('keeps what a responsive class shows again, look-alike names, and classes scripts reveal on scroll', () => {
    const { removed } = runRule(
      hidden,
      STORY +
        '<div class="sidebar d-none d-md-block">Bootstrap wide</div>' +
        '<div class="hidden">Revealed on scroll</div><div class="hide">Also revealed</div>' +
        '<div class="d-none-ish hidden-xs hide-on-print">Not the utilities</div>',
    );
    expect(removed).toEqual([]);
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

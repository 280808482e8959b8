import { describe, expect, it } from 'vitest';
import { removeClutter, CLUTTER_RULES } from './';
import { bodyOf, STORY } from '../../tests/helpers/clutter';

describe('removeClutter', () => {
  it('vetoes removing the block that holds the article, whatever it is called', () => {
    for (const cls of ['comments', 'related-posts', 'sidebar', 'popup', 'share', 'ad']) {
      const body = bodyOf(`<div class="${cls}">${STORY}</div><p>Short aside.</p>`);
      removeClutter(body);
      expect(body.textContent, cls).toContain('Paragraph 5');
    }
  });

  it('drops scripts, styles and SVG in the same walk and skips the subtree of removed blocks', () => {
    const body = bodyOf(
      `${STORY}<script>x()</script><style>p{}</style><svg><text>icon</text></svg><nav><div class="ad">a</div></nav>`,
    );
    const removed = removeClutter(body);
    expect(body.querySelector('script, style, svg, nav')).toBeNull();
    expect(removed.map((r) => r.rule)).toEqual(['navigation']);
  });

  it("leaves code listings whole: a highlighter's comment spans are code, not a comment widget", () => {
    const code =
      '<pre><code><span class="token-comment">// setAge(42 + 1)</span>\n' +
      '<span class="sp-syntax-comment">// share the state</span>\nsetAge(a => a + 1);</code></pre>';
    const body = bodyOf(`${STORY}${code}`);
    expect(removeClutter(body)).toEqual([]);
    expect(body.querySelector('pre')?.textContent).toBe(
      '// setAge(42 + 1)\n// share the state\nsetAge(a => a + 1);',
    );
  });

  it('runs the rules in registry order (the first match names the removal)', () => {
    const body = bodyOf(`${STORY}<div class="newsletter popup">Join</div>`);
    expect(removeClutter(body).map((r) => r.rule)).toEqual(['popups']);
    expect(CLUTTER_RULES.findIndex((r) => r.name === 'popups')).toBeLessThan(
      CLUTTER_RULES.findIndex((r) => r.name === 'newsletter'),
    );
  });

  it("turns a story wrapper down from its paragraphs' length without reading its whole text", () => {
    const body = bodyOf(`<div id="wrap"><div id="inner">${STORY}${STORY}</div></div><p>Advertisement</p>`);
    let wholeTextReads = 0;
    for (const wrapper of [body.querySelector('#wrap')!, body.querySelector('#inner')!]) {
      let proto = Object.getPrototypeOf(wrapper);
      while (!Object.getOwnPropertyDescriptor(proto, 'textContent')) proto = Object.getPrototypeOf(proto);
      const own = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
      Object.defineProperty(wrapper, 'textContent', {
        get() {
          wholeTextReads++;
          return own.get!.call(this);
        },
      });
    }
    const removed = removeClutter(body);
    // The wrappers have few children, so the short-text rules (copyright, dates, labels) ask about them.
    expect(wholeTextReads).toBe(0);
    expect(removed.map((r) => r.rule)).toEqual(['ad-slots']);
    expect(body.textContent).toContain('Paragraph 5');
  });
});

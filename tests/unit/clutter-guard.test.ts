import { describe, expect, it } from 'vitest';
import { removeClutter, CLUTTER_RULES } from '../../utils/clutter';
import { bodyOf, STORY } from './clutter-helpers';

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

  it('runs the rules in registry order (the first match names the removal)', () => {
    const body = bodyOf(`${STORY}<div class="newsletter popup">Join</div>`);
    expect(removeClutter(body).map((r) => r.rule)).toEqual(['popups']);
    expect(CLUTTER_RULES.findIndex((r) => r.name === 'popups')).toBeLessThan(
      CLUTTER_RULES.findIndex((r) => r.name === 'newsletter'),
    );
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';

// The purifiers are built once per window and reused (speed): calls in any order must keep giving each
// kind of output with the full configuration.
describe('sanitizer reuse', () => {
  it('keeps strings and fragments apart and the config and hook in force, call after call', () => {
    for (let round = 0; round < 3; round++) {
      expect(sanitizeHtml('<p class="x" onclick="go()">a<script>bad()</script><a href="/b">b</a></p>')).toBe(
        '<p>a<a href="/b" rel="noopener noreferrer" target="_blank">b</a></p>',
      );
      const fragment = sanitizeToFragment('<img src="i.jpg" onerror="bad()"><form><input></form><b>c</b>');
      expect(fragment).toBeInstanceOf(DocumentFragment);
      const holder = document.createElement('div');
      holder.append(fragment);
      expect(holder.innerHTML).toBe('<img src="i.jpg"><b>c</b>');
    }
  });
});

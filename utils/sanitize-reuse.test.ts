// @vitest-environment jsdom
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from './sanitize';

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

  it("configures DOMPurify's own instance for this realm's window instead of building a second one", () => {
    sanitizeHtml('<p>warm</p>', window as never);
    // Our allow-list and link hook now apply to DOMPurify's default export: it is the purifier we use.
    const out = DOMPurify.sanitize('<a href="/b" class="x">b</a><u>u</u><font>f</font>') as unknown as Node;
    const holder = document.createElement('div');
    holder.append(out);
    expect(holder.innerHTML).toBe('<a href="/b" rel="noopener noreferrer" target="_blank">b</a><u>u</u>f');
  });
});

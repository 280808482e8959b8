// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { sanitizeChildrenToHtml, sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';

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

// The reader shows the article the extraction sanitized a moment before: it gets those nodes, not a second
// parse, once; every other call is sanitized as usual.
describe('the extraction hands its sanitized article to the reader', () => {
  function extractedArticle(): { html: string; source: HTMLElement } {
    const source = document.createElement('div');
    source.append(document.createElement('p'));
    source.firstElementChild!.setAttribute('onclick', 'bad()');
    source.firstElementChild!.append(
      'Story text ',
      Object.assign(document.createElement('b'), { textContent: 'here' }),
    );
    return { html: sanitizeChildrenToHtml(source), source };
  }

  const serialized = (fragment: DocumentFragment) => {
    const holder = document.createElement('div');
    holder.append(fragment);
    return holder.innerHTML;
  };

  it('gives the reader the same clean markup, then sanitizes any later call again', () => {
    const { html } = extractedArticle();
    expect(html).toBe('<p>Story text <b>here</b></p>');
    const parses = vi.spyOn(DOMParser.prototype, 'parseFromString');
    expect(serialized(sanitizeToFragment(html))).toBe(html);
    expect(parses).not.toHaveBeenCalled();
    // Handed over once: the same string again is parsed and sanitized, not an emptied fragment.
    expect(serialized(sanitizeToFragment(html))).toBe(html);
    expect(parses).toHaveBeenCalled();
    parses.mockRestore();
  });

  it('sanitizes a string that is not the extracted article', () => {
    extractedArticle();
    expect(serialized(sanitizeToFragment('<p onclick="bad()">Other</p><script>bad()</script>'))).toBe(
      '<p>Other</p>',
    );
  });
});

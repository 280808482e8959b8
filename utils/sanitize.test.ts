// @vitest-environment jsdom
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { sanitizeChildrenToHtml, sanitizeHtml, sanitizeToFragment } from './sanitize';
import { parseHtml } from '../tests/helpers/html';

/** Both ways in (a string, and the parsed nodes extraction hands over) must give the same clean HTML. */
function clean(html: string): string {
  const out = sanitizeHtml(html, window as never);
  const parsed = parseHtml(html).body;
  expect(sanitizeChildrenToHtml(parsed, window as never)).toBe(out);
  return out;
}

describe('sanitizeHtml', () => {
  it('keeps reading markup', () => {
    const html = '<h2>Title</h2><p>Some <em>text</em> with <a href="https://example.com/x">a link</a>.</p>';
    expect(clean(html)).toBe(
      '<h2>Title</h2><p>Some <em>text</em> with <a href="https://example.com/x" rel="noopener noreferrer" target="_blank">a link</a>.</p>',
    );
  });

  it('removes scripts, event handlers, styles and classes', () => {
    const out = clean(
      '<p onclick="alert(1)" style="color:red" class="x" id="y">hi<script>alert(1)</script><style>p{}</style></p>',
    );
    expect(out).toBe('<p>hi</p>');
  });

  it('drops forms, iframes, objects, SVG and MathML', () => {
    const out = clean(
      '<form action="/x"><input name="q"><button>Go</button></form><iframe src="https://evil.test"></iframe>' +
        '<object data="x.swf"></object><svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">s</a></svg>' +
        '<math><mi>x</mi></math><p>kept</p>',
    );
    expect(out).not.toMatch(/<(form|input|button|iframe|object|svg|math|script)/i);
    expect(out).toContain('<p>kept</p>');
  });

  it('drops javascript:, vbscript: and data: links', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'data:text/html;base64,PHNjcmlwdD4=',
    ]) {
      const out = clean(`<a href="${href}">x</a>`);
      expect(out, href).toBe('<a>x</a>');
    }
  });

  it('keeps raster data: images but not SVG or HTML data URLs', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    expect(clean(`<img src="${gif}">`)).toBe(`<img src="${gif}">`);
    expect(clean('<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">')).toBe('<img>');
    expect(clean('<img src="data:text/html,<script>alert(1)</script>">')).toBe('<img>');
  });

  it('sees a data: URL behind leading control characters and line breaks, as the URL parser does', () => {
    for (const src of ['\x01data:image/svg+xml,<svg></svg>', '\x1f da\nta:image/svg+xml,<svg></svg>']) {
      expect(clean(`<img src="${src}">`), JSON.stringify(src)).toBe('<img>');
    }
  });

  it('rejects srcset candidates with script URLs', () => {
    expect(clean('<img srcset="https://a.test/1.jpg 1x, javascript:alert(1) 2x">')).toBe('<img>');
    expect(clean('<img srcset="https://a.test/1.jpg 1x, /2.jpg 2x">')).toBe(
      '<img srcset="https://a.test/1.jpg 1x, /2.jpg 2x">',
    );
  });

  it('gives every link rel="noopener noreferrer" and a new tab', () => {
    const out = clean('<a href="https://example.com" rel="opener" target="_self">x</a>');
    expect(out).toBe('<a href="https://example.com" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it('neutralizes mutation-XSS shapes', () => {
    const vectors = [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<img src=x onerror=alert(1)//',
    ];
    for (const vector of vectors) {
      const out = clean(vector);
      expect(out, vector).not.toMatch(/onerror|javascript:|<script|<style/i);
    }
  });
});

describe('sanitizeToFragment', () => {
  it('returns DOM with the same rules', () => {
    const fragment = sanitizeToFragment(
      '<p>ok<img src="x.jpg" onerror="alert(1)"></p><script>alert(1)</script>',
      window as never,
    );
    expect(fragment.querySelector('script')).toBeNull();
    expect(fragment.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(fragment.textContent).toBe('ok');
  });
});

describe('what the sanitizer keeps', () => {
  it('nothing of its input: DOMPurify forgets the nodes it took out, which hold the page copy they came from', () => {
    const copy = parseHtml('<p>Text</p><script>1</script><img src=x onerror=alert(1)>');
    sanitizeChildrenToHtml(copy.body, window as never);
    sanitizeToFragment('<p>More</p><style>p{}</style>', window as never);
    expect(DOMPurify.isSupported).toBe(true);
    expect(DOMPurify.removed).toEqual([]);
  });
});

describe('code blocks', () => {
  it('keep the language their page names as one normalized class, and no other class', () => {
    expect(clean('<pre class="x language-Python"><code class="hljs">a</code></pre>')).toBe(
      '<pre class="language-python"><code>a</code></pre>',
    );
    expect(clean('<pre><code class="lang-rust big">a</code></pre>')).toBe(
      '<pre><code class="language-rust">a</code></pre>',
    );
    expect(clean('<pre data-lang="ts"><code>a</code></pre>')).toBe(
      '<pre class="language-ts"><code>a</code></pre>',
    );
    expect(clean('<pre class="language-x&quot;onmouseover"><code class="highlight">a</code></pre>')).toBe(
      '<pre><code>a</code></pre>',
    );
    expect(clean('<p class="language-js">text</p>')).toBe('<p>text</p>');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { restoreBlock, takeOut } from '../adjustments/restore';
import { sanitizeToFragment } from '../sanitize';
import { copyArticle } from './article-copy';

const PAGE = 'https://news.example/2024/story.html?id=7';

function shownBody(html: string): HTMLElement {
  const body = document.createElement('div');
  body.className = 'article-body';
  body.append(sanitizeToFragment(html, window as never));
  document.body.append(body);
  return body;
}

const copyHtml = (body: Element) => copyArticle(body, PAGE).innerHTML;

describe('copyArticle', () => {
  it('copies reading markup into an inert document of its own', () => {
    const body = shownBody('<h2>Head</h2><p>Some <em>text</em> and <a href="/x">a link</a>.</p>');
    const copy = copyArticle(body, PAGE);
    expect(copy.ownerDocument).not.toBe(document);
    expect(copy.ownerDocument.defaultView).toBeNull();
    expect(copy.innerHTML).toBe(
      '<h2>Head</h2><p>Some <em>text</em> and <a href="https://news.example/x">a link</a>.</p>',
    );
    // The reader's body itself is left as it was.
    expect(body.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it("keeps what the user put back and leaves out what they removed, and the reader's own controls", () => {
    const body = shownBody('<p>One.</p><p>Sponsored junk.</p><p>Three.</p>');
    const junk = body.children[1]!;
    takeOut(junk);
    restoreBlock(body, {
      order: 1,
      before: 'One.',
      after: 'Three.',
      html: () => '<p>A correction, put back.</p>',
    } as never);
    const button = document.createElement('button');
    button.className = 'lectern-control remove-this';
    button.textContent = 'Remove this';
    body.append(button);
    const marker = document.createElement('span');
    marker.setAttribute('aria-hidden', 'true');
    marker.textContent = '¶';
    body.firstElementChild!.append(marker);
    expect(copyHtml(body)).toBe('<p>One.</p><p>A correction, put back.</p><p>Three.</p>');
  });

  it("drops attributes outside its allow-list, and the reader's focus stops", () => {
    const body = shownBody(
      '<p title="t" lang="en" dir="rtl">x</p><table><tr><td colspan="2">c</td></tr></table>',
    );
    body.querySelector('p')!.tabIndex = 0;
    body.querySelector('p')!.dataset.roving = '1';
    body.querySelector('p')!.setAttribute('style', 'color:red');
    expect(copyHtml(body)).toBe(
      '<p title="t" lang="en" dir="rtl">x</p><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
    );
  });

  it('keeps only absolute http(s), mailto and tel links, and http(s) or raster data images', () => {
    const body = document.createElement('div');
    // Built by hand: these are what a sanitizer bug could let through, and the copy must hold anyway.
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '/rel',
      'mailto:a@b.c',
      'tel:+82101234',
    ]) {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      a.textContent = href;
      body.append(a);
    }
    for (const src of [
      'https://img.example/a.jpg',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/onload=alert(1)>',
      'data:image/png;base64,iVBORw0KGgo=',
      'img/b.png',
    ]) {
      const img = document.createElement('img');
      img.setAttribute('src', src);
      body.append(img);
    }
    const hrefs = Array.from(copyArticle(body, PAGE).querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      null,
      null,
      null,
      null,
      'https://news.example/rel',
      'mailto:a@b.c',
      'tel:+82101234',
    ]);
    const srcs = Array.from(copyArticle(body, PAGE).querySelectorAll('img'), (img) =>
      img.getAttribute('src'),
    );
    expect(srcs).toEqual([
      'https://img.example/a.jpg',
      'data:image/png;base64,iVBORw0KGgo=',
      'https://news.example/2024/img/b.png',
    ]);
  });

  it('makes a picture one image, takes a srcset when there is no src, and turns players into links', () => {
    const body = shownBody(
      '<picture><source srcset="/big.webp 2x"><img src="/small.jpg" alt="A"></picture>' +
        '<img srcset="/only-1x.jpg 1x, /only-2x.jpg 2x" alt="B">' +
        '<video controls poster="/p.jpg"><source src="/clip.mp4"></video><audio src="javascript:x"></audio>',
    );
    expect(copyHtml(body)).toBe(
      '<img src="https://news.example/small.jpg" alt="A"><img alt="B" src="https://news.example/only-1x.jpg">' +
        '<p><a href="https://news.example/clip.mp4">https://news.example/clip.mp4</a></p>',
    );
  });

  it('writes every code block as <pre><code> with its text and the language its page named', () => {
    const body = shownBody(
      '<pre class="language-rust"><code><span>fn</span> main() {}</code></pre>' +
        '<pre>line one<br>line two</pre>' +
        '<pre><code class="lang-TS">let a = 1;</code></pre>',
    );
    expect(copyHtml(body)).toBe(
      '<pre><code class="language-rust">fn main() {}</code></pre>' +
        '<pre><code>line one\nline two</code></pre>' +
        '<pre><code class="language-ts">let a = 1;</code></pre>',
    );
  });

  it('never copies active content, even when handed it directly', () => {
    const body = document.createElement('div');
    const script = document.createElement('script');
    script.textContent = 'alert(1)';
    const style = document.createElement('style');
    style.textContent = 'p{}';
    const iframe = document.createElement('iframe');
    iframe.setAttribute('src', 'https://evil.example/');
    const p = document.createElement('p');
    p.setAttribute('onclick', 'alert(1)');
    p.textContent = 'kept';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    body.append(script, style, iframe, p, svg);
    expect(copyHtml(body)).toBe('<p>kept</p>');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { materializeNoscriptImages } from './noscript-images';

/** A body whose <noscript>s hold their fallbacks as raw text, as in a page with scripting on. */
function bodyWithFallbacks(fallbacks: string[]): HTMLElement {
  const body = document.implementation.createHTMLDocument('').body;
  for (const html of fallbacks) {
    const noscript = body.ownerDocument.createElement('noscript');
    noscript.textContent = html;
    body.append(noscript);
  }
  return body;
}

const imageSources = (body: Element) =>
  Array.from(body.querySelectorAll('noscript'), (noscript) =>
    Array.from(noscript.querySelectorAll('img'), (img) => img.getAttribute('src')),
  );

describe('materializeNoscriptImages', () => {
  it('turns each fallback into its own images, sanitized', () => {
    const body = bodyWithFallbacks([
      '<img src="https://example.com/a.jpg" onerror="alert(1)">',
      '<p>no image here</p>',
      '<picture><img src="https://example.com/b.jpg"></picture><img src="https://example.com/c.jpg">',
    ]);
    materializeNoscriptImages(body, window as never);
    expect(imageSources(body)).toEqual([
      ['https://example.com/a.jpg'],
      [],
      ['https://example.com/b.jpg', 'https://example.com/c.jpg'],
    ]);
    expect(body.querySelector('[onerror]')).toBeNull();
    expect(body.querySelectorAll('noscript')[1]!.textContent).toBe('<p>no image here</p>');
  });

  it('keeps each image with its own noscript when a fallback closes or opens wrappers', () => {
    const body = bodyWithFallbacks([
      '<img src="https://example.com/a.jpg"></div><div>',
      '<div><img src="https://example.com/b.jpg">',
      '<img src="https://example.com/c.jpg">',
    ]);
    materializeNoscriptImages(body, window as never);
    expect(imageSources(body)).toEqual([
      ['https://example.com/a.jpg'],
      ['https://example.com/b.jpg'],
      ['https://example.com/c.jpg'],
    ]);
  });

  it('leaves a noscript that already holds elements alone', () => {
    const body = bodyWithFallbacks(['<img src="https://example.com/other.jpg">']);
    const noscript = body.ownerDocument.createElement('noscript');
    const kept = body.ownerDocument.createElement('img');
    kept.setAttribute('src', 'https://example.com/kept.jpg');
    noscript.append(kept);
    body.append(noscript);
    materializeNoscriptImages(body, window as never);
    expect(body.querySelectorAll('noscript')[1]!.firstChild).toBe(kept);
    expect(imageSources(body)).toEqual([['https://example.com/other.jpg'], ['https://example.com/kept.jpg']]);
  });
});

import { sanitizeToFragment, type PurifyWindow } from '../sanitize';

// <noscript> fallbacks of lazy images. In a live page (scripting on) a noscript's content is raw text,
// so Readability, which expects elements there, cannot use it. Turn the text back into an <img>
// through the sanitizer (the only place HTML strings become DOM), so the fallback survives.

export function materializeNoscriptImages(root: Element, win: PurifyWindow): void {
  const fallbacks = Array.from(root.getElementsByTagName('noscript'), (noscript) => ({
    noscript,
    html: noscript.firstElementChild ? '' : (noscript.textContent ?? ''),
  })).filter(({ html }) => /<img\b/i.test(html));
  if (fallbacks.length === 0) return;
  // One sanitizer call for all of them, each in a wrapper: every call parses into a new document, which cost
  // more than the images on pages with dozens of fallbacks (docs/speed.md). The wrappers carry a key the page
  // cannot know; when a fallback's markup closes, opens or swallows wrappers, each is parsed on its own.
  const key = `lectern${Math.random()}:`;
  const wrapped = fallbacks.map(({ html }, i) => `<div title="${key}${i}">${html}</div>`).join('');
  const wrappers = Array.from(sanitizeToFragment(wrapped, win).children);
  const aligned =
    wrappers.length === fallbacks.length && wrappers.every((w, i) => w.getAttribute('title') === key + i);
  fallbacks.forEach(({ noscript, html }, i) => {
    const parsed = aligned ? wrappers[i]! : sanitizeToFragment(html, win);
    const images = Array.from(parsed.querySelectorAll('img'), (img) =>
      root.ownerDocument.importNode(img, true),
    );
    noscript.replaceChildren(...images);
  });
}

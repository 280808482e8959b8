import { sanitizeToFragment } from '../sanitize';

// <noscript> fallbacks of lazy images. In a live page (scripting on) a noscript's content is raw text,
// so Readability, which expects elements there, cannot use it. Turn the text back into an <img>
// through the sanitizer (the only place HTML strings become DOM), so the fallback survives.

type PurifyWindow = Parameters<typeof sanitizeToFragment>[1];

export function materializeNoscriptImages(root: Element, win: PurifyWindow): void {
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) {
    if (noscript.firstElementChild || !/<img\b/i.test(noscript.textContent ?? '')) continue;
    const images = sanitizeToFragment(noscript.textContent ?? '', win).querySelectorAll('img');
    noscript.replaceChildren(...Array.from(images).map((img) => root.ownerDocument.importNode(img, true)));
  }
}

// Lazy-loaded images carry their real source in data-* attributes (data-src, data-srcset,
// data-lazy-src, data-original ...) while `src` holds a placeholder GIF or nothing. The page's script
// would swap them on scroll; in the reader no page script runs, so we swap them here.

const SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER_NAME =
  /(placeholder|blank|spacer|transparent|pixel|grey|gray|lazy|loading)[^/]*\.(gif|png|svg|jpe?g)$/i;
/** Tiny inline images: 1x1 GIFs and empty SVGs, never a real photo. */
const MAX_INLINE_PLACEHOLDER = 400;

export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  if (src.startsWith('data:'))
    return src.length <= MAX_INLINE_PLACEHOLDER || src.startsWith('data:image/svg');
  return PLACEHOLDER_NAME.test(src.split(/[?#]/)[0] ?? '');
}

function firstAttribute(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  return null;
}

function fixImage(img: Element): void {
  const lazySrc = firstAttribute(img, SRC_ATTRIBUTES);
  if (lazySrc && isPlaceholderSrc(img.getAttribute('src'))) img.setAttribute('src', lazySrc);
  const lazySrcset = firstAttribute(img, SRCSET_ATTRIBUTES);
  if (lazySrcset && !img.getAttribute('srcset')?.trim()) img.setAttribute('srcset', lazySrcset);
  else if (isPlaceholderSrc(img.getAttribute('srcset'))) img.removeAttribute('srcset');
}

function fixSource(source: Element): void {
  const lazySrcset = firstAttribute(source, SRCSET_ATTRIBUTES);
  if (lazySrcset && isPlaceholderSrc(source.getAttribute('srcset')))
    source.setAttribute('srcset', lazySrcset);
}

export function fixLazyImages(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) fixImage(img);
  for (const source of Array.from(root.querySelectorAll('picture > source'))) fixSource(source);
}

// Every URL in the article made absolute against the page (and its <base>): the reader renders the
// article inside the page's own origin but outside its markup, and the CLI's output leaves the page
// altogether, so a relative URL would point nowhere.

const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['img[src], video[src], audio[src], source[src], track[src]', 'src'],
  ['video[poster]', 'poster'],
];

export function absoluteUrl(url: string, base: string): string {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return url;
  }
}

/**
 * `srcset` is a list of "URL descriptors" candidates. As in the HTML spec's parser, a URL runs to the
 * next whitespace (commas inside it, as in CDN resize paths "w_300,h_200", belong to it) and the
 * descriptors run to the next comma.
 */
export function absoluteSrcset(srcset: string, base: string): string {
  const candidates: string[] = [];
  const pattern = /[\s,]*([^\s]+)([^,]*)/g;
  for (let match = pattern.exec(srcset); match && match[0] !== ''; match = pattern.exec(srcset)) {
    const raw = match[1] ?? '';
    if (raw.endsWith(',')) {
      // "a.jpg, b.jpg 2x": a URL ending in a comma has no descriptors; the next candidate starts after it.
      pattern.lastIndex = match.index + match[0].indexOf(raw) + raw.length;
      candidates.push(absoluteUrl(raw.replace(/,+$/, ''), base));
      continue;
    }
    const descriptors = (match[2] ?? '').trim();
    candidates.push(descriptors ? `${absoluteUrl(raw, base)} ${descriptors}` : absoluteUrl(raw, base));
  }
  return candidates.join(', ');
}

export function makeUrlsAbsolute(root: Element, base: string): void {
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      el.setAttribute(attribute, absoluteUrl(el.getAttribute(attribute) ?? '', base));
    }
  }
  for (const el of Array.from(root.querySelectorAll('img[srcset], source[srcset]'))) {
    el.setAttribute('srcset', absoluteSrcset(el.getAttribute('srcset') ?? '', base));
  }
}

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

/** `srcset` is a list of "URL descriptor" pairs; each URL is resolved on its own. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absoluteUrl(url, base), ...descriptors].join(' ');
    })
    .filter((candidate) => candidate.trim())
    .join(', ');
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

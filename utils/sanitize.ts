import DOMPurify, { type Config } from 'dompurify';

// The one module that turns extracted HTML into DOM. Page HTML is hostile: everything the reader
// renders passes through here, with an allow-list stricter than DOMPurify's defaults.
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'formaction', 'action'],
  ALLOW_DATA_ATTR: false,
};

type PurifyWindow = Parameters<typeof DOMPurify>[0];

function purifierFor(win: PurifyWindow) {
  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // DOMPurify lets data: URLs onto audio, video, source and track too; only an image inside <img> is inert.
    const src = node.getAttribute('src');
    if (
      src !== null &&
      /^\s*data:/iu.test(src) &&
      !(node.nodeName === 'IMG' && /^\s*data:image\//iu.test(src))
    )
      node.removeAttribute('src');
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  return purify;
}

/** Sanitized HTML string: for the Article's `content`, produced wherever extraction runs. */
export function sanitizeHtml(html: string, win: PurifyWindow = window as unknown as PurifyWindow): string {
  return purifierFor(win).sanitize(html, CONFIG) as unknown as string;
}

/** Sanitized DOM, the only way extracted HTML enters a document the user sees. */
export function sanitizeToFragment(
  html: string,
  win: PurifyWindow = window as unknown as PurifyWindow,
): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

// One article, one key: the reading position of `…/story?utm_source=x#comments` is the one of `…/story`. The key
// never leaves this browser (storage.local), but it is a browsing record, so it holds no more than the article's
// address needs: no fragment, no tracking parameters, no user name or password.

/** Longer addresses are not remembered (a key that size is a session blob, not an article's address). */
export const MAX_KEY_LENGTH = 2048;

const SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Parameters that say how the reader arrived, never which article it is. */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'rb_clickid',
  'li_fat_id',
]);

function isTracking(rawName: string): boolean {
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return false;
  }
  return name.startsWith('utm_') || TRACKING_NAMES.has(name);
}

/**
 * The article's key: the address without fragment, credentials and tracking parameters; the other parameters
 * kept as written and in order (re-encoding them could turn one article's key into another's). Null for
 * addresses that cannot be an article we remember (other schemes, unparsable, too long).
 */
export function normalizeArticleUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_KEY_LENGTH * 2) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!SCHEMES.has(url.protocol)) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(pair.split('=')[0] ?? ''));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  const key = url.href;
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

function originOf(key: string): string {
  return new URL(key).origin;
}

/**
 * Which stored position a page's message may read or write. `senderUrl` is the browser's word for where the
 * message came from; `claimedUrl` is the address the reader opened on. They differ once a single-page app moved
 * on (history.pushState) while a save was on its way: that save belongs to neither page and is refused.
 * `canonical` (the page's <link rel=canonical>) is taken only on the sender's own origin: another site's
 * address there would let a page read or overwrite the user's place in another site's article.
 */
export function articleKey(senderUrl: unknown, claimedUrl: unknown, canonical: unknown): string | null {
  const own = normalizeArticleUrl(senderUrl);
  if (!own || normalizeArticleUrl(claimedUrl) !== own) return null;
  const declared = canonical == null ? null : normalizeArticleUrl(canonical);
  // file: has an opaque origin ("null"): a local file names only itself.
  if (declared && originOf(own) !== 'null' && originOf(declared) === originOf(own)) return declared;
  return own;
}

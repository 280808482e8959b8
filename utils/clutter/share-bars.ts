import { tagOf, type ClutterRule } from './rule';
import { textLengthAtMost } from '../extract/text';

// Share and social bars: lists of "Facebook share button"-style icons, links to sharer endpoints,
// "follow us" strips. Safe: a candidate must be named for sharing or made of share links, and must
// carry little text of its own (an article about social media is prose, not a row of icons).
const SHARE_NAME = /(?<![a-z])(share|sharing|social|sns|sociable|addthis|sharethis|a2a_)/;
const SHARER_HREF =
  /(facebook\.com\/(sharer|share\.php|dialog\/(share|feed))|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(sharearticle|shareArticle|share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com\/send|wa\.me\/|whatsapp:\/\/|t\.me\/share|telegram\.me\/share|story\.kakao\.com\/share|line\.me\/R\/msg|plus\.google\.com\/share|tumblr\.com\/(share|widgets\/share)|vk\.com\/share|mailto:\?)/i;
const SHARE_ALT = /\bshare\b|\bfacebook\b|\btwitter\b|\bkakao\b|\bwhatsapp\b|\blinkedin\b|\bpinterest\b/i;
const MAX_TEXT = 200;

function isShareLink(a: Element): boolean {
  if (SHARER_HREF.test(a.getAttribute('href') ?? '')) return true;
  const img = a.querySelector('img[alt]');
  return img !== null && SHARE_ALT.test(img.getAttribute('alt') ?? '');
}

/** Every link in `el` is a share link (at least two of them): a bar of share icons. */
function isBarOfShareLinks(el: Element): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  return links.length >= 2 && links.every(isShareLink);
}

export const shareBars: ClutterRule = {
  name: 'share-bars',
  test: (el, name) => {
    const list = tagOf(el) === 'ul' || tagOf(el) === 'ol';
    if (!list && !SHARE_NAME.test(name)) return false;
    if (!textLengthAtMost(el, MAX_TEXT)) return false;
    return SHARE_NAME.test(name) || isBarOfShareLinks(el);
  },
};

import type { ClutterRule } from './rule';
import { textOf } from '../extract/text';

// Cookie and consent banners (OneTrust, Cookiebot, Didomi, consentmanager's cmpbox, Quantcast's qc-cmp2,
// home-grown "cookie-notice" bars). Safe: the name patterns are consent vocabulary no article container uses, and
// the guard vetoes big blocks. Not a bare "cmp-": Adobe Experience Manager names every component so
// (cmp-container, cmp-text), and it took whole pages of crowdstrike.com, pwc.com and roberthalf.com.
const CONSENT =
  /(?<![a-z])(consent|gdpr|onetrust|cookiebot|didomi|cmpbox|qc-cmp|cmp-(banner|modal|popup|dialog|notice|layer)|ccpa)/;
/**
 * "cookie" alone also names a documentation section about cookies (Sphinx names a section by its title: Flask's
 * quickstart lost its "Cookies" section), so such a block must speak like a banner, or say nothing yet (a banner
 * whose text a script fills in).
 */
const COOKIE = /(?<![a-z])cookie/;
const BANNER_TEXT =
  /accept|agree|consent|allow|reject|decline|refuse|opt.?out|preferences|privacy|partners|got it|(^|\W)ok(\W|$)|\buses?\s+cookies(?!\.\w)|essential cookies/i;

export const cookieBanners: ClutterRule = {
  name: 'cookie-banners',
  test: (el, name) => CONSENT.test(name) || (COOKIE.test(name) && speaksLikeABanner(el)),
};

function speaksLikeABanner(el: Element): boolean {
  const text = textOf(el);
  return text.trim() === '' || BANNER_TEXT.test(text);
}

import { nameOf, type ClutterRule } from './rule';

// Cookie and consent banners (OneTrust, Cookiebot, Didomi, home-grown "cookie-notice" bars). Safe: the
// name patterns are consent vocabulary no article container uses, and the guard vetoes big blocks.
const CONSENT = /(?<![a-z])(cookie|consent|gdpr|onetrust|cookiebot|didomi|cmp-|ccpa)/;

export const cookieBanners: ClutterRule = {
  name: 'cookie-banners',
  selector:
    '[class*="cookie" i], [id*="cookie" i], [class*="consent" i], [id*="consent" i], [class*="gdpr" i], ' +
    '[id*="gdpr" i], [id*="onetrust" i], [class*="onetrust" i], [id*="didomi" i], [class*="cmp-" i]',
  matches: (el) => CONSENT.test(nameOf(el)),
};

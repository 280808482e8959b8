import type { ClutterRule } from './rule';

// Cookie and consent banners (OneTrust, Cookiebot, Didomi, home-grown "cookie-notice" bars). Safe: the
// name patterns are consent vocabulary no article container uses, and the guard vetoes big blocks.
const CONSENT = /(?<![a-z])(cookie|consent|gdpr|onetrust|cookiebot|didomi|cmp-|ccpa)/;

export const cookieBanners: ClutterRule = {
  name: 'cookie-banners',
  test: (_el, name) => CONSENT.test(name),
};

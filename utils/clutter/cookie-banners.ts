import type { ClutterRule } from './rule';

// Cookie and consent banners (OneTrust, Cookiebot, Didomi, consentmanager's cmpbox, Quantcast's qc-cmp2,
// home-grown "cookie-notice" bars). Safe: the name patterns are consent vocabulary no article container uses, and
// the guard vetoes big blocks. Not a bare "cmp-": Adobe Experience Manager names every component so
// (cmp-container, cmp-text), and it took whole pages of crowdstrike.com, pwc.com and roberthalf.com.
const CONSENT =
  /(?<![a-z])(cookie|consent|gdpr|onetrust|cookiebot|didomi|cmpbox|qc-cmp|cmp-(banner|modal|popup|dialog|notice|layer)|ccpa)/;

export const cookieBanners: ClutterRule = {
  name: 'cookie-banners',
  test: (_el, name) => CONSENT.test(name),
};

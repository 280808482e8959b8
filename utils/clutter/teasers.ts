import type { ClutterRule } from './rule';
import { linkDensity, textLengthAtMost } from '../extract/text';

// Teaser rails and promo cards for other stories (The Sun's "rail__item", "teaser", "promo", sidebar
// widgets, recirculation modules): headline + kicker + thumbnail, each a link away. Safe: named for
// teasers/rails/promos/sidebars, containing a link, and either mostly links or short.
const TEASER_NAME =
  /(?<![a-z])(rail|teasers?|promo|promos|sidebar|side-?bar|widget|recirc|recirculation|more-?on|story-?cards?|card-?list|article-?cards?|inline-?related|read-?more-?(links?|box)|related-?(content|links|posts|articles|stories))(?![a-z])/;
const MAX_SHORT_TEXT = 400;
const MIN_LINK_DENSITY = 0.5;

export const teasers: ClutterRule = {
  name: 'teasers',
  test: (el, name) => {
    if (!TEASER_NAME.test(name) || el.querySelector('a') === null) return false;
    return textLengthAtMost(el, MAX_SHORT_TEXT) || linkDensity(el) >= MIN_LINK_DENSITY;
  },
};

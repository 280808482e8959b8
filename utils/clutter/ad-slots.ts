import { attributeOf, childCountOf, HEADING_TAG, tagOf, type ClutterRule } from './rule';
import { normalizedTextOf, rawTextLongerThan, textLengthAtMost, textOf } from '../extract/text';

// Ad slots: Google Publisher Tag / AdSense containers, "Advertisement" labels, sponsored units.
// Safe: names must contain an ad token as a whole word (so "header", "shadow", "download" or
// "readable" never match) and the block must be short.
const AD_NAME =
  /(?<![a-z])(ads?|adv|advert|advertisement|advertising|adslot|ad-?slot|ad-?unit|adunit|adsbygoogle|dfp|gpt-ad|div-gpt-ad|google_ads?|banner-?ad|ad-?container|ad-?wrapper|ad-?placeholder|sponsor(ed)?|promoted|native-?ad)(?![a-z])/;
const AD_LABEL =
  /^(advertisement|advert|advertising|ad|ads|sponsored|sponsored content|story continues below advertisement|article continues below( advertisement)?|continue reading below|scroll to continue with content)$/;
const MAX_TEXT = 300;
const MAX_LABEL = 70;

function isAdLabel(el: Element): boolean {
  return (
    !rawTextLongerThan(el, MAX_LABEL - 1) && textOf(el).length > 0 && AD_LABEL.test(normalizedTextOf(el))
  );
}

export const adSlots: ClutterRule = {
  name: 'ad-slots',
  test: (el, name) => {
    if (childCountOf(el) <= 1 && isAdLabel(el)) return true;
    // A heading is the text's own, whatever its name: Kadence's "kt-adv-heading" (advanced heading) is not "adv"
    // as Italian sites' ad boxes are, and spinemd.com lost its "3. Armrest Adjustability" heading to it.
    if (HEADING_TAG.test(tagOf(el))) return false;
    const named =
      attributeOf(el, 'data-ad-unit') !== null ||
      attributeOf(el, 'data-ad-slot') !== null ||
      tagOf(el) === 'ins' ||
      AD_NAME.test(name);
    return named && textLengthAtMost(el, MAX_TEXT);
  },
};

import { tagOf, type ClutterRule } from './rule';
import { normalizedTextOf, rawTextLongerThan, textOf } from '../extract/text';

// Affiliate and sponsorship disclosures ("This post may contain affiliate links", "Microsoft may earn
// an Affiliate Commission if you purchase something through recommended links"): site boilerplate
// repeated on every page, not the story. Safe: one short block, and it must speak of affiliate links,
// commissions or disclosures.
const DISCLOSURE =
  /\baffiliate (links?|commission|partnerships?|programs?)\b|\b(may|might|could) (earn|receive) (a )?(small )?(commission|compensation)\b|\bdisclosure (page|policy)\b/;
/** A word every DISCLOSURE holds, tested on the raw text: most short blocks are turned down without normalizing it. */
const DISCLOSURE_WORD = /affiliate|commission|compensation|disclosure/i;
const BLOCKS = new Set(['p', 'div', 'span', 'em', 'small', 'aside', 'section']);
const MAX_TEXT = 300;

export const affiliateDisclosures: ClutterRule = {
  name: 'affiliate-disclosures',
  test: (el) => {
    if (!BLOCKS.has(tagOf(el))) return false;
    if (rawTextLongerThan(el, MAX_TEXT * 3) || !DISCLOSURE_WORD.test(textOf(el))) return false;
    const text = normalizedTextOf(el);
    return text.length <= MAX_TEXT && DISCLOSURE.test(text);
  },
};

import { childCountOf, tagOf, type ClutterRule } from './rule';
import { linkDensity, shortTextOf, textOf } from '../extract/text';

// Lines pointing away from the story: "Related: ...", "SEE MORE: ...", "READ MORE: ...", "Also on
// rt.com ...", "Click here to subscribe to ... Newsletter", "CLICK HERE TO GET THE FOX NEWS APP", a paragraph that is one link in capitals ("TAYLOR SWIFT CLEARED TO
// PERFORM ..."). Safe: the
// block's text must start with such a label and be one short line, mostly a link unless it is only the
// label; calls to action that are part of the story ("Sign up for Hulu ...") lack the site-promo words.
const LABEL =
  /^(related( (post|story|article|content|coverage|news|reading|link)s?)?|see (more|also)|read (more|also|next)|more( on this| from [^:]{1,40})?|also (read|see|on [^:]{1,30})|recommended|watch|listen|don'?t miss|must read|(more|related) (stories|news|articles))\b\s*:?/;
/** A call to subscribe to the site itself, not a link the story gives ("sign up for Hulu" stays). */
const SITE_PROMO =
  /^((click here|subscribe|sign up|get|download)\b.*\b(newsletters?|subscribe to (our|the)|(our|news) app|the [a-z ]{1,30} app|youtube channel|podcast)\b|subscribe to [^.]{1,40} and\b|like this story\? share it|join our [^.]{1,40}(forums?|community|newsletter)\b|follow us (on|@))/;
const LABEL_ONLY =
  /^(related( (posts?|stories|articles|content|coverage|news|links))?|see also|read more|more|don'?t miss|also on [a-z0-9.-]+|recommended( for you)?|you (may|might) also like:?|more (stories|news|articles)|trending( now)?|most (read|popular|viewed))\s*:?$/;
const BLOCKS = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'span', 'aside']);
const MAX_TEXT = 220;
const MIN_LINK_DENSITY = 0.4;
const SHOUT_LINK_DENSITY = 0.9;

/** Fox-style in-body links to other stories: a paragraph that is one link, in capitals, headline-long. */
function isShoutedHeadlineLink(el: Element): boolean {
  if (tagOf(el) !== 'p') return false;
  const raw = textOf(el).trim();
  const words = raw.split(/\s+/).length;
  return (
    words >= 4 &&
    words <= 25 &&
    raw === raw.toUpperCase() &&
    /\p{Lu}/u.test(raw) &&
    linkDensity(el) >= SHOUT_LINK_DENSITY
  );
}

export const relatedLinks: ClutterRule = {
  name: 'related-links',
  test: (el) => {
    if (!BLOCKS.has(tagOf(el)) || childCountOf(el) > 6) return false;
    const text = shortTextOf(el, MAX_TEXT);
    if (!text) return false;
    if (LABEL_ONLY.test(text)) return true;
    if (SITE_PROMO.test(text)) return true;
    if (isShoutedHeadlineLink(el)) return true;
    return LABEL.test(text) && el.querySelector('a') !== null && linkDensity(el) >= MIN_LINK_DENSITY;
  },
};

import { attributeOf, childCountOf, tagOf, type ClutterRule } from './rule';
import { normalizedTextOf, rawTextLongerThan, shortTextOf, textOf } from '../extract/text';

// Controls left as text once scripts are gone (and labels of lists other rules removed, "Tags:"): gallery counters ("Image 1 of 23"), "Caption Close", caption
// toggles ("... more" / "less" anchors without href),
// "Enlarge Image", "View author archive", "email the author", "Print", "Comments", documentation pages' "Edit this
// page", forum posts' "Reply" / "Quote" / "Report" / "Like" and XenForo's "Click to expand...". Safe: the element's
// whole text must be such a label (a paragraph of prose never is), and it holds no image.
const LABEL =
  /^((image|photo|slide|picture)s? )?\d+ (of|\/|of \/) \d+$|^(tags?|topics?|filed under|keywords?) ?:?$|^(caption|close|caption close|enlarge( image)?|expand|collapse|view (gallery|slideshow|author archive|comments|all comments|full size)|email the author|follow on (twitter|facebook|instagram)|print( this( article| page)?)?|e-?mail( this( article| story)?)?|comments?|\d+ comments?|leave a comment|add a comment|show comments|tweet|save( article| story)?|listen( to (this|the) (article|story))?|play video|loading\.*|skip (ad|advert)|back to (home|homepage)|tell us what you think\W*|post (a )?comment\W*|join the (conversation|discussion)\W*|leave a (comment|reply)\W*|what do you think\W*|edit (this|on) (page|github|gitlab)|edit page|suggest (an )?edits?|improve this (page|doc)|was this (page|article) helpful\W*|click to expand\W*)$/;
/**
 * A post's toolbar words. Only in a toolbar (a parent with little more text than a few such words): in prose, "their
 * <a>report</a> found no cracks" is a link to keep.
 */
const TOOLBAR_WORD = /^(reply|quote|multi-?quote|report|like|share|permalink)$/;
const MAX_TOOLBAR = 60;
const MAX_TEXT = 40;

/** "… more" / "less" toggles: anchors without a destination that only expanded text with a script. */
const TOGGLE = /^(\.\.\.|…)?\s*(more|less|read more|show more|show less)$/;

/** Picture counters on gallery teasers (The Sun's camera icon with "6"). */
const COUNTER_NAME =
  /(?<![a-z])(count|counter|gallery-?(count|number|icon)|photo-?count|image-?count|badge)(?![a-z])/;

function isInToolbar(el: Element): boolean {
  const parent = el.parentElement;
  return (
    parent !== null &&
    shortTextOf(parent, MAX_TOOLBAR) !== null &&
    el.querySelector('img, picture, video') === null
  );
}

export const uiLabels: ClutterRule = {
  name: 'ui-labels',
  test: (el, name) => {
    if (
      tagOf(el) === 'a' &&
      attributeOf(el, 'href') === null &&
      TOGGLE.test(shortTextOf(el, MAX_TEXT) ?? '')
    ) {
      return true;
    }
    if (COUNTER_NAME.test(name) && /^\s*\d{1,3}\s*$/.test(textOf(el))) return true;
    if (childCountOf(el) > 6) return false;
    if (rawTextLongerThan(el, MAX_TEXT * 4) || textOf(el).length === 0) return false;
    const text = normalizedTextOf(el);
    if (TOOLBAR_WORD.test(text)) return isInToolbar(el);
    return text.length <= MAX_TEXT && LABEL.test(text) && el.querySelector('img, picture, video') === null;
  },
};

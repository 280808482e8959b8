import { childCountOf, tagOf, type ClutterRule } from './rule';
import {
  collapseWhitespace,
  hasMoreVisibleCharsThan,
  surelyLongerThan,
  textLengthAtMost,
  textOf,
} from '../extract/text';

// Date lines and byline lines inside the story ("By Justine Coleman - 11/18/19 11:04 PM EST",
// "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ...", "Updated 1:39 am EST"). The reader prints the
// byline and date from the metadata above the article (extractArticle reads the byline before this
// rule runs), so in the body they are repeats. Safe: named for dates/bylines, or a <time> wrapper, and
// at most one short line of text.
const DATE_NAME =
  /(?<![a-z])(date|dateline|datetime|timestamp|time-?stamp|pub-?date|publish(ed)?(-?(date|time|on|at))?|updated?(-?(date|time|on|at))?|posted(-?(on|at|date))?|submitted(-?(by|on|date))?|byline|bylines|by-?line|article-?meta|post-?meta|entry-?meta|story-?meta|meta-?(info|data|line)|author-?(name|line|date|and-?date))(?![a-z])/;
const MAX_TEXT = 120;

/** "First Published: Tuesday, November 19, 2019 08:38 AM", "Updated at 1:23 p.m.": a date line by its words. */
const DATE_LINE =
  /^((first )?published|updated|posted|last (updated|modified))( on| at)?:? [^.]{0,50}(\d{4}|\d{1,2}:\d{2}|\d{1,2} ?[ap]\.?m\.?)\W{0,3}$/i;
const MAX_DATE_LINE = 90;

function isDateLine(el: Element): boolean {
  // Asked of nearly every element, story wrappers included: turn long text down before collapsing it.
  if (childCountOf(el) > 3 || surelyLongerThan(el, MAX_DATE_LINE)) return false;
  const raw = textOf(el);
  if (hasMoreVisibleCharsThan(raw, MAX_DATE_LINE)) return false;
  const text = collapseWhitespace(raw);
  return text.length <= MAX_DATE_LINE && DATE_LINE.test(text);
}

export const datesAndBylines: ClutterRule = {
  name: 'dates-and-bylines',
  test: (el, name) => {
    if (isDateLine(el)) return true;
    if (tagOf(el) !== 'time' && !DATE_NAME.test(name)) return false;
    return textLengthAtMost(el, MAX_TEXT) && el.querySelector('p, img, picture, figure, h1, h2') === null;
  },
};

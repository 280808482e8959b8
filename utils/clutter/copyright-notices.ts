import { childCountOf, tagOf, type ClutterRule } from './rule';
import { normalizedTextOf, rawTextLongerThan, textOf } from '../extract/text';

// Copyright and reuse notices printed under stories ("This document is subject to copyright. Apart from
// any fair dealing ...", "The contents of this site are ©2019 ...", "© 2023 Site. All rights
// reserved."). Safe: a short, leaf-like block whose text starts with the copyright sign and a year (a
// photo credit "© John Brecher" has none), or that says "all rights reserved" / "subject to copyright"; a caption's "(Image: © NASA)" does not
// start with it.
const NOTICE =
  /^(©|\(c\)|copyright) ?\d{4}\b|\ball rights reserved\b|\bsubject to copyright\b|\bcontents of this site are ©|\bmay not be (re)?published, broadcast, rewritten\b/;
/** A word every NOTICE holds, tested on the raw text: most short blocks are turned down without normalizing it. */
const NOTICE_WORD = /©|\(c\)|copyright|rights|published/i;
const MAX_TEXT = 300;
const MAX_CHILDREN = 4;
const MIN_PROSE = 80;

/**
 * A wire service's notice printed as the story's last paragraph ("© 2019 Associated Press. All Rights
 * Reserved.") is part of the published text, unlike the site's own footer notice: it directly follows
 * a paragraph of prose.
 */
function closesTheStory(el: Element): boolean {
  const previous = el.closest('p')?.previousElementSibling;
  return previous?.localName === 'p' && (previous.textContent ?? '').length > MIN_PROSE;
}

export const copyrightNotices: ClutterRule = {
  name: 'copyright-notices',
  test: (el) => {
    if (childCountOf(el) > MAX_CHILDREN || tagOf(el) === 'a') return false;
    if (rawTextLongerThan(el, MAX_TEXT * 3) || !NOTICE_WORD.test(textOf(el))) return false;
    const text = normalizedTextOf(el);
    // closesTheStory looks up the enclosing paragraph: asked last, of the few notices only.
    return text.length > 0 && text.length <= MAX_TEXT && NOTICE.test(text) && !closesTheStory(el);
  },
};

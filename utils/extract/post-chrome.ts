// What a forum engine prints around a post's text besides who wrote it and when: the member's title and banner
// ("Well-known member", "Administrator"), their stats ("Joined Jun 29, 2016 · Messages 11 · Reaction score 10 ·
// Points 4,726"), the post's number ("#1"), vote and like counts, reaction summaries ("Reactions: kyteflyer, Bobby
// T and 19 others"), badges, avatars' letters, "Improve this answer". Every engine has its own names for them
// (XenForo's .message-userExtras, vBulletin's dl.userstats, Stack Exchange's .reputation-score, Invision's
// .cAuthorPane_info), so they are not found by name: outside the post's text, only the author, the time and the
// post's pictures are kept. Human-marked forum threads (WCXB) keep exactly that: name, date, text.
//
// Runs on the extraction's copy of the posts, after the clutter rules; the post's text (its body kind, found by
// thread.ts) is never entered.

import { nameOf } from '../clutter/rule';

/** A link to a member's page on every engine seen: /members/, /u/, /users/, /profile/, member.php?u=. */
const PROFILE_LINK =
  /\/(members?|users?|u|profiles?|people|author|@[^/]+)\/|\/@[\w.-]+\/?$|(member|memberlist|profile|viewprofile)\.php|[?&](u|user|userid|showuser)=|\/index\.php\?\/profile\//i;
/** Names of the element holding the author's name. */
const AUTHOR_NAME =
  /(?<![a-z])(author|username|user-?name|poster|postername|member-?name|display-?name|nickname|byline)(?![a-z])/;
/** Names of what sits in a post's chrome beside the name and is never it, however it links to members. */
const NOT_AUTHOR =
  /avatar|reaction|liked|likes|vote|voting|badge|reputation|usertitle|user-?title|userbanner|user-?banner|userstats|user-?stats|userextras|user-?extras|signature/;
/** A date or time as forums print them: "Jan 10, 2024", "30 Jun 2024", "03/03/2026 19:44", "2 hours ago". */
const DATE_TEXT =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\bago\b|\b(yesterday|today) at\b/i;
/** A name or a date is a line, not a paragraph. */
const MAX_LABEL = 60;
const MEDIA = 'img, picture, video, audio, figure, iframe';

function shortText(el: Element): boolean {
  return (el.textContent ?? '').trim().length <= MAX_LABEL;
}

function isNotAuthor(el: Element): boolean {
  return NOT_AUTHOR.test(nameOf(el));
}

/** The author's name or the post's time: kept whole. */
function isByline(el: Element): boolean {
  if (!shortText(el) || isNotAuthor(el)) return false;
  if (el.localName === 'time' || el.hasAttribute('datetime')) return true;
  if (el.localName === 'a' && PROFILE_LINK.test(el.getAttribute('href') ?? '')) return true;
  if (el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author') return true;
  return AUTHOR_NAME.test(nameOf(el)) || (el.childElementCount === 0 && DATE_TEXT.test(el.textContent ?? ''));
}

/** Something kept lies inside: an author, a time, a picture of the post. */
function holdsKept(el: Element): boolean {
  if (isNotAuthor(el)) return false;
  for (const inner of Array.from(el.querySelectorAll('*'))) {
    if (isByline(inner)) return true;
    if (inner.matches(MEDIA) && !isNotAuthor(inner) && !inner.closest('a[href]')) return true;
  }
  return false;
}

function trim(el: Element, isText: (el: Element) => boolean, holdsText: (el: Element) => boolean): void {
  for (const child of Array.from(el.children)) {
    if (isText(child)) continue;
    if (holdsText(child)) trim(child, isText, holdsText);
    else if (isByline(child) || child.matches(MEDIA)) continue;
    else if (holdsKept(child)) trim(child, isText, holdsText);
    else child.remove();
  }
}

/**
 * Removes from each post of `thread` (the copy's wrapper of posts) what is neither its text, its author, its time
 * nor its pictures. `bodies`: the elements holding the posts' text.
 */
export function trimPostChrome(thread: Element, bodies: readonly Element[]): void {
  const isText = (el: Element) => bodies.some((body) => body === el || body.contains(el));
  const holdsText = (el: Element) => bodies.some((body) => el.contains(body));
  for (const post of Array.from(thread.children)) {
    if (!isText(post)) trim(post, isText, holdsText);
  }
}

// Most of a news page is not the story: menus, rails of teasers, footers, comment threads. Copying all of it,
// walking it with the clutter rules and letting Readability score it was most of an extraction's time, and
// bare Readability on a full clone was faster than us on small pages (issue 9). The story's paragraphs say
// where it is: the scope is the part of the page that holds most of the paragraph text, one level up so that
// the headline, byline and lead figure beside the story's body come along. Only the scope is copied.
//
// Read-only on the live page: nothing here writes to it. Lengths count visible characters: Hearst's pages carry
// 50,000 characters of indentation in their header, which would outweigh any story.

import { paragraphTextByBlock, visibleLength } from './text';

/**
 * Share of the page's paragraph text the holder must hold. The scope is the holder's parent, so what it leaves
 * out sits in another branch of the page: a rail's, a footer's, an ad-blocker notice's (that one held 18 % of a
 * Telegraph page's paragraph text; at 90 % the page was copied whole, for the same article).
 */
const SCOPE_SHARE = 0.8;
/**
 * Below this much paragraph text there is no story to locate (a video page, a gallery with one-line captions):
 * copy the body. A few sentences are enough: the prose-outside test below catches the page whose paragraphs
 * are not its story. It used to be 1,000, which sent short posts (a release note, a race calendar, 7 of the 92
 * benchmark pages) through the whole-body path, slower than bare Readability, for the same output.
 */
const MIN_PARAGRAPH_TEXT = 250;
/**
 * Prose outside the scope (text that is not in links or scripts), as a multiple of the paragraph text inside,
 * past which the page is not narrowed: an old template that sets its story in <div>s and <br>s, with <p>s only
 * in its footer, would otherwise lose it. On the 92 benchmark pages it is at most 0.8 but for two at 1.6–1.8.
 */
const MAX_OUTSIDE_PROSE = 1;
const NOT_PROSE = ['script', 'style', 'noscript', 'template', 'a'];
/**
 * Parts that mean something only inside their parent: a <tr> set straight into a body is no longer a table row
 * to Readability (an old table-layout page, Readability's "hukumusume", lost two thirds of its story that way).
 */
const PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'li', 'dt', 'dd']);

/**
 * Blocks whose paragraphs do not say where the story is: a footer's legal text, a sidebar's, a cookie dialog's
 * (their text outweighed the story on 6 of the 92 benchmark pages). Names count only as a whole last word:
 * "modal-enabled", "content-with-sidebar" and a body's "one-sidebar" wrap stories. Such paragraphs are still
 * copied when they sit in the scope.
 */
const NOT_STORY =
  'footer, aside, nav, dialog, [aria-modal="true"], ' +
  '[role="dialog"], [role="alertdialog"], [role="contentinfo"], [role="complementary"], [role="navigation"]';
const NOT_STORY_NAME = /(?<![a-z])(cookies?|consent|gdpr|modal|popup|sidebar|footer)(?![a-z-])/i;

export function isNotStory(el: Element): boolean {
  return (
    el.matches(NOT_STORY) ||
    NOT_STORY_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)
  );
}

/** The deepest element under `body` holding at least `share` of the paragraph text, or `body`. */
function deepestHolder(body: Element, byAncestor: Map<Element, number>, least: number): Element {
  let holder = body;
  for (;;) {
    let next: Element | null = null;
    for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
      if ((byAncestor.get(child) ?? 0) >= least) {
        next = child;
        break;
      }
    }
    if (!next) return holder;
    holder = next;
  }
}

/** Visible text of `el` that is not inside a link, a script or a style. */
export function proseLength(el: Element): number {
  if (NOT_PROSE.includes(el.localName)) return 0;
  let length = visibleLength(el.textContent ?? '');
  for (const tag of NOT_PROSE) {
    const inner = el.getElementsByTagName(tag);
    for (let i = 0, found = inner[0]; found; found = inner[++i])
      length -= visibleLength(found.textContent ?? '');
  }
  return length;
}

/** Prose of the page outside `scope`: every subtree off the path from `body` down to it but footers and the like. */
function proseOutside(scope: Element, body: Element): number {
  let outside = 0;
  for (let el: Element = scope; el !== body && el.parentElement; el = el.parentElement) {
    for (let sibling = el.parentElement.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling !== el && !isNotStory(sibling)) outside += proseLength(sibling);
    }
  }
  return outside;
}

/**
 * `scope`, widened to take in the headline before it: the story's title, byline and lead image sit between the
 * two. Where a long comment thread holds most of the paragraphs (a WordPress blog with 40 comments under a
 * short post), the thread would be the scope; the headline brings the post back in.
 */
function withHeadline(scope: Element, body: Element): Element {
  let headline: Element | null = null;
  for (const h1 of Array.from(body.getElementsByTagName('h1'))) {
    if (scope.contains(h1)) return scope;
    // 4: Node.DOCUMENT_POSITION_FOLLOWING (no Node global under Node.js).
    if (!(h1.compareDocumentPosition(scope) & 4)) break;
    headline = h1;
  }
  let widened = scope;
  while (headline && !widened.contains(headline) && widened.parentElement) widened = widened.parentElement;
  return widened;
}

/**
 * The element of `body` that the extraction needs to copy, or null for the whole body: the parent of the
 * deepest element holding 80 % of the paragraph text, widened to the headline before it, unless that is the
 * body itself or the page has too little paragraph text, or too much prose outside it, to trust.
 */
export function articleScope(body: Element): Element | null {
  const verdicts = new Map<Element, boolean>();
  const notStory = (el: Element) => {
    let verdict = verdicts.get(el);
    if (verdict === undefined) verdicts.set(el, (verdict = isNotStory(el)));
    return verdict;
  };
  const { total, byBlock: byAncestor } = paragraphTextByBlock(body, notStory);
  if (total < MIN_PARAGRAPH_TEXT) return null;
  const holder = deepestHolder(body, byAncestor, SCOPE_SHARE * total);
  if (holder === body || !holder.parentElement) return null;
  // Both widenings stop at `body` at the latest: the headline is in it, and it is not a table part.
  let scope = withHeadline(holder.parentElement, body);
  while (PARTS.has(scope.localName) && scope.parentElement) scope = scope.parentElement;
  if (scope === body) return null;
  return proseOutside(scope, body) > MAX_OUTSIDE_PROSE * (byAncestor.get(scope) ?? 0) ? null : scope;
}

// Forum threads and Q&A pages: the reader must show every post in order, each with its author and time.
// Readability keeps one block of a page, so on a thread it shows the first post or the longest one (WCXB's forum
// pages: bare Readability F1 0.49), and the comments rule would remove replies that look like a comment widget.
//
// A thread is found by what every forum engine shares, not by engine: the posts' bodies are elements of one kind
// (same tag and class: XenForo's .bbWrapper, Discourse's .cooked, phpBB's .content, Stack Exchange's
// .js-post-body, Reddit's .md) repeated down the page and holding most of its prose. Each post is the widest
// ancestor of its body that holds no other body, so the author, time and quoted replies beside it come along.
//
// Only pages that say they are a discussion are searched (their address or their schema.org types), so that an
// article's click pays nothing; and a page whose posts follow a longer text of its own is an article with
// comments, which stay out (Mozilla's nightly blog: a short post under a long comment thread).

import { isNotStory, proseLength } from './article-scope';
import { nextOutside } from '../clutter';
import { comments } from '../clutter/comments';
import { cookieBanners } from '../clutter/cookie-banners';
import { HEADING_TAG, nameOf } from '../clutter/rule';

/** Addresses of discussions on every engine seen: forum./community. hosts, /t/, /threads/, /questions/… */
const THREAD_URL =
  /(^|[./])(forums?|community|communities|discuss|discussions?|bbs|boards?|answers|talk)[./]|\/(threads?|topics?|t|questions|comments|discussion|showthread|viewtopic|posts?|forums?|boards?|community)([/._?=-]|$)|showthread|viewtopic|showtopic/i;
const DISCUSSION_TYPE = /DiscussionForumPosting|QAPage/;
const QUESTION_TYPE = /schema\.org\/Question|"Question"|schema\.org\/Answer/;
const THREAD_MARKUP =
  '[itemtype*="DiscussionForumPosting"], [itemtype*="schema.org/Question"], [itemtype*="schema.org/Answer"], ' +
  '[itemtype*="QAPage"]';
/**
 * An FAQ's questions and answers are the page's own text, not a discussion: SEO articles and shop pages mark up
 * their FAQ section as FAQPage (19 of the 31 WCXB dev pages that are not forums but were read as threads: pcworld's
 * "best streaming service" lost its introduction to a product chart taken for posts).
 */
const FAQ_TYPE = /FAQPage/;
const FAQ_MARKUP = '[itemtype*="FAQPage"]';

/** Two posts make a thread (a question and its answer); fewer is a page with one block of text. */
const MIN_POSTS = 2;
/** Share of the page's prose the posts must hold: below it they are a side panel's snippets. */
const MIN_SHARE = 0.5;
/**
 * Of the kinds of repeated element holding at least this share of the best kind's prose, the most numerous wins:
 * a wrapper repeated twice (the thread and a "similar threads" box) holds as much text as the posts' bodies.
 * 0.6 leaves room for the quotes, signatures and post headers that a post holds and its text does not.
 */
const NEAR_BEST = 0.6;
/** Kinds with at least this share of the most numerous kind's count are "as many": the post's text and its post. */
const AS_NUMEROUS = 0.8;
/**
 * The least share of a post's prose its text holds: more than a post's header or signature, less than an
 * answer's text beside the comments under it.
 */
const TEXT_SHARE = 1 / 3;
/** Prose the posts left without text may hold (a quick-reply box's labels, not a question). */
const EMPTY_POSTS_SHARE = 0.05;
/** A post body holds a sentence at least on average; a list of user names does not. */
const MIN_AVERAGE_PROSE = 40;
/** Blocks whose text is never a post, nor part of the page's prose that posts are weighed against. */
const NOT_CONTENT = new Set(['nav', 'footer', 'aside', 'header']);
/**
 * A forum's notices above the thread ("Scam alert", "The 2025 awards are in", XenForo's `notices` list): board
 * news, not an article the posts comment on.
 */
const NOTICE = /(?<![a-z])(notices?|announcements?)(?![a-z])/;

/**
 * Page furniture: navigation, sidebars, dialogs and consent panels (OneTrust's repeated purpose panels were
 * taken for posts on gamefaqs and corsair.com, and their text for an article above the thread).
 */
function isChrome(el: Element): boolean {
  if (NOT_CONTENT.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  // A popover is hidden until a button opens it: Invision Community's "install this app" cards, one per step,
  // were taken for the posts of a squarespace.com thread.
  if (el.hasAttribute('popover')) return true;
  const name = nameOf(el);
  return isNotStory(el) || cookieBanners.test(el, name) || NOTICE.test(name);
}

function saysItIsAThread(doc: Document, url: string): boolean {
  if (THREAD_URL.test(url.replace(/^[a-z]+:\/\//i, ''))) return true;
  for (const marked of Array.from(doc.querySelectorAll(THREAD_MARKUP))) {
    if (!marked.closest(FAQ_MARKUP)) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const data = script.textContent ?? '';
    if (DISCUSSION_TYPE.test(data) || (QUESTION_TYPE.test(data) && !FAQ_TYPE.test(data))) return true;
  }
  return false;
}

/**
 * Tag and classes without their numbers (post-1234, is-odd stays): what repeats from post to post. A paragraph
 * has no kind: it is a part of a text, not a post, and Wix gives every paragraph of a blog post the same class
 * (a /post/ address: bedelstein.com's one article was read as 56 posts).
 */
export function kindOf(el: Element): string | null {
  if (el.localName === 'p') return null;
  const cls = el.getAttribute('class');
  if (!cls) return null;
  const tokens = cls
    .split(/\s+/)
    .filter((token) => token && !/\d/.test(token))
    .sort();
  return tokens.length ? `${el.localName}.${tokens.join('.')}` : null;
}

interface PageWalk {
  /** Elements of the page with a class, by kind, outermost first; page furniture skipped. */
  byKind: Map<string, Element[]>;
  /** Prose of the page furniture skipped, which the posts are not weighed against. */
  chromeProse: number;
}

function walkPage(body: Element): PageWalk {
  const byKind = new Map<string, Element[]>();
  let chromeProse = 0;
  let el: Element | null = body.firstElementChild;
  while (el) {
    if (isChrome(el)) {
      // Inside a noscript, proseLength(body) did not count it (scripting was off: the page's crawler view).
      if (!el.parentElement?.closest('noscript')) chromeProse += proseLength(el);
      el = nextOutside(el, body);
      continue;
    }
    const kind = kindOf(el);
    if (kind) {
      const list = byKind.get(kind);
      if (list) list.push(el);
      else byKind.set(kind, [el]);
    }
    el = el.firstElementChild ?? nextOutside(el, body);
  }
  return { byKind, chromeProse };
}

interface Bodies {
  bodies: Element[];
  prose: number;
  kind: string;
}

/** A discussion's posts (elements of the live page, only read) and the kind of element that holds each post's text. */
export interface Thread {
  posts: Element[];
  bodyKind: string;
}

/** One kind's instances, nested ones left out (a quote inside a post is part of that post), with their prose. */
function outermost(kind: string, elements: Element[]): Bodies {
  const bodies: Element[] = [];
  let prose = 0;
  for (const el of elements) {
    const last = bodies[bodies.length - 1];
    if (last?.contains(el)) continue;
    bodies.push(el);
    prose += proseLength(el);
  }
  return { bodies, prose, kind };
}

function isCommentWidget(kind: Bodies): boolean {
  const first = kind.bodies[0];
  return first !== undefined && comments.test(first, nameOf(first));
}

/** Every instance of `texts` lies in one of `posts`, and the posts holding none of them hold little prose. */
function holdsTextOf(posts: Bodies, texts: Bodies): boolean {
  if (!texts.bodies.every((text) => posts.bodies.some((post) => post.contains(text)))) return false;
  const empty = posts.bodies.filter((post) => !texts.bodies.some((text) => post.contains(text)));
  return empty.reduce((sum, post) => sum + proseLength(post), 0) <= EMPTY_POSTS_SHARE * posts.prose;
}

function postBodies(byKind: Map<string, Element[]>): Bodies | null {
  const candidates: Bodies[] = [];
  for (const [kind, elements] of byKind) {
    if (elements.length < MIN_POSTS) continue;
    const found = outermost(kind, elements);
    if (found.bodies.length >= MIN_POSTS && found.prose >= MIN_AVERAGE_PROSE * found.bodies.length)
      candidates.push(found);
  }
  const best = Math.max(0, ...candidates.map((c) => c.prose));
  const near = candidates.filter((c) => c.prose >= NEAR_BEST * best);
  // Between a post and its text (as many of each), the text: the comments under an answer are in the one only.
  near.sort((a, b) => b.bodies.length - a.bodies.length || a.prose - b.prose);
  const posts = near[0];
  if (!posts) return null;
  // A post's text can repeat a little less often than the post: XenForo's quick-reply box is a post cell too. Not
  // when a post left without text holds much (Wall Street Oasis: the question is not a comment like its answers).
  // The text need not be near the best kind's prose: Stack Exchange's comments under each post hold as much as
  // the posts' own text (electronics.stackexchange: 6,000 of 13,000 characters), and the post with its comments
  // was taken for the text, so the comment rule could not tell them apart. A comment widget is never the text.
  const inside = candidates.filter(
    (c) =>
      c !== posts &&
      c.bodies.length >= AS_NUMEROUS * posts.bodies.length &&
      c.bodies.length <= posts.bodies.length &&
      c.prose >= TEXT_SHARE * posts.prose &&
      !isCommentWidget(c) &&
      holdsTextOf(posts, c),
  );
  inside.sort((a, b) => a.prose - b.prose);
  // Weighed against the page as the posts are: the text alone leaves out each post's author and time.
  return inside[0] ? { ...inside[0], prose: posts.prose } : posts;
}

/**
 * The widest ancestor of `bodies[i]` (below `body`) that holds no other post body. An ancestor holds a run of
 * elements in page order, so it holds another body only if it holds a neighbour.
 */
function postOf(bodies: Element[], i: number, body: Element): Element {
  const before = bodies[i - 1];
  const after = bodies[i + 1];
  let post = bodies[i];
  for (let up = post.parentElement; up && up !== body; up = up.parentElement) {
    if ((before && up.contains(before)) || (after && up.contains(after))) break;
    post = up;
  }
  return post;
}

/**
 * Prose before `first` in document order, outside page furniture: an article's text above its comments. Not
 * what a closed `<details>` folds away: physicsforums.com puts a machine summary of the thread above its first
 * post, folded under "Click For Summary", and it is longer than the question.
 */
function proseBefore(first: Element, body: Element): number {
  let prose = 0;
  for (let el: Element = first; el !== body && el.parentElement; el = el.parentElement) {
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (!isChrome(sibling) && !HEADING_TAG.test(sibling.localName)) prose += unfoldedProse(sibling);
    }
  }
  return prose;
}

const FOLDED = 'details:not([open])';

function unfoldedProse(el: Element): number {
  let prose = proseLength(el);
  // Outermost folds only: a fold inside a fold is already counted out.
  const folds = el.matches(FOLDED)
    ? [el]
    : Array.from(el.querySelectorAll(FOLDED)).filter(
        (fold) => !el.contains(fold.parentElement?.closest(FOLDED) ?? null),
      );
  for (const folded of folds) {
    const summary = folded.querySelector(':scope > summary');
    prose -= proseLength(folded) - (summary ? proseLength(summary) : 0);
  }
  return prose;
}

/** The discussion on `doc`, posts in page order, or null when the page is not a discussion. */
export function findThread(doc: Document, url: string): Thread | null {
  const body = doc.body;
  if (!body || !saysItIsAThread(doc, url)) return null;
  const page = walkPage(body);
  const found = postBodies(page.byKind);
  if (!found) return null;
  // The page's prose outside its furniture: what a reader of the page reads.
  if (found.prose < MIN_SHARE * (proseLength(body) - page.chromeProse)) return null;
  const posts = found.bodies.map((_, i) => postOf(found.bodies, i, body));
  if (proseBefore(posts[0], body) > proseLength(posts[0])) return null;
  return { posts, bodyKind: found.kind };
}

/** The elements of `root` that hold a post's text (found again in the extraction's copy by their kind). */
export function postBodiesIn(root: Element, bodyKind: string): Element[] {
  return Array.from(root.querySelectorAll('[class]')).filter((el) => kindOf(el) === bodyKind);
}

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

import { proseLength } from './article-scope';
import { nextOutside } from '../clutter';

/** Addresses of discussions on every engine seen: forum./community. hosts, /t/, /threads/, /questions/… */
const THREAD_URL =
  /(^|[./])(forums?|community|communities|discuss|discussions?|bbs|boards?|answers|talk)[./]|\/(threads?|topics?|t|questions|comments|discussion|showthread|viewtopic|posts?|forums?|boards?|community)([/._?=-]|$)|showthread|viewtopic|showtopic/i;
const THREAD_TYPE = /DiscussionForumPosting|QAPage|schema\.org\/Question|"Question"|schema\.org\/Answer/;
const THREAD_MARKUP =
  '[itemtype*="DiscussionForumPosting"], [itemtype*="schema.org/Question"], [itemtype*="schema.org/Answer"], ' +
  '[itemtype*="QAPage"]';

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
/** A post body holds a sentence at least on average; a list of user names does not. */
const MIN_AVERAGE_PROSE = 40;
/** Blocks whose text is never a post, nor part of the page's prose that posts are weighed against. */
const NOT_CONTENT = new Set(['nav', 'footer', 'aside', 'header']);

function saysItIsAThread(doc: Document, url: string): boolean {
  if (THREAD_URL.test(url.replace(/^[a-z]+:\/\//i, ''))) return true;
  if (doc.querySelector(THREAD_MARKUP)) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (THREAD_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

/** Tag and classes without their numbers (post-1234, is-odd stays): what repeats from post to post. */
export function kindOf(el: Element): string | null {
  const cls = el.getAttribute('class');
  if (!cls) return null;
  const tokens = cls
    .split(/\s+/)
    .filter((token) => token && !/\d/.test(token))
    .sort();
  return tokens.length ? `${el.localName}.${tokens.join('.')}` : null;
}

/** Elements of `body` with a class, by kind, outermost first; navigation, footers and sidebars skipped. */
function elementsByKind(body: Element): Map<string, Element[]> {
  const byKind = new Map<string, Element[]>();
  let el: Element | null = body.firstElementChild;
  while (el) {
    if (NOT_CONTENT.has(el.localName)) {
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
  return byKind;
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

function postBodies(body: Element): Bodies | null {
  const candidates: Bodies[] = [];
  for (const [kind, elements] of elementsByKind(body)) {
    if (elements.length < MIN_POSTS) continue;
    const found = outermost(kind, elements);
    if (found.bodies.length >= MIN_POSTS && found.prose >= MIN_AVERAGE_PROSE * found.bodies.length)
      candidates.push(found);
  }
  const best = Math.max(0, ...candidates.map((c) => c.prose));
  const near = candidates.filter((c) => c.prose >= NEAR_BEST * best);
  // Between a post and its text (as many of each), the text: the comments under an answer are in the one only.
  near.sort((a, b) => b.bodies.length - a.bodies.length || a.prose - b.prose);
  return near[0] ?? null;
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

/** Prose of `body` outside navigation, footers and sidebars. */
function pageProse(body: Element): number {
  let prose = proseLength(body);
  for (const el of Array.from(body.querySelectorAll('nav, footer, aside, header'))) {
    // Inside a noscript, proseLength(body) did not count it (scripting was off: the page's crawler view).
    if (!el.parentElement?.closest('nav, footer, aside, header, noscript')) prose -= proseLength(el);
  }
  return prose;
}

/** Prose before `first` in document order, outside navigation and the like: an article's text above its comments. */
function proseBefore(first: Element, body: Element): number {
  let prose = 0;
  for (let el: Element = first; el !== body && el.parentElement; el = el.parentElement) {
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (!NOT_CONTENT.has(sibling.localName) && !/^h[1-6]$/.test(sibling.localName))
        prose += proseLength(sibling);
    }
  }
  return prose;
}

/** The discussion on `doc`, posts in page order, or null when the page is not a discussion. */
export function findThread(doc: Document, url: string): Thread | null {
  const body = doc.body;
  if (!body || !saysItIsAThread(doc, url)) return null;
  const found = postBodies(body);
  if (!found) return null;
  if (found.prose < MIN_SHARE * pageProse(body)) return null;
  const posts = found.bodies.map((_, i) => postOf(found.bodies, i, body));
  if (proseBefore(posts[0], body) > proseLength(posts[0])) return null;
  return { posts, bodyKind: found.kind };
}

/** The elements of `root` that hold a post's text (found again in the extraction's copy by their kind). */
export function postBodiesIn(root: Element, bodyKind: string): Element[] {
  return Array.from(root.querySelectorAll('[class]')).filter((el) => kindOf(el) === bodyKind);
}

// A short article may be a fragment of the page: on a listing, a service page or a shop's page the clutter rules
// take the repeated cards for teasers and the story's scope keeps one section (crowdstrike.com's service page: 8 %
// of its text; WCXB listings: a tenth of the items). Bare Readability on the whole page then gives the better view.
// Running it costs a second extraction, so it runs only for a very short article on a page that holds much more
// prose; and measuring that prose costs a read of the whole page, so only under 150 words (a short news story of
// 300 words does not pay for it on every click). The three thresholds are fitted on the dev sets by
// scripts/bench/fit-fallback.py, cross-validated by site (docs/extraction.md).

import type { Article } from './article';
import { proseLength } from './article-scope';
import { collapseWhitespace } from './text';

const SHORT_ARTICLE_WORDS = 150;
/** The page's prose (outside links, scripts and styles), as a multiple of the article's text, that makes it worth asking. */
const GATE = 5;
/** How many times more words the whole page's article must have to be taken instead. */
const RATIO = 1.25;

/** What the bench's fit reads about each short article (scripts/bench/fit-fallback.py). */
export interface FallbackFacts {
  words: number;
  text: number;
  prose: number;
  whole: number;
}

/**
 * When nothing was found, the whole page's answer must be this long to be an article: on a sign-in page bare
 * Readability returns the form's labels ("Email Password"), where the reader should say there is no article.
 * Not fitted (the fit's scores with it: in-sample 0.7782, cross-validated 0.7774; without, 0.7776 / 0.7768).
 */
const MIN_WORDS_WHEN_NOTHING_FOUND = 25;

/** The longest article the fit's 'always' run tries the whole page for (its largest WORDS). */
const LONGEST_TRIED_BY_FIT = 600;

/**
 * The page's prose when the whole page is worth trying: `article` (null: none found) is short, and the page holds
 * much more prose. `always`: for the fit's run, every article under LONGEST_TRIED_BY_FIT words.
 */
export function mayBeFragment(article: Article | null, body: Element, always = false): number | null {
  const longest = always ? LONGEST_TRIED_BY_FIT : SHORT_ARTICLE_WORDS;
  if (article && article.wordCount >= longest) return null;
  const prose = proseLength(body);
  return always || prose >= GATE * (article?.textContent.length ?? 0) ? prose : null;
}

/** Whether the whole page's article is the better view than `article`. */
export function prefersWholePage(article: Article | null, whole: Article | null): boolean {
  if (whole === null) return false;
  if (article === null) return whole.wordCount >= MIN_WORDS_WHEN_NOTHING_FOUND;
  return whole.wordCount >= RATIO * article.wordCount;
}

// Readability keeps one block, and on a page built of sections (a recipe's ingredients, steps and notes; a
// guide's "best of" entries; a service page's features; a docs page's API entries) it keeps one section of the
// story's scope and drops the rest, clutter rules or not (WCXB: a recipe page kept 14 % of its text, a solar
// guide 22 %). When its article holds too small a share of the paragraph text the clutter rules left in the
// scope, the cleaned scope itself is the article. Fitted by scripts/bench/fit-scope.py (docs/extraction.md).

/** Share of the cleaned scope's paragraph text under which Readability's article is a part of it, not all. */
const MIN_KEPT_SHARE = 0.5;
/** The highest share the fit's 'always' run tries (its largest threshold). */
const HIGHEST_TRIED_BY_FIT = 0.7;

/** Paragraph text of the copy after the clutter rules, before Readability: what the scope has to say. */
export function paragraphText(root: Element): number {
  let length = 0;
  for (const p of Array.from(root.getElementsByTagName('p')))
    length += collapseWhitespace(p.textContent).length;
  return length;
}

/**
 * The share of `paragraphs` (the cleaned scope's paragraph text) that `article` holds, or null when there is
 * nothing to weigh: nothing was found (a sign-in page's form is not an article) or the scope had no paragraphs.
 */
export function keptShare(article: Article | null, paragraphs: number): number | null {
  return article === null || paragraphs === 0 ? null : article.textContent.length / paragraphs;
}

/**
 * Whether Readability's article, holding `share` of the cleaned scope's paragraph text, is a part of it and the
 * cleaned scope the better view. `always`: for the fit's run, every share under HIGHEST_TRIED_BY_FIT.
 */
export function keptTooLittle(share: number, always = false): boolean {
  return share < (always ? HIGHEST_TRIED_BY_FIT : MIN_KEPT_SHARE);
}

import { tagOf, type ClutterRule } from './rule';
import { textLengthAtMost } from '../extract/text';

// Grids of story cards for other articles (Digg's "fp-vertical-story", WordPress "related" loops): each
// an <article> of its own with a linked headline and a teaser. Safe: only on pages with more than one
// <article> elements, only short ones (a teaser, not a story), and the guard keeps the main article.
const LINKED_HEADLINE = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';
const MAX_TEXT = 600;
const MIN_ARTICLES = 2;

export const storyCards: ClutterRule = {
  name: 'story-cards',
  test: (el) =>
    tagOf(el) === 'article' &&
    el.ownerDocument.getElementsByTagName('article').length >= MIN_ARTICLES &&
    textLengthAtMost(el, MAX_TEXT) &&
    el.querySelector(LINKED_HEADLINE) !== null,
};

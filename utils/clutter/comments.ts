import type { ClutterRule } from './rule';

// Comment widgets: Disqus, Facebook comments, WordPress #comments/#respond, Viafoura, Coral, "comment
// count" links. Safe against the classic trap (an article container with class "comment"): only
// well-known widget names match, and the guard in index.ts vetoes any block holding most of the text.
const COMMENT_NAME =
  /(?<![a-z])(comments?|comment-?(list|section|area|form|wrap|container|box|block|count|thread|widget)|commentlist|disqus|respond|reply-?form|fb-comments|viafoura|coral-?talk|talk-?stream|discussion|livefyre|opinary)(?![a-z])/;

export const comments: ClutterRule = {
  name: 'comments',
  test: (_el, name) => COMMENT_NAME.test(name),
};

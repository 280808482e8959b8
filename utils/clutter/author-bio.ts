import type { ClutterRule } from './rule';
import { textLengthAtMost } from '../extract/text';

// Author boxes under a story ("About the Author", photo, bio, "View author archive", follow links).
// The reader shows the byline from the metadata; the bio is not the article. Safe: named for author
// boxes and short.
const BIO_NAME =
  /(?<![a-z])(author-?(bio|box|info|card|profile|details|block|footer|about|wrap)|about-?(the-?)?author|bio-?box|contributor-?(bio|box|info)|byline-?(bio|card))(?![a-z])/;
const MAX_TEXT = 800;

export const authorBio: ClutterRule = {
  name: 'author-bio',
  test: (el, name) => BIO_NAME.test(name) && textLengthAtMost(el, MAX_TEXT),
};

import { childCountOf, type ClutterRule } from './rule';
import { shortTextOf } from '../extract/text';

// Photo credits beside a picture's caption: space.com's `div.credit` "(Image: © NASA/ESA/K. Retherford)", the
// New York Post's `span.img__credit` "Shutterstock", Slate's `image__credit` "Photo by …", BBC's
// `story-image-copyright` "EPA". The picture and its caption stay; the agency's name read as the next line of the
// story. Safe: only a short block named for the credit (not the caption that holds one: Slate's
// `image__caption-credit`), next to a picture: a film's "Credits" or a credit-card section is not.
/** The name's last word: `credit`, `img__credit`, BBC's `story-image-copyright`; not `credit-card-offers`. */
const CREDIT_NAME = /(?:^|[\s-])(?:credits?|image-copyright|photo-copyright)(?=\s|$)/;
const CAPTION_NAME = /caption/;
const MAX_TEXT = 120;
const MAX_CHILDREN = 3;
/** How far up a picture may sit: the credit is in the caption, the caption beside the image. */
const PICTURE_LEVELS = 3;
const PICTURE = 'img, picture, video, figure';

function besideAPicture(el: Element): boolean {
  let up: Element | null = el;
  for (let level = 0; up && level < PICTURE_LEVELS; level++) {
    up = up.parentElement;
    if (!up || up.localName === 'body') return false;
    if (up.localName === 'figure' || up.querySelector(PICTURE)) return true;
  }
  return false;
}

export const photoCredits: ClutterRule = {
  name: 'photo-credits',
  test: (el, name) =>
    CREDIT_NAME.test(name) &&
    !CAPTION_NAME.test(name) &&
    childCountOf(el) <= MAX_CHILDREN &&
    shortTextOf(el, MAX_TEXT) !== null &&
    besideAPicture(el),
};

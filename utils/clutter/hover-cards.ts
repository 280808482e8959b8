import type { ClutterRule } from './rule';

// Hover cards inside the text: a person or topic card (photo, name, a list of recent headlines) that the
// site shows when the pointer rests on a linked name (The Hill's "rollover" people cards, tooltip and
// popover widgets). Hidden until hovered, so a reader pasting it into the sentence is pure noise.
// Safe: only inside running text (a paragraph or list item), only a card rich enough to be one (an image or
// two links), and never the wrapper that starts with the linked name itself — that is the word being read.
const HOVER_CARD = /(?<![a-z])(rollover|hover-?card|tooltip|popover)/;
const RUNNING_TEXT = 'p, li';

export const hoverCards: ClutterRule = {
  name: 'hover-cards',
  test: (el, name) => {
    if (!HOVER_CARD.test(name) || el.closest(RUNNING_TEXT) === null) return false;
    if (el.firstElementChild?.localName === 'a') return false;
    return el.querySelector('img') !== null || el.querySelectorAll('a').length >= 2;
  },
};

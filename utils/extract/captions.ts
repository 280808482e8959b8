import { normalizedText } from './text';

// A caption shown twice: sites print a <figcaption> and, for old templates or AMP, the same text again
// as a paragraph beside the figure (the Korea Times reference page does this). The reader shows it once:
// the figcaption stays, the twin goes. Same for two adjacent blocks with the same caption-sized text.

const MIN_TWIN_LENGTH = 15;
const TWIN_TAGS = new Set(['p', 'div', 'span', 'figcaption', 'small', 'em', 'i']);

function sameText(a: Element, b: Element): boolean {
  const text = normalizedText(a.textContent);
  return text.length >= MIN_TWIN_LENGTH && text === normalizedText(b.textContent);
}

function removeTwinsBesideFigure(figure: Element, caption: Element): void {
  for (const sibling of [figure.nextElementSibling, figure.previousElementSibling]) {
    if (sibling && TWIN_TAGS.has(sibling.localName) && sameText(caption, sibling)) sibling.remove();
  }
  for (const twin of Array.from(figure.querySelectorAll('p, div, span'))) {
    if (!twin.contains(caption) && !caption.contains(twin) && sameText(caption, twin)) twin.remove();
  }
}

function removeAdjacentTwins(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('p, div, figcaption'))) {
    const next = el.nextElementSibling;
    if (
      next &&
      root.contains(el) &&
      TWIN_TAGS.has(next.localName) &&
      el.childElementCount <= 2 &&
      sameText(el, next)
    ) {
      next.remove();
    }
  }
}

export function removeDuplicateCaptions(root: Element): void {
  for (const caption of Array.from(root.getElementsByTagName('figcaption'))) {
    const figure = caption.closest('figure');
    if (figure) removeTwinsBesideFigure(figure, caption);
  }
  removeAdjacentTwins(root);
}

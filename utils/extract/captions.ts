import { normalizedText } from './text';

// A caption shown twice: sites print a <figcaption> and, for old templates or AMP, the same text again
// as a paragraph beside the figure (the Korea Times reference page does this). The reader shows it once:
// the figcaption stays, the twin goes. Same for two adjacent blocks with the same caption-sized text.

const MIN_TWIN_LENGTH = 15;
const IMAGE_TAGS = new Set(['img', 'picture', 'figure']);
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

/** "Caption text... more" beside "Caption text full. less": a truncated copy the page toggles. */
const TOGGLE_SUFFIX = /\s*(\.\.\.|…)?\s*(more|less|read more|show more|show less)?$/;

/**
 * A block's normalized text (single spaces) without its toggle suffix, which is then at most 14 characters long
 * (" ... show more"). Only the tail is searched: a regular expression anchored at the end alone is tried at every
 * position of the text, and every paragraph of the article passes here.
 */
function textWithoutToggle(el: Element): string {
  const text = normalizedText(el.textContent);
  return text.slice(0, -16) + text.slice(-16).replace(TOGGLE_SUFFIX, '');
}

/** Which of two blocks is a (truncated) copy of the other, given their texts without a toggle suffix. */
function truncatedTwin(a: Element, textA: string, b: Element, textB: string): Element | null {
  if (textA.length < MIN_TWIN_LENGTH || textB.length < MIN_TWIN_LENGTH) return null;
  if (textA === textB) return b;
  if (textA.startsWith(textB)) return b;
  return textB.startsWith(textA) ? a : null;
}

/**
 * Each block's text without its toggle suffix, read once for both passes below: on a long article they read
 * every paragraph, and the second pass normalized all of it again (docs/speed.md). A removal changes its
 * ancestors' text, so it forgets them all (removals are rare).
 */
class BlockTexts {
  private readonly texts = new Map<Element, string>();

  of(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = textWithoutToggle(el);
      this.texts.set(el, text);
    }
    return text;
  }

  remove(el: Element): void {
    el.remove();
    this.texts.clear();
  }
}

function removeAdjacentTwins(root: Element, texts: BlockTexts): void {
  for (const el of Array.from(root.querySelectorAll('p, div, figcaption'))) {
    const next = el.nextElementSibling;
    if (!next || !root.contains(el) || !TWIN_TAGS.has(next.localName) || el.childElementCount > 2) continue;
    const twin = truncatedTwin(el, texts.of(el), next, texts.of(next));
    if (twin && (isCaptionLike(el) || isCaptionLike(next))) texts.remove(twin);
  }
}

/** Long enough that two equal blocks are a copy (a gallery printed twice for mobile), not a refrain. */
const MIN_REPEAT_LENGTH = 50;
/** Shorter repeats count only when identical and caption-like ("Photo: Meg Kinnard, AP" twice). */
const MIN_CREDIT_LENGTH = 12;
const LEAF_BLOCKS = 'p, figcaption, div, span, li';

/** Captions sit in a figure or right beside an image (theirs or their wrapper's); body text does not. */
function isCaptionLike(el: Element): boolean {
  if (el.localName === 'figcaption' || el.closest('figure')) return true;
  for (const node of [el, el.parentElement]) {
    for (const sibling of [node?.previousElementSibling, node?.nextElementSibling]) {
      if (sibling && (IMAGE_TAGS.has(sibling.localName) || sibling.querySelector('img, picture') !== null))
        return true;
    }
  }
  return false;
}

/** A block repeating (or truncating) an earlier caption — galleries print theirs again for mobile.
 * Only captions are tracked, so a refrain in the text itself is never touched. */
function removeRepeatedBlocks(root: Element, texts: BlockTexts): void {
  const captions: string[] = [];
  let leaf: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(LEAF_BLOCKS))) {
    if (leaf?.contains(el) || !root.contains(el)) continue;
    if (el.querySelector('p, div, li, figure, img, table') !== null) continue;
    leaf = el;
    const text = texts.of(el);
    if (text.length < MIN_CREDIT_LENGTH) continue;
    const repeated = captions.some((earlier) =>
      text.length >= MIN_REPEAT_LENGTH ? earlier.startsWith(text) : earlier === text,
    );
    if (repeated) texts.remove(el);
    else if (isCaptionLike(el)) captions.push(text);
  }
}

export function removeDuplicateCaptions(root: Element): void {
  for (const caption of Array.from(root.getElementsByTagName('figcaption'))) {
    const figure = caption.closest('figure');
    if (figure) removeTwinsBesideFigure(figure, caption);
  }
  const texts = new BlockTexts();
  removeAdjacentTwins(root, texts);
  removeRepeatedBlocks(root, texts);
}

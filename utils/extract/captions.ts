import { hasMoreVisibleCharsThan, isSpace, normalizedText } from './text';

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
/** Most visible characters TOGGLE_SUFFIX takes off a text ("...", "show more"). */
const LONGEST_TOGGLE_SUFFIX = 11;

/** Which of two blocks is a (truncated) copy of the other, given their texts without a toggle suffix. */
function truncatedTwin(a: Element, textA: string, b: Element, textB: string): Element | null {
  if (textA.length < MIN_TWIN_LENGTH || textB.length < MIN_TWIN_LENGTH) return null;
  if (textA === textB) return b;
  if (textA.startsWith(textB)) return b;
  return textB.startsWith(textA) ? a : null;
}

/**
 * The first `MIN_TWIN_LENGTH` characters of normalizedText(text), read no further. Twins agree on them (both are
 * at least that long and one starts with the other; the toggle suffix is cut from the end only), and two
 * paragraphs of a story hardly ever do: normalizing every paragraph whole, to compare it with its neighbour, was
 * most of this module's time.
 */
function normalizedHead(text: string): string {
  // Lower-cased as a whole, with some characters to spare: a letter's lower case can depend on the next ones
  // (a Greek final sigma).
  let head = '';
  let space = false;
  for (let i = 0; i < text.length && head.length < 2 * MIN_TWIN_LENGTH; i++) {
    if (isSpace(text.charCodeAt(i))) {
      space = head.length > 0;
    } else {
      if (space) head += ' ';
      head += text[i];
      space = false;
    }
  }
  return head.toLowerCase().slice(0, MIN_TWIN_LENGTH);
}

function removeAdjacentTwins(root: Element): void {
  // Each block is read as `next` and then as `el`: keep what was read of it the first time. Nothing inside a
  // block is removed between the two reads: the walk is in document order and only removes the pair it is
  // looking at.
  const raws = new Map<Element, string>();
  const rawOf = (el: Element) => {
    let raw = raws.get(el);
    if (raw === undefined) raws.set(el, (raw = el.textContent ?? ''));
    return raw;
  };
  const textOf = (el: Element) => normalizedText(rawOf(el)).replace(TOGGLE_SUFFIX, '');
  for (const el of Array.from(root.querySelectorAll('p, div, figcaption'))) {
    const next = el.nextElementSibling;
    if (!next || !root.contains(el) || !TWIN_TAGS.has(next.localName) || el.childElementCount > 2) continue;
    if (normalizedHead(rawOf(el)) !== normalizedHead(rawOf(next))) continue;
    const twin = truncatedTwin(el, textOf(el), next, textOf(next));
    if (twin && (isCaptionLike(el) || isCaptionLike(next))) twin.remove();
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
function removeRepeatedBlocks(root: Element): void {
  const captions: string[] = [];
  let longestCaption = 0;
  let leaf: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(LEAF_BLOCKS))) {
    if (leaf?.contains(el) || !root.contains(el)) continue;
    if (el.querySelector('p, div, li, figure, img, table') !== null) continue;
    leaf = el;
    const raw = el.textContent ?? '';
    // A block that is no caption is only read to be compared with the captions before it: not at all before
    // the first, and not when it is longer than all of them (normalizing keeps every visible character; the
    // toggle suffix takes a few off).
    if (
      hasMoreVisibleCharsThan(raw, captions.length && longestCaption + LONGEST_TOGGLE_SUFFIX) &&
      !isCaptionLike(el)
    )
      continue;
    const text = normalizedText(raw).replace(TOGGLE_SUFFIX, '');
    if (text.length < MIN_CREDIT_LENGTH) continue;
    const repeated = captions.some((earlier) =>
      text.length >= MIN_REPEAT_LENGTH ? earlier.startsWith(text) : earlier === text,
    );
    if (repeated) el.remove();
    else if (isCaptionLike(el)) {
      captions.push(text);
      longestCaption = Math.max(longestCaption, text.length);
    }
  }
}

export function removeDuplicateCaptions(root: Element): void {
  for (const caption of Array.from(root.getElementsByTagName('figcaption'))) {
    const figure = caption.closest('figure');
    if (figure) removeTwinsBesideFigure(figure, caption);
  }
  removeAdjacentTwins(root);
  removeRepeatedBlocks(root);
}

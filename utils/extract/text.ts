const SPACES = /\s+/g;

/** Text as it reads: every run of whitespace one space, none at either end. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(SPACES, ' ').trim();
}

/** Text compared across elements: collapsed whitespace, no case, so twin captions match despite markup. */
export function normalizedText(text: string | null | undefined): string {
  return collapseWhitespace(text).toLowerCase();
}

// Exactly what `\s` matches in JavaScript.
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True when `text` has more than `max` non-space characters, so that any whitespace-collapsed form of it is
 * longer than `max`. Stops reading at that point: a story wrapper's text need not be scanned, let alone copied.
 */
export function hasMoreVisibleCharsThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i)) && ++visible > max) return true;
  }
  return false;
}

/**
 * Characters of `text` that are not white space: markup indentation is most of some pages' raw text. A regular
 * expression rather than a loop: on a first click the code runs cold and the loop still interpreted, while the
 * expression runs compiled from the start (docs/speed.md, "Why the code is shaped so").
 */
export function visibleLength(text: string): number {
  return text.replace(SPACES, '').length;
}

// The clutter walk asks every rule about the same element in a row, and several rules read its text:
// remember the text of the element asked about last, so the DOM is read once per element.
let cachedElement: Element | null = null;
let cachedText = '';
let cachedNormalized: string | null = null;

export function textOf(el: Element): string {
  if (el !== cachedElement) {
    cachedElement = el;
    cachedText = el.textContent ?? '';
    cachedNormalized = null;
  }
  return cachedText;
}

export function normalizedTextOf(el: Element): string {
  const text = textOf(el);
  cachedNormalized ??= normalizedText(text);
  return cachedNormalized;
}

/** Forget the remembered text (the tree changed). */
export function forgetText(): void {
  cachedElement = null;
}

/**
 * Forget everything remembered of the private copy once the extraction is done: one element of it keeps the
 * whole copy alive (a node holds its document), so a closed reader kept a copy of the page in memory until the
 * next open (heap snapshot after open/close cycles, tests/hostile lifecycle).
 */
export function forgetCopy(): void {
  forgetText();
  cachedText = '';
  cachedNormalized = null;
  paragraphTextUnder = new Map();
}

// Reading a story wrapper's text builds a string of the whole story, once per wrapper level, and the rules that
// only care about short blocks ask it of every block: at 100 times the reference page's size that was most of the
// clutter walk (6.8 million characters read for a 1.2 MB story). The walk first adds up the visible text of the
// paragraphs under each block, a lower bound of the block's text (raw or normalized: normalizing keeps every
// visible character), and those rules turn a block down from it without reading its text. A block's subtree is
// intact until the walk has asked about it, so the bound holds when it is used.
let paragraphTextUnder = new Map<Element, number>();

/**
 * The visible text of the paragraphs under each block of `root` (paragraphs included), and in all (`total`;
 * `raw`: raw lengths). Paragraphs inside a block that `skip` accepts are left out of all three.
 */
export function paragraphTextByBlock(
  root: Element,
  skip: (block: Element) => boolean = () => false,
): { total: number; raw: number; byBlock: Map<Element, number> } {
  const byBlock = new Map<Element, number>();
  let total = 0;
  let raw = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const blocks: Element[] = [];
    let el: Element | null = p;
    for (; el && el !== root && !skip(el); el = el.parentElement) blocks.push(el);
    if (el !== root) continue;
    const text = p.textContent ?? '';
    const length = visibleLength(text);
    total += length;
    raw += text.length;
    for (const block of blocks) byBlock.set(block, (byBlock.get(block) ?? 0) + length);
  }
  return { total, raw, byBlock };
}

/**
 * Adds up the visible paragraph text under each block of `root`, for surelyLongerThan, and returns the raw length
 * of all of `root`'s paragraph text (the clutter guard's measure), read in the same pass.
 */
export function measureParagraphText(root: Element): number {
  const { raw, byBlock } = paragraphTextByBlock(root);
  paragraphTextUnder = byBlock;
  return raw;
}

/** True when `el`'s text is known to be longer than `max` without reading it. */
export function surelyLongerThan(el: Element, max: number): boolean {
  return (paragraphTextUnder.get(el) ?? 0) > max;
}

/** `textOf(el).length > max`, without reading a text known to be longer. */
export function rawTextLongerThan(el: Element, max: number): boolean {
  return surelyLongerThan(el, max) || textOf(el).length > max;
}

export function textLength(el: Element): number {
  return normalizedTextOf(el).length;
}

// Normalizing a text costs a regular-expression pass over all of it and a copy: the rules ask it of short
// blocks only (once per block: normalizedTextOf remembers it), and turn long ones down from counts
// (normalizing keeps every non-space character).

/** textLength(el) <= max, without normalizing a text whose raw length or non-space count settles it. */
export function textLengthAtMost(el: Element, max: number): boolean {
  if (surelyLongerThan(el, max)) return false;
  const raw = textOf(el);
  if (raw.length <= max) return true;
  return !hasMoreVisibleCharsThan(raw, max) && textLength(el) <= max;
}

/**
 * The element's normalized text when that is at most `max` characters, else null. Rules that only care about
 * short lines ask this of every block on the page, wrappers of the whole story included: a long text is turned
 * down after counting `max` visible characters instead of being normalized whole (normalizing cannot make a
 * text shorter than its count of non-space characters). The normalized text is remembered for the other rules.
 */
export function shortTextOf(el: Element, max: number): string | null {
  if (surelyLongerThan(el, max) || hasMoreVisibleCharsThan(textOf(el), max)) return null;
  const normalized = normalizedTextOf(el);
  return normalized.length <= max ? normalized : null;
}

/**
 * Share of an element's text that sits inside links: 1 for a list of headlines, ~0 for prose. Counts visible
 * characters: normalizing every link's and the block's text only to measure it was a third of all the text
 * the extraction normalized (the article itself is measured once more after Readability).
 */
export function linkDensity(el: Element): number {
  const total = visibleLength(textOf(el));
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += visibleLength(a.textContent ?? '');
  return Math.min(1, linked / total);
}

/** Han and kana: scripts written without spaces between words (Japanese, Chinese). */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Roughly how many such characters make a word, for reading time and the "too short" test. */
const CHARS_PER_UNSPACED_WORD = 2;

/**
 * countWords(text) > 0, without counting: true at the first letter or digit (every word holds one, and
 * Han/kana are letters). Asked of the whole article, where counting it all would be wasted.
 */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Words of any script: space-separated tokens, plus Han/kana text counted by characters. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  const spaced = text
    .replace(UNSPACED_CHAR, ' ')
    .split(/\s+/u)
    .filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  return spaced + Math.ceil(unspaced / CHARS_PER_UNSPACED_WORD);
}

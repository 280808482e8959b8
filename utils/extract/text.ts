/** Text compared across elements: collapsed whitespace, no case, so twin captions match despite markup. */
export function normalizedText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

// Exactly what `\s` matches in JavaScript (what normalizedText collapses).
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

function visibleChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** Text the count may skip: it only has to be a lower bound, and these hold the most characters. */
const UNCOUNTED = new Set(['script', 'style']);

/** For each element under `root`: at least how many non-space characters its textContent has. */
function indexVisibleText(root: Element): WeakMap<Element, number> {
  const index = new WeakMap<Element, number>();
  const count = (el: Element): number => {
    let total = 0;
    if (!UNCOUNTED.has(el.localName)) {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === ELEMENT_NODE) total += count(child as Element);
        else if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
          total += visibleChars((child as CharacterData).data);
        }
      }
    }
    index.set(el, total);
    return total;
  };
  count(root);
  return index;
}

let visibleIndex: WeakMap<Element, number> | null = null;

/**
 * Runs `work` with a lower bound of every element's text size under `root` counted once, up front. Rules
 * that only want short blocks ask textContent of nearly every element, wrappers of the whole story
 * included (quadratic in the page's depth: ~30% of extractArticle in Chromium over the 92 dev pages); with
 * the index they turn long ones down at once. The bound holds while nothing inside an element is removed
 * before it is asked about: true of removeClutter's walk in document order.
 */
export function withVisibleTextIndex<T>(root: Element, work: () => T): T {
  const previous = visibleIndex;
  visibleIndex = indexVisibleText(root);
  try {
    return work();
  } finally {
    visibleIndex = previous;
  }
}

/**
 * True when normalizedText(el.textContent) is certainly longer than `max` (it has more non-space characters
 * than that). False when unsure or outside withVisibleTextIndex: the caller then measures the text itself.
 */
export function certainlyLongerThan(el: Element, max: number): boolean {
  return (visibleIndex?.get(el) ?? 0) > max;
}

export function textLength(el: Element): number {
  return normalizedText(el.textContent).length;
}

/** Share of an element's text that sits inside links: 1 for a list of headlines, ~0 for prose. */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += textLength(a);
  return Math.min(1, linked / total);
}

/** Han and kana: scripts written without spaces between words (Japanese, Chinese). */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Roughly how many such characters make a word, for reading time and the "too short" test. */
const CHARS_PER_UNSPACED_WORD = 2;

/** Words of any script: space-separated tokens, plus Han/kana text counted by characters. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  const spaced = text
    .replace(UNSPACED_CHAR, ' ')
    .split(/\s+/u)
    .filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  return spaced + Math.ceil(unspaced / CHARS_PER_UNSPACED_WORD);
}

/** Text compared across elements: collapsed whitespace, no case, so twin captions match despite markup. */
export function normalizedText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
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

export function textLength(el: Element): number {
  return normalizedTextOf(el).length;
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

/**
 * Sentence boundaries in one paragraph's text, for Listen: one utterance per sentence (Chrome cuts long
 * utterances after about 15 s, and speech-dispatcher sends no word boundaries, so the sentence is also the
 * unit the highlight follows). Written out rather than Intl.Segmenter: its sentence rules break after
 * "Mr." and "Oct." and differ between ICU versions, so the same article would split differently per browser.
 */

/** A sentence as [start, end) offsets into the text, whitespace around it excluded. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Stands for a <br> in a paragraph's text: always ends a sentence (poems, addresses, Q&A lines). */
export const LINE_BREAK = '\u2028';

/** Longer sentences are cut at a clause or a space: Chrome stops some voices after about 15 s. */
export const MAX_SENTENCE_CHARS = 240;

// Ends a sentence when what follows allows it (see startsSentence).
const TERMINATORS = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '؟', '।', '॥', '։', '።']);
// End a sentence whether or not a space follows (Chinese, Japanese; full-width forms Korean text uses too).
const CJK_TERMINATORS = new Set(['。', '！', '？', '｡', '．']);
// Belong to the sentence they close: `He said "Stop."` ends after the quote.
const CLOSERS = new Set([
  '"',
  "'",
  '”',
  '’',
  '»',
  '›',
  ')',
  ']',
  '}',
  '」',
  '』',
  '）',
  '］',
  '】',
  '〕',
  '〉',
  '》',
  '〗',
  '〙',
]);
// May open a sentence: the letter after them decides.
const OPENERS = /["'“‘«‹([{「『（［【〔〈《¿¡\-–—]/u;

/**
 * Never end a sentence: titles before a name ("Dr. Kim"), months and references before a number
 * ("Oct. 28", "No. 5", "Fig. 3"), Latin abbreviations mid-sentence ("e.g. Seoul", "vs. Japan").
 * Compared lower-case, without the final period.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'gov',
  'sen',
  'rep',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'rev',
  'hon',
  'pres',
  'supt',
  'messrs',
  'vs',
  'v',
  'cf',
  'e.g',
  'i.e',
  'viz',
  'al',
  'approx',
  'ca',
  'fig',
  'figs',
  'vol',
  'vols',
  'no',
  'nos',
  'p',
  'pp',
  'ch',
  'sec',
  'art',
  'para',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch) && ch !== LINE_BREAK;
const isLower = (ch: string) => /\p{Ll}/u.test(ch);
const isDigit = (ch: string) => /\p{Nd}/u.test(ch);

/** The word just before `end` (exclusive): letters, digits and inner periods, as in "U.S" or "e.g". */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The first character that decides whether a sentence starts at `from`: openers are looked through. */
function deciding(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && OPENERS.test(text[i]!)) i++;
  return text[i];
}

/**
 * Whether the period at `dot` ends a sentence, given the character that follows the space after it:
 * "Oct. 28" and "Dr. Kim" do not, "in 2023. Then" does; "2024. 10. 28." (a Korean date) does not.
 */
function periodEnds(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  const bare = word.toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // An initial ("S. Korea", "J. K. Rowling"), an all-capital dotted acronym ("U.S. Army").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return false;
  // Digits then a digit: a date or a numbered list written inline, not the end of a sentence.
  if (/^\p{Nd}+$/u.test(word) && isDigit(next)) return false;
  // The day of a date written "2024. 10. 28." (Korean news), whatever follows.
  if (/(?:^|\D)\d{2,4}\. ?\d{1,2}\. ?\d{1,2}$/u.test(text.slice(Math.max(0, dot - 14), dot))) return false;
  return true;
}

/** Where each sentence of `text` starts and ends (trimmed, never empty). */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text[s]) || text[s] === LINE_BREAK)) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === LINE_BREAK)) e--;
    if (e > s) spans.push(...capLength(text, s, e));
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === LINE_BREAK) {
      push(i + 1);
      continue;
    }
    const cjk = CJK_TERMINATORS.has(ch);
    if (!cjk && !TERMINATORS.has(ch)) continue;
    // A run of terminators ("?!", "...") and the closing quotes or brackets after it end together.
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CJK_TERMINATORS.has(text[end]!))) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    let next = end;
    while (next < text.length && isSpace(text[next])) next++;
    if (next >= text.length) break;
    const spaced = next > end;
    const following = deciding(text, next);
    let ends: boolean;
    if (cjk || CJK_TERMINATORS.has(text[end - 1]!)) ends = true;
    else if (!spaced || following === undefined) ends = false;
    else if (isLower(following)) ends = false;
    else if (ch === '.' && end - i === 1) ends = periodEnds(text, i, following);
    else ends = true;
    if (ends) push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** Cuts a sentence longer than MAX_SENTENCE_CHARS after a clause mark, else at a space, else anywhere. */
function capLength(text: string, start: number, end: number): SentenceSpan[] {
  const pieces: SentenceSpan[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const limit = from + MAX_SENTENCE_CHARS;
    const window = text.slice(from, limit);
    // The last clause mark or space in the second half of the window, so pieces do not get tiny.
    const half = Math.floor(MAX_SENTENCE_CHARS / 2);
    let cut = -1;
    for (const pattern of [/[;:]\s/gu, /[,，、—–]\s?/gu, /\s/gu]) {
      for (const match of window.matchAll(pattern))
        if (match.index >= half) cut = match.index + match[0].trimEnd().length;
      if (cut !== -1) break;
    }
    const at = cut === -1 ? limit : from + cut;
    pieces.push({ start: from, end: at });
    from = at;
    while (from < end && isSpace(text[from])) from++;
  }
  if (end > from) pieces.push({ start: from, end });
  return pieces;
}

import { describe, expect, it } from 'vitest';
import {
  countWords,
  hasMoreVisibleCharsThan,
  hasWords,
  normalizedText,
  shortTextOf,
  textLength,
  textLengthAtMost,
} from './text';

/** An element holding exactly `text` (a fresh one each time: the text helpers remember the last element). */
function block(text: string | null): Element {
  const el = document.createElement('div');
  el.textContent = text;
  return el;
}

describe('shortTextOf', () => {
  it('is normalizedText for texts within the limit, however much space surrounds them', () => {
    expect(shortTextOf(block('  Read   MORE:\n\t'), 10)).toBe('read more:');
    expect(shortTextOf(block(`${' \n'.repeat(500)}See also${'\u00a0'.repeat(300)}`), 8)).toBe('see also');
  });

  it('turns down texts longer than the limit, with or without spaces', () => {
    expect(shortTextOf(block('abcdefghijk'), 10)).toBeNull();
    expect(shortTextOf(block('abcde fghij'), 10)).toBeNull();
    expect(shortTextOf(block('word '.repeat(10_000)), 220)).toBeNull();
  });

  it('agrees with normalizedText on the limit for every length around it', () => {
    for (let length = 0; length < 30; length++) {
      const text = ' x'.repeat(length);
      const normalized = normalizedText(text);
      expect(shortTextOf(block(text), 20)).toBe(normalized.length <= 20 ? normalized : null);
    }
  });

  it('gives empty text for empty or missing text', () => {
    expect(shortTextOf(block(null), 5)).toBe('');
    expect(shortTextOf(block(' \n '), 5)).toBe('');
  });
});

describe('textLengthAtMost', () => {
  it('agrees with textLength(el) <= max, from counts or by normalizing', () => {
    for (const text of [
      '',
      'abc',
      '  a  b  ',
      `${' \n'.repeat(50)}word${'\u00a0'.repeat(50)}`,
      'x '.repeat(40),
    ]) {
      for (const max of [0, 3, 5, 20, 60, 200]) {
        expect(textLengthAtMost(block(text), max)).toBe(textLength(block(text)) <= max);
      }
    }
  });
});

describe('hasWords', () => {
  it('agrees with countWords > 0 on words, numbers, CJK, punctuation and space', () => {
    for (const text of ['', '  \n ', '— … !!', 'word', ' 42 ', '日本語', 'ひらがな', '—a—', '\u00a0é']) {
      expect(hasWords(text)).toBe(countWords(text) > 0);
    }
  });
});

describe('hasMoreVisibleCharsThan', () => {
  it('counts characters that are not spaces of any kind', () => {
    expect(hasMoreVisibleCharsThan('abc', 3)).toBe(false);
    expect(hasMoreVisibleCharsThan('abcd', 3)).toBe(true);
    expect(hasMoreVisibleCharsThan(' a \n b\u00a0\u2003c\t', 3)).toBe(false);
    expect(hasMoreVisibleCharsThan(`${' '.repeat(1000)}x`, 3)).toBe(false);
    expect(hasMoreVisibleCharsThan('word '.repeat(10_000), 90)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countWords,
  hasMoreVisibleCharsThan,
  hasWords,
  normalizedText,
  shortNormalizedText,
} from '../../utils/extract/text';

describe('shortNormalizedText', () => {
  it('is normalizedText for texts within the limit, however much space surrounds them', () => {
    expect(shortNormalizedText('  Read   MORE:\n\t', 10)).toBe('read more:');
    expect(shortNormalizedText(`${' \n'.repeat(500)}See also${'\u00a0'.repeat(300)}`, 8)).toBe('see also');
  });

  it('turns down texts longer than the limit, with or without spaces', () => {
    expect(shortNormalizedText('abcdefghijk', 10)).toBeNull();
    expect(shortNormalizedText('abcde fghij', 10)).toBeNull();
    expect(shortNormalizedText('word '.repeat(10_000), 220)).toBeNull();
  });

  it('agrees with normalizedText on the limit for every length around it', () => {
    for (let length = 0; length < 30; length++) {
      const text = ' x'.repeat(length);
      const normalized = normalizedText(text);
      expect(shortNormalizedText(text, 20)).toBe(normalized.length <= 20 ? normalized : null);
    }
  });

  it('gives empty text for empty or missing text', () => {
    expect(shortNormalizedText(null, 5)).toBe('');
    expect(shortNormalizedText(' \n ', 5)).toBe('');
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

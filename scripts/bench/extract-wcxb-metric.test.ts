import { describe, expect, it } from 'vitest';
import { snippetRate, wordF1, words } from './extract-wcxb-metric';

// Expected values worked out by hand from evaluate.py's definitions (word_f1, snippet_check).
describe('WCXB metric port', () => {
  it("splits words like Python's \\w+ on lower-cased text: letters and digits of any script and _", () => {
    expect(words('Héllo, WÖRLD_1! 3.5 — 東京 x²')).toEqual(['héllo', 'wörld_1', '3', '5', '東京', 'x²']);
    expect(words('')).toEqual([]);
  });

  it('scores overlap of word multisets: precision over predicted words, recall over true words', () => {
    // predicted: a a b c (4), truth: a b b d e (5); overlap min(2,1)+min(1,2) = 2.
    const s = wordF1('a a b c', 'a b b d e');
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.4);
    expect(s.f1).toBeCloseTo((2 * 0.5 * 0.4) / 0.9, 12);
  });

  it('gives 0 to an empty prediction, and 1 only when the truth is empty too', () => {
    expect(wordF1('', 'a b')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordF1('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordF1('a', ' ,')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('finds snippets case-insensitively as substrings, 1 when there are none', () => {
    expect(snippetRate('The Quick brown fox', ['quick BROWN', 'lazy dog'])).toBe(0.5);
    expect(snippetRate('anything', [])).toBe(1);
  });
});

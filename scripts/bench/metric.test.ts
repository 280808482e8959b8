import { describe, expect, it } from 'vitest';
import { countMatches, macroScores, shingles } from './metric';

describe('benchmark metric', () => {
  it('makes token 4-gram shingles, shorter for 1-3 tokens, none for no tokens', () => {
    expect([...shingles('a b c d e').keys()]).toEqual(['a b c d', 'b c d e']);
    expect([...shingles('one two').keys()]).toEqual(['one two']);
    expect(shingles('  ,. ').size).toBe(0);
    expect([...shingles('héllo wörld_1 x y').keys()]).toEqual(['héllo wörld_1 x y']);
  });

  it('counts a multiset match', () => {
    expect(countMatches('a b c d a b c d', 'a b c d x')).toEqual({ tp: 1, fp: 1, fn: 4 });
  });

  it('averages precision over non-empty predictions and takes F1 of the means', () => {
    const scores = macroScores([
      { tp: 1, fp: 1, fn: 0 },
      { tp: 0, fp: 0, fn: 4 },
    ]);
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBe(0.5);
  });
});

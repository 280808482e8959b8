import { describe, expect, it } from 'vitest';
import { median, p95, quantile, summary } from './stats';

describe('benchmark statistics (nearest rank)', () => {
  it('takes the median of an odd count from the middle, of an even count the lower middle value', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('gives a p95 that was measured: the 19th of 20 values, the 10th of 10', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(twenty)).toBe(19);
    expect(p95([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBe(10);
  });

  it('has no quantile of nothing, and the smallest value at q = 0', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([5, 2, 9], 0)).toBe(2);
  });

  it('summarizes to two decimals', () => {
    expect(summary([1.234, 5.678, 2.5])).toEqual({ median: 2.5, p95: 5.68, max: 5.68 });
  });
});

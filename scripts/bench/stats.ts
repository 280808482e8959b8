// The statistics every benchmark reports (bench:speed, bench:extract, bench:listen), defined once.
// Quantiles are nearest-rank: the smallest value with at least a fraction q of the values at or below it, so
// every figure is one that was measured; the median of an even count is the lower of the middle pair.

/** Nearest-rank quantile of `values` (q in 0..1); NaN for no values. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: number[]) => quantile(values, 0.5);
export const p95 = (values: number[]) => quantile(values, 0.95);
export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export function summary(values: number[]) {
  return {
    median: round(median(values), 2),
    p95: round(p95(values), 2),
    max: round(Math.max(...values), 2),
  };
}

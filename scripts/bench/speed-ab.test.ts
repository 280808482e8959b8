// @vitest-environment node
// (the module reaches the bench's file helpers, which need file: URLs)
import { describe, expect, it } from 'vitest';
import { buildPairReport } from './speed-ab';
import type { ClickSeries } from './speed-measure';

function series(cold: number, warm: number[], freshTab: number, kind = 'reader'): ClickSeries {
  return { cold, coldMarks: {}, warm, kind, textOnScreen: 100, freshTab };
}

describe('bench:speed --against report', () => {
  const report = buildPairReport(
    [
      { id: 'p1', ours: series(100, [40, 50, 60], 150), theirs: series(110, [45, 45, 45], 160) },
      { id: 'p2', ours: series(90, [30, 30, 30], 200), theirs: series(80, [35, 35, 35], 190) },
      { id: 'p3', ours: series(120, [50, 50, 50], 170), theirs: series(130, [40, 40, 40], 180) },
      // A notice on one side and a failure are no comparison: both left out of every figure.
      { id: 'notice', ours: series(5, [5], 5, 'notice'), theirs: series(500, [500], 500) },
      { id: 'broken', error: 'timed out' },
    ],
    '/tmp/base',
    'test',
  );

  it('compares only pages both builds opened as articles, and lists failures', () => {
    expect(report.pages).toBe(5);
    expect(report.compared).toBe(3);
    expect(report.failed).toEqual([{ id: 'broken', error: 'timed out' }]);
  });

  it('gives each build its per-page figures and the per-page differences', () => {
    // First clicks: ours 100, 90, 120 against 110, 80, 130: differences −10, +10, −10.
    expect(report.cold.ours).toEqual({ median: 100, p95: 120, max: 120 });
    expect(report.cold.theirs).toEqual({ median: 110, p95: 130, max: 130 });
    expect(report.cold.differenceMedian).toBe(-10);
    expect(report.cold.oursFaster).toBe(2);
    // Later clicks by each page's median: ours 50, 30, 50 against 45, 35, 40.
    expect(report.warm.differenceMedian).toBe(5);
    expect(report.warm.oursFaster).toBe(1);
    expect(report.freshTab.differenceMedian).toBe(-10);
  });
});

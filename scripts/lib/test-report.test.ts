import { describe, expect, it } from 'vitest';
import { countReport } from './test-report';

describe('countReport', () => {
  it('counts tests, and every test that did not pass by name, skipped ones included', () => {
    const result = countReport(
      'e2e',
      {
        testResults: [
          {
            name: 'a.test.ts',
            status: 'passed',
            assertionResults: [
              { fullName: 'a one', status: 'passed' },
              { fullName: 'a two', status: 'passed' },
            ],
          },
          {
            name: 'b.test.ts',
            status: 'failed',
            message: 'Browser was not found',
            assertionResults: [
              { fullName: 'b one', status: 'skipped' },
              { fullName: 'b two', status: 'pending' },
              { fullName: 'b three', status: 'failed' },
            ],
          },
        ],
      },
      1,
    );
    expect(result.passed).toBe(2);
    expect(result.failed).toEqual([
      'b.test.ts › b one (skipped)',
      'b.test.ts › b two (pending)',
      'b.test.ts › b three (failed)',
    ]);
  });

  it('names a file that failed without a failed test (it did not load)', () => {
    const result = countReport(
      'unit',
      {
        testResults: [
          { name: 'c.test.ts', status: 'failed', message: '\nSyntaxError: x', assertionResults: [] },
        ],
      },
      1,
    );
    expect(result).toEqual({ name: 'unit', passed: 0, failed: ['c.test.ts (SyntaxError: x)'] });
  });

  it('fails a stage with no report, or one that exited non-zero with nothing failed', () => {
    expect(countReport('firefox', null, 1).failed).toEqual(['firefox: vitest gave no report']);
    expect(countReport('unit', { testResults: [] }, 2).failed).toEqual(['unit: vitest exited with 2']);
    expect(countReport('unit', { testResults: [] }, 0).failed).toEqual([]);
  });
});

/** The part of vitest's JSON report `npm test` reads (the jest-compatible shape). */
export interface VitestJsonReport {
  testResults?: {
    name: string;
    status?: string;
    message?: string;
    assertionResults?: { fullName?: string; title?: string; status: string }[];
  }[];
}

export interface StageResult {
  name: string;
  passed: number;
  /** Every test that did not pass, by name: failed, skipped, todo, or a file that crashed around its tests. */
  failed: string[];
}

/**
 * Counts tests, not files. A skipped or pending test never ran, so it is a failure: a browser suite whose
 * launch failed in beforeAll reports its tests as skipped. A file that failed with no failed test (it did not
 * load, or a hook after its tests threw) is one failure under the file's name, since its tests are unknown.
 */
export function countReport(
  stage: string,
  report: VitestJsonReport | null,
  exitStatus: number,
  shortName: (file: string) => string = (file) => file,
): StageResult {
  if (!report?.testResults) return { name: stage, passed: 0, failed: [`${stage}: vitest gave no report`] };
  let passed = 0;
  const failed: string[] = [];
  for (const file of report.testResults) {
    const fileName = shortName(file.name);
    const before = failed.length;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') passed += 1;
      else failed.push(`${fileName} › ${test.fullName ?? test.title ?? '?'} (${test.status})`);
    }
    if (file.status === 'failed' && failed.length === before) {
      const why = (file.message ?? '').split('\n').find((line) => line.trim()) ?? 'failed';
      failed.push(`${fileName} (${why.trim().slice(0, 160)})`);
    }
  }
  if (exitStatus !== 0 && failed.length === 0) failed.push(`${stage}: vitest exited with ${exitStatus}`);
  return { name: stage, passed, failed };
}

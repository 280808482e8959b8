/**
 * `npm test`: type check, unit tests, then the real-browser suites (Chromium, then Firefox ESR), each in turn, ending with one line
 * `tests: N passed, M failed`. Every stage runs even after a failure, so one run shows everything; the
 * exit code is non-zero when anything failed (a stage that crashes before reporting counts as a failure).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface StageResult {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
}

const reports = mkdtempSync(join(tmpdir(), 'lectern-test-'));

function run(command: string, args: string[]): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status ?? 1;
}

function typecheck(): StageResult {
  const ok = run('npx', ['tsc', '--noEmit']) === 0;
  return { name: 'typecheck', passed: ok ? 1 : 0, failed: ok ? 0 : 1, ok };
}

function vitest(name: string, extraArgs: string[]): StageResult {
  const report = join(reports, `${name}.json`);
  const status = run('npx', [
    'vitest',
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8')) as Record<
      string,
      number
    >;
    const passed = numPassedTests ?? 0;
    const failed = (numFailedTests ?? 0) + (status !== 0 && !numFailedTests ? 1 : 0);
    return { name, passed, failed, ok: status === 0 };
  } catch {
    return { name, passed: 0, failed: 1, ok: false };
  }
}

const stages = [
  typecheck(),
  vitest('unit', []),
  vitest('e2e', ['-c', 'vitest.e2e.config.ts']),
  vitest('firefox', ['-c', 'vitest.firefox.config.ts']),
];
rmSync(reports, { recursive: true, force: true });

console.log('');
for (const { name, passed, failed, ok } of stages)
  console.log(`${name.padEnd(9)} ${ok ? 'ok  ' : 'FAIL'}  ${passed} passed, ${failed} failed`);
const tests = stages.filter((stage) => stage.name !== 'typecheck');
const passed = tests.reduce((sum, stage) => sum + stage.passed, 0);
const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(stages.every((stage) => stage.ok) ? 0 : 1);

/**
 * `npm test`: checks (and where it may, installs) the system prerequisites, then type-checks, runs the unit
 * tests, then the real-browser suites (Chromium, then Firefox ESR), each in turn, ending with one line
 * `tests: N passed, M failed`. Every stage runs even after a failure, so one run shows everything; the exit
 * code is non-zero when anything failed. A test that did not run (skipped, or its file crashed) is a failure,
 * listed by name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensurePrerequisites, TEST_PREREQUISITES } from './lib/prerequisites';
import { countReport, type StageResult, type VitestJsonReport } from './lib/test-report';

ensurePrerequisites(TEST_PREREQUISITES);

const reports = mkdtempSync(join(tmpdir(), 'lectern-test-'));

function run(command: string, args: string[]): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status ?? 1;
}

function typecheck(): StageResult {
  const ok = run('npx', ['tsc', '--noEmit']) === 0;
  return { name: 'typecheck', passed: ok ? 1 : 0, failed: ok ? [] : ['tsc --noEmit'] };
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
  let parsed: VitestJsonReport | null = null;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as VitestJsonReport;
  } catch {
    // No report at all: vitest itself crashed (a config error, a global setup that threw).
  }
  return countReport(name, parsed, status, (file) => relative(process.cwd(), file));
}

const stages = [
  typecheck(),
  vitest('unit', []),
  vitest('e2e', ['-c', 'vitest.e2e.config.ts']),
  vitest('firefox', ['-c', 'vitest.firefox.config.ts']),
];
rmSync(reports, { recursive: true, force: true });

console.log('');
for (const { name, passed, failed } of stages)
  console.log(
    `${name.padEnd(9)} ${failed.length ? 'FAIL' : 'ok  '}  ${passed} passed, ${failed.length} failed`,
  );
const notPassed = stages.flatMap((stage) => stage.failed.map((test) => `${stage.name}: ${test}`));
if (notPassed.length) console.log(`\nNot passed:\n${notPassed.map((line) => `  ${line}`).join('\n')}`);
const tests = stages.filter((stage) => stage.name !== 'typecheck');
const passed = tests.reduce((sum, stage) => sum + stage.passed, 0);
console.log(`tests: ${passed} passed, ${notPassed.length} failed`);
process.exit(notPassed.length ? 1 : 0);

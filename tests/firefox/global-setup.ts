import { runWxt } from '../../scripts/lint-firefox';

/**
 * Once per run: the test-only Firefox build the end-to-end files install (.output/firefox-mv3-e2e, apart from
 * the release folder that lint.test.ts and zip.test.ts rebuild). Each file built it in its own beforeAll
 * before: three builds, and under load one of them ran past its hook's bound.
 */
export default function setup(): void {
  runWxt(['build', '-b', 'firefox', '--mode', 'e2e']);
}

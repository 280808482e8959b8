import { runWxt } from '../../scripts/lint-firefox';
import { chromiumPathOrThrow } from '../../scripts/harness/browser';

/**
 * Once per run: the suite always tests a fresh release build, exactly what users install — made in the
 * environment of `npm run build` (under vitest's NODE_ENV=test the content script came out 0.7 kB larger).
 */
export default function setup(): void {
  chromiumPathOrThrow();
  runWxt(['build']);
}

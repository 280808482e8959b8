import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { releaseEnv } from '../../scripts/lint-firefox';
import { chromiumPathOrThrow } from './browser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Once per run: the suite always tests a fresh release build, exactly what users install — made in the
 * environment of `npm run build` (under vitest's NODE_ENV=test the content script came out 0.7 kB larger).
 */
export default function setup(): void {
  chromiumPathOrThrow();
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: releaseEnv(),
  });
}

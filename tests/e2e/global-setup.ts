import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPathOrThrow } from './browser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Once per run: the suite always tests a fresh release build, exactly what users install. */
export default function setup(): void {
  chromiumPathOrThrow();
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

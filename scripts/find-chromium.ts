import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives on Linux; CHROME_PATH wins over all of them. */
export const USUAL_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
] as const;

export const CHROMIUM_INSTALL_HINT = [
  'No Chromium or Chrome was found.',
  `Looked at CHROME_PATH and ${USUAL_CHROMIUM_PATHS.join(', ')}.`,
  'Install one, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium',
  'or point CHROME_PATH at your browser: CHROME_PATH=/path/to/chrome npm run demo',
].join('\n');

/** The browser binary to drive, or null when there is none (callers must fail loudly, never skip). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return USUAL_CHROMIUM_PATHS.find((path) => existsSync(path)) ?? null;
}

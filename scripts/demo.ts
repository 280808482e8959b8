/**
 * `npm run demo`: builds the release extension, serves the bundled reference article on localhost, and
 * opens it in Chromium with the extension loaded and the reader switched on. With a display the browser
 * stays open until Ctrl+C; without one it saves a screenshot under .output/ and says where (`--update-docs`
 * writes the README's image instead).
 */
import { runWxt } from './lint-firefox';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchReaderBrowser } from './harness/browser';
import { ReaderInspector } from './harness/reader-inspector';
import { REFERENCE_PAGE } from './harness/reference-page';
import { waitFor } from './harness/wait';
import { findChromium } from './find-chromium';
import { CHROMIUM, ensurePrerequisites } from './lib/prerequisites';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT = process.argv.includes('--update-docs')
  ? 'docs/screenshot-reader.png'
  : '.output/demo-reader.png';

async function main(): Promise<void> {
  ensurePrerequisites([CHROMIUM]);
  const chromiumPath = findChromium();
  console.log('Building the release extension (.output/chrome-mv3)…');
  runWxt(['build']);

  const headed = Boolean(process.env.DISPLAY);
  console.log(`Starting ${chromiumPath} (${headed ? 'on your display' : 'headless: no DISPLAY'})…`);
  const browser = await launchReaderBrowser({ headed });
  const page = await browser.openTab(REFERENCE_PAGE, 'localhost');
  const reader = await ReaderInspector.attach(page);
  await browser.clickToolbar(page);
  await waitFor(
    () => reader.snapshot(),
    (shown) => shown.paragraphs.length > 0,
    'the reader to open',
  );
  console.log(`Reader on: ${page.url()}`);

  if (headed) {
    console.log('Click the Lectern button or press Alt+Shift+K to toggle it. Ctrl+C here ends the demo.');
    const stop = async () => {
      await browser.close().catch(() => undefined);
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    browser.context.on('close', () => void stop());
    return;
  }
  mkdirSync(dirname(`${ROOT}/${SCREENSHOT}`), { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${ROOT}/${SCREENSHOT}` });
  console.log(`No display, so here is a screenshot of the reader instead: ${SCREENSHOT}`);
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
